#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output for the reading commands (the only write/isatty/ioctl code they use): a
/// buffered writer whose `flush` writes whole lines with write(2), retrying on EINTR.
///
/// Failure: when the reader has gone away (EPIPE, e.g. `| head`), `flush` returns false and
/// further writes are dropped; the command then ends quietly with status 0. SIGPIPE is ignored
/// so that this is reported as an error instead of killing the process.
public final class TerminalOutput {
    private var buffer: [UInt8] = []
    public private(set) var closed = false
    private let fd: Int32

    public init(fd: Int32 = 1) {
        self.fd = fd
        signal(SIGPIPE, SIG_IGN)
        buffer.reserveCapacity(1 << 16)
    }

    /// Whether the output is a terminal.
    public var isTerminal: Bool { isatty(fd) == 1 }

    /// The width to lay tables and text out to: the terminal's, else `$COLUMNS`, else 80.
    public var width: Int {
        var size = winsize()
        if isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = getenv("COLUMNS"), let columns = Int(String(cString: text)), columns > 0 { return columns }
        return 80
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered; false once the reader is gone.
    @discardableResult
    public func flush() -> Bool {
        guard !closed else { buffer.removeAll(keepingCapacity: true); return false }
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    closed = true
                    return
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
        return !closed
    }
}

/// Writes a message line to standard error, unbuffered.
public func writeError(_ text: String) {
    var line = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
    line.withUnsafeMutableBytes { raw in
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 { if errno == EINTR { continue } else { return } }
            offset += written
        }
    }
}
