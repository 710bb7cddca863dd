import Foundation
import TestSupport

/// Validates an index.json against docs/index.schema.json with Python's `jsonschema`
/// (a client nobody here wrote), through Tests/schema/validate_index.py.
enum SchemaValidation {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Returns the validator's one-line verdict (`ok: N articles`); throws with its output otherwise.
    static func validate(indexAt path: String) throws -> String {
        let root = DaemonHarness.packageRoot
        let result = try ChildProcess.run("/usr/bin/env", ["python3", root + "/Tests/schema/validate_index.py",
                                                            root + "/docs/index.schema.json", path])
        guard result.status == 0 else { throw Failure(description: result.stdout + result.stderr) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
