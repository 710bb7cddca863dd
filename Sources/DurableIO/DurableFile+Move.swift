import SystemPackage

extension DurableFile {
    /// Moves the file at `source` to `destination`, durably.
    ///
    /// On one file system the file is renamed (or, without `replace`, hard-linked then unlinked,
    /// which refuses atomically to overwrite). Across file systems (`EXDEV`) it is copied to a
    /// temporary file in the destination directory, fsynced, put in place, the destination
    /// directory fsynced, and only then the source is unlinked and its directory fsynced.
    /// Missing destination directories are created (`createDirectories`). The destination name
    /// is durable before the source name disappears, so a crash can leave the file under both
    /// names, never under neither.
    ///
    /// - Parameter replace: when false (the default) an existing `destination` is never
    ///   overwritten: the move throws `DurableIOError.destinationExists`, except when the
    ///   destination already holds byte-identical content (a move interrupted by a crash, or the
    ///   same article archived twice): then the source is removed and the move succeeds.
    ///   When true, an existing destination file is replaced atomically.
    /// - Throws: `DurableIOError`. The source is removed only once the destination is durable;
    ///   a failed cross-file-system copy leaves no temporary file behind.
    ///   Moving a file onto its own directory entry does nothing.
    public static func move(
        from source: String, to destination: String, replace: Bool = false
    ) throws(DurableIOError) {
        guard try Sys.stat(source) != nil else {
            throw DurableIOError(operation: .move, path: source, errno: .noSuchFileOrDirectory)
        }
        if try isSameEntry(source, destination) { return }
        let sourceDirectory = Paths.directory(of: source)
        let destinationDirectory = Paths.directory(of: destination)
        try createDirectories(destinationDirectory)

        let placement: Placement
        if replace {
            do {
                try Sys.rename(source, destination)
                placement = .renamed
            } catch where error.errno == .improperLink {
                placement = .crossDevice
            }
        } else {
            placement = try placeWithoutReplacing(source, at: destination)
        }
        switch placement {
        case .renamed:
            try syncDirectory(destinationDirectory)
            if sourceDirectory != destinationDirectory { try syncDirectory(sourceDirectory) }
            return
        case .linked:
            if sourceDirectory != destinationDirectory { try syncDirectory(destinationDirectory) }
        case .alreadyThere:
            break
        case .crossDevice:
            try copyAcrossFileSystems(source, to: destination, replace: replace)
        }
        try Sys.unlink(source)
        try syncDirectory(sourceDirectory)
    }

    enum Placement { case renamed, linked, alreadyThere, crossDevice }

    /// Gives the file at `name` the additional or new name `destination` without ever
    /// overwriting: `.linked` (caller unlinks `name`), `.renamed` on file systems without hard
    /// links, `.alreadyThere` when `destination` already holds identical bytes, or `.crossDevice`.
    static func placeWithoutReplacing(
        _ name: String, at destination: String
    ) throws(DurableIOError) -> Placement {
        do {
            try Sys.link(name, destination)
            return .linked
        } catch {
            switch error.errno {
            case .fileExists:
                if try hasSameContents(name, destination) { return .alreadyThere }
                throw .destinationExists(destination)
            case .improperLink:
                return .crossDevice
            case .notPermitted, .notSupported, .tooManyLinks:
                // No hard links here: check, then rename (a small race window, documented).
                if try Sys.stat(destination) != nil {
                    if try hasSameContents(name, destination) { return .alreadyThere }
                    throw .destinationExists(destination)
                }
                do {
                    try Sys.rename(name, destination)
                } catch where error.errno == .improperLink {
                    return .crossDevice
                }
                return .renamed
            default:
                throw error
            }
        }
    }

