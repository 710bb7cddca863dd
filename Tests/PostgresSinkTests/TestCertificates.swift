import Foundation
import TestSupport

/// Test certificates made with the openssl command (Debian's `openssl`): a CA and server
/// certificates it signs, P-256 keys, valid two days. Throws with openssl's output on failure.
enum TestCertificates {
    /// `<folder>/<name>.pem` and `<name>.key`: a self-signed CA.
    static func makeCA(in folder: String, name: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                     "-keyout", "\(folder)/\(name).key", "-out", "\(folder)/\(name).pem", "-days", "2",
                     "-subj", "/CN=presswatch test CA \(name)",
                     "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    }

    /// `<folder>/server.pem` and `server.key` (mode 0600): a certificate for `hostName` only,
    /// signed by the CA `ca` of `makeCA`.
    static func makeServerCertificate(in folder: String, ca: String, hostName: String) throws {
        try openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                     "-keyout", "\(folder)/server.key", "-out", "\(folder)/server.csr", "-subj", "/CN=\(hostName)"])
        try "subjectAltName=DNS:\(hostName)\nextendedKeyUsage=serverAuth\n"
            .write(toFile: "\(folder)/server.ext", atomically: false, encoding: .utf8)
        try openssl(["x509", "-req", "-in", "\(folder)/server.csr", "-CA", "\(folder)/\(ca).pem", "-CAkey", "\(folder)/\(ca).key",
                     "-CAcreateserial", "-out", "\(folder)/server.pem", "-days", "2", "-extfile", "\(folder)/server.ext"])
        chmod("\(folder)/server.key", 0o600)
    }

    private static func openssl(_ arguments: [String]) throws {
        let result = try ChildProcess.run("/usr/bin/openssl", arguments, timeout: 60)
        guard result.status == 0 else {
            throw TestCluster.Failure(description: "openssl \(arguments.joined(separator: " ")) failed: \(result.stdout)\(result.stderr)")
        }
    }
}
