import Foundation

/// Validates an index.json against docs/index.schema.json with Python's `jsonschema`
/// (a client nobody here wrote), through Tests/schema/validate_index.py.
enum SchemaValidation {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Returns the validator's one-line verdict (`ok: N articles`); throws with its output otherwise.
    static func validate(indexAt path: String) throws -> String {
        let root = DaemonHarness.packageRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root + "/Tests/schema/validate_index.py", root + "/docs/index.schema.json", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: output) }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
