/// A bad command-line value: which argument, what was wrong with it, and a valid example.
/// The command prints `description` and exits with status 2.
public struct QueryArgumentError: Error, CustomStringConvertible, Sendable, Equatable {
    public let argument: String
    public let problem: String
    public let example: String

    public init(argument: String, problem: String, example: String) {
        self.argument = argument
        self.problem = problem
        self.example = example
    }

    public var description: String { "\(argument): \(problem) (for example: \(example))" }
}
