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
}
