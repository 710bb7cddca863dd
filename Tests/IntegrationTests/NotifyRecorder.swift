import Foundation
import Glibc
import Synchronization

/// A test-owned `AF_UNIX SOCK_DGRAM` socket to use as `NOTIFY_SOCKET`: records every datagram
/// the daemon sends, each split into its `KEY=value` lines.
final class NotifyRecorder: Sendable {
    let path: String
    private let fd: Int32
    private let log = MessageLog()

    init(directory: String) throws {
        path = directory + "/notify.sock"
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        precondition(bytes.count < MemoryLayout.size(ofValue: address.sun_path), "socket path too long")
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        self.fd = fd
        let log = self.log
        Thread {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                log.append(String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n").map(String.init))
            }
        }.start()
    }

    /// Every `KEY=value` received so far, in order.
    var messages: [String] { log.all }

    /// Waits until some received message satisfies `predicate`, polling every 20 ms.
    @discardableResult
    func wait(timeout: Double = 30, for predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if messages.contains(where: predicate) { return true }
            usleep(20_000)
        }
        return messages.contains(where: predicate)
    }

    func close() {
        Glibc.shutdown(fd, Int32(SHUT_RDWR))
        Glibc.close(fd)
    }
}

private final class MessageLog: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    func append(_ new: [String]) { lines.withLock { $0 += new } }
}
