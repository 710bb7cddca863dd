import Foundation
@testable import PressWatchDaemon
import Testing

/// `presswatch parse`: the size limit applies to the bytes that would be read.
@Suite struct ParseReportTests {
    @Test func aSymbolicLinkToAFileOverTheLimitIsRefusedLikeTheFile() throws {
        let folder = NSTemporaryDirectory() + "presswatch-parse-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = folder + "/big.txt"
        try Data(repeating: 0x61, count: 5_000).write(to: URL(fileURLWithPath: big))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: big)
        for path in [big, folder + "/link.txt"] {
            let line = ParseReport.line(forFile: path, sizeLimit: 4_096)
            #expect(line.readable)
            #expect(line.json.contains("the file is 5000 bytes, over the 4096-byte limit"), "\(path): \(line.json)")
        }
        let missing = ParseReport.line(forFile: folder + "/missing.txt", sizeLimit: 4_096)
        #expect(!missing.readable)
        #expect(missing.json.contains("cannot read the file"))
    }

    @Test(arguments: ["/a/b/c.txt", "c.txt", "./x.md", "/a//b", "a/b/", "/", "", "dir/sub.d/", "/tmp/é.txt"])
    func lastPathComponentIsNSStrings(path: String) {
        #expect(ParseReport.lastPathComponent(path) == (path as NSString).lastPathComponent)
    }

    /// The direct read gives FileManager's bytes for a regular file within the limit, and declines
    /// everything else (a folder, a file over the limit, a missing file).
    @Test func quickBytesAreFileManagersBytes() throws {
        let folder = NSTemporaryDirectory() + "presswatch-quick-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for size in [0, 1, 4_096] {
            let path = folder + "/f\(size).txt"
            try Data((0..<size).map { UInt8(truncatingIfNeeded: $0) }).write(to: URL(fileURLWithPath: path))
            #expect(ParseReport.quickBytes(atPath: path, limit: 4_096) == Array(FileManager.default.contents(atPath: path)!))
            #expect(ParseReport.quickBytes(atPath: path, limit: size - 1) == nil)
        }
        #expect(ParseReport.quickBytes(atPath: folder, limit: 4_096) == nil)
        #expect(ParseReport.quickBytes(atPath: folder + "/missing", limit: 4_096) == nil)
    }
}