    /// The `EXDEV` half of `move`: copy into a temporary file beside `destination`, fsync, put
    /// it in place, fsync the destination directory. The caller then unlinks the source.
    static func copyAcrossFileSystems(
        _ source: String, to destination: String, replace: Bool
    ) throws(DurableIOError) {
        let destinationDirectory = Paths.directory(of: destination)
        let input = try Sys.open(source, .readOnly, [], reportedPath: source)
        defer { _ = try? Sys.close(input, reportedPath: source) }
        let mode = UInt16(truncatingIfNeeded: try Sys.fstat(input, reportedPath: source).st_mode)
            & 0o7777
        let temporary = temporaryPath(in: destinationDirectory, for: Paths.fileName(of: destination))
        let output = try Sys.open(
            temporary, .writeOnly, [.create, .exclusiveCreate],
            permissions: FilePermissions(rawValue: CModeT(mode)), reportedPath: destination)
        do {
            try Sys.fchmod(output, mode, reportedPath: destination)
            try copyContents(from: input, source, to: output, destination)
            try Sys.fsync(output, reportedPath: destination)
            try Sys.close(output, reportedPath: destination)
        } catch {
            _ = try? Sys.close(output, reportedPath: destination)
            Sys.unlinkQuietly(temporary)
            throw error
        }
        do {
            if replace {
                try Sys.rename(temporary, destination)
            } else {
                let placement = try placeWithoutReplacing(temporary, at: destination)
                if placement != .renamed { Sys.unlinkQuietly(temporary) }
            }
        } catch {
            Sys.unlinkQuietly(temporary)
            throw error
        }
        try syncDirectory(destinationDirectory)
    }

    static func copyContents(
        from input: FileDescriptor, _ source: String, to output: FileDescriptor, _ destination: String
    ) throws(DurableIOError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try Sys.read(input, into: buffer, reportedPath: source)
            if count == 0 { return }
            try Sys.writeAll(
                output, UnsafeRawBufferPointer(rebasing: buffer[..<count]), reportedPath: destination)
        }
    }

    /// True when `a` and `b` are the same file or regular files with identical bytes.
    static func hasSameContents(_ a: String, _ b: String) throws(DurableIOError) -> Bool {
        guard let infoA = try Sys.stat(a), let infoB = try Sys.stat(b) else { return false }
        if infoA.st_dev == infoB.st_dev && infoA.st_ino == infoB.st_ino { return true }
        if Sys.isDirectory(infoA) || Sys.isDirectory(infoB) || infoA.st_size != infoB.st_size {
            return false
        }
        let fdA = try Sys.open(a, .readOnly, [], reportedPath: a)
        defer { _ = try? Sys.close(fdA, reportedPath: a) }
        let fdB = try Sys.open(b, .readOnly, [], reportedPath: b)
        defer { _ = try? Sys.close(fdB, reportedPath: b) }
        let chunk = 1 << 16
        let bufferA = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { bufferA.deallocate() }
        let bufferB = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { bufferB.deallocate() }
        while true {
            let countA = try readFully(fdA, into: bufferA, reportedPath: a)
            let countB = try readFully(fdB, into: bufferB, reportedPath: b)
            if countA != countB || !bufferA[..<countA].elementsEqual(bufferB[..<countB]) {
                return false
            }
            if countA < chunk { return true }
        }
    }

    /// Reads until `buffer` is full or the file ends; returns the byte count.
    static func readFully(
        _ fd: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer, reportedPath: String
    ) throws(DurableIOError) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = try Sys.read(
                fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]),
                reportedPath: reportedPath)
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// True when both paths name the same directory entry (same directory, same name), so a
    /// move would be a no-op and unlinking the "source" would lose the file.
    static func isSameEntry(_ a: String, _ b: String) throws(DurableIOError) -> Bool {
        guard Paths.fileName(of: a) == Paths.fileName(of: b),
            let dirA = try Sys.stat(Paths.directory(of: a)),
            let dirB = try Sys.stat(Paths.directory(of: b))
        else { return false }
        return dirA.st_dev == dirB.st_dev && dirA.st_ino == dirB.st_ino
    }
}
