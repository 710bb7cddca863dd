import CFileLock
import SystemPackage

/// Placing one file of a batch: written whole before any name shows it, without an fsync.
extension DurableFile {
    /// Writes `bytes` as the file `path`, atomically (a reader finds no file or the previous one
    /// until the new one is there whole), without an fsync, and returns the new file's open
    /// descriptor (the caller closes it, after an fsync if it wants one).
    ///
    /// A new name is written as an unnamed file (`O_TMPFILE`) then linked at `path`: one
    /// directory entry, none to create and remove for a temporary name. When `path` already
    /// exists (a rewrite) the unnamed file is linked at a temporary name renamed over it; where
    /// the file system has no unnamed files, or /proc cannot name one, a temporary file is
    /// written and renamed, as `writeAtomically` does. A crash before this returns leaves no
    /// new name (an unnamed file vanishes; a temporary name is removed by
    /// `removeLeftoverTemporaries`).
    ///
    /// - Throws: `DurableIOError` naming `path`; `path` is unchanged and no temporary name left.
    static func place(_ bytes: [UInt8], at path: String, permissions: UInt16) throws(DurableIOError) -> FileDescriptor {
        let directory = Paths.directory(of: path)
        if let fd = try Sys.openUnnamed(in: directory, permissions: permissions, reportedPath: path) {
            do throws(DurableIOError) {
                try Sys.fchmod(fd, permissions, reportedPath: path)
                try write(bytes, to: fd, reportedPath: path)
                switch Sys.linkUnnamed(fd, at: path) {
                case 0:
                    return fd
                case Errno.fileExists.rawValue:
                    let temporary = temporaryPath(in: directory, for: Paths.fileName(of: path))
                    if Sys.linkUnnamed(fd, at: temporary) == 0 {
                        do throws(DurableIOError) { try Sys.rename(temporary, path) } catch {
                            Sys.unlinkQuietly(temporary)
                            throw error
                        }
                        return fd
                    }
                default:
                    break
                }
            } catch {
                _ = try? Sys.close(fd, reportedPath: path)
                throw error
            }
            // No name for it (no /proc?): write it the plain way below.
            _ = try? Sys.close(fd, reportedPath: path)
        }
        let temporary = temporaryPath(in: directory, for: Paths.fileName(of: path))
        let fd = try Sys.open(
            temporary, .writeOnly, [.create, .exclusiveCreate],
            permissions: FilePermissions(rawValue: CModeT(permissions)), reportedPath: path)
        do throws(DurableIOError) {
            try Sys.fchmod(fd, permissions, reportedPath: path)
            try write(bytes, to: fd, reportedPath: path)
            try Sys.rename(temporary, path)
        } catch {
            _ = try? Sys.close(fd, reportedPath: path)
            Sys.unlinkQuietly(temporary)
            throw error
        }
        return fd
    }
}
