import SystemPackage

/// Group commit for a small batch: a few files made durable in about the time of one fsync.
extension DurableFile {
    /// Writes each file of `files` atomically (`place`), then makes each of them,
    /// each file of `earlier` (written before without an fsync), and each folder holding one of
    /// them durable with concurrent fsyncs, which a journaling file system folds into one
    /// journal commit. Unlike `writeBatchAtomically(_:syncing:)`'s syncfs, it never waits for
    /// other programs' dirty data on the same file system (measured on a busy shared machine:
    /// syncfs p99 up to 170 ms while builds ran beside it); it costs one thread per file, so
    /// use it for batches of tens of files, syncfs for hundreds.
    ///
    /// - Throws: `DurableIOError`, the first failure. Files renamed before it stay (complete,
    ///   maybe not durable): rewrite the whole batch to retry. No temporary file is left.
    public static func writeBatchDurably(
        _ files: [(path: String, bytes: [UInt8])], alsoSyncing earlier: [String] = [], permissions: UInt16 = 0o644
    ) throws(DurableIOError) {
        var open: [(fd: FileDescriptor, reportedPath: String)] = []
        defer { for file in open { _ = try? Sys.close(file.fd, reportedPath: file.reportedPath) } }
        for file in files {
            open.append((try place(file.bytes, at: file.path, permissions: permissions), file.path))
        }
        for path in earlier {
            open.append((try Sys.open(path, .readOnly, [], reportedPath: path), path))
        }
        var folders: [String] = []
        for path in files.map(\.path) + earlier {
            let folder = Paths.directory(of: path)
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders {
            open.append((try Sys.open(folder, .readOnly, [.directory], reportedPath: folder), folder))
        }
        try Sys.fsyncAll(open)
    }
}
