import Foundation
import InboxWatcher

/// What the daemon does with an inbox file it could not read.
enum ReadDisposition: Equatable {
    /// Gone before we read it: nothing to do.
    case vanished
    /// Not ours to read (symlink, FIFO, directory…): left where it is, logged once.
    case leaveAlone(why: String)
    /// The file itself is the problem: move it to rejected/ with this explanation.
    case reject(reason: String, whatToDo: String, size: Int?)
    /// Not the file's fault, or not complete yet: try again later; `problem` goes to STATUS=.
    case retry(problem: String?)
}

extension InboxReadError {
    var disposition: ReadDisposition {
        switch self {
        case .invalidName(let name):
            .leaveAlone(why: "\"\(name)\" is not a plain file name")
        case .notFound:
            .vanished
        case .notRegularFile(let name, let kind):
            .leaveAlone(why: "\(name) is a \(kind), not a regular file (symbolic links are never followed)")
        case .tooLarge(_, let size, let limit):
            .reject(reason: "the file is \(ByteCount(size)), over the \(ByteCount(Int64(limit))) limit (ingest.maxFileSize)",
                    whatToDo: "split it into smaller articles, or raise ingest.maxFileSize and drop it again",
                    size: Int(size))
        case .changedWhileReading:
            .retry(problem: nil)
        case .permissionDenied:
            .reject(reason: "presswatch may not read the file (permission denied)",
                    whatToDo: "make it readable by the presswatch user (chmod o+r or the presswatch group) and drop it again",
                    size: nil)
        case .system(let operation, let name, let errno):
            .retry(problem: "\(operation) failed on \(name): \(errno)")
        }
    }
}

/// `10.0 MiB`, `512 KiB`, `300 B`, for messages people read.
struct ByteCount: CustomStringConvertible {
    let bytes: Int64
    init(_ bytes: Int64) { self.bytes = bytes }

    var description: String {
        switch bytes {
        case ..<1024: "\(bytes) B"
        case ..<(1 << 20): String(format: "%.0f KiB", Double(bytes) / 1024)
        case ..<(1 << 30): String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
        default: String(format: "%.1f GiB", Double(bytes) / Double(1 << 30))
        }
    }
}
