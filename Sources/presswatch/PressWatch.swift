import ArgumentParser

@main
struct PressWatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "presswatch")
}
