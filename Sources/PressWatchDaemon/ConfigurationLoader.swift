import Foundation
import Yams

/// Builds a `Configuration` from its layers and explains every value it cannot use.
///
/// Fails with all the problems found (not only the first), each naming its origin
/// (`file:line`, environment variable or option), the key, and what a valid value looks like.
public enum ConfigurationLoader {
    /// The configuration file named by `--config`, else `PRESSWATCH_CONFIG`, else none.
    public static func load(
        file: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        options: [String: String] = [:]
    ) throws(ConfigurationErrors) -> Configuration {
        var config = Configuration()
        var problems: [ConfigurationError] = []
        if let file = file ?? environment["PRESSWATCH_CONFIG"] {
            problems += apply(fileSettings(at: file, problems: &problems), to: &config)
        }
        let fromEnvironment = ConfigurationKey.all.compactMap { key in
            environment[key.environmentName].map { Setting(key: key.name, value: .text($0), origin: key.environmentName, base: "") }
        }
        problems += apply(fromEnvironment, to: &config)
        let fromOptions = options.sorted { $0.key < $1.key }.map { name, value in
            Setting(key: name, value: .text(value), origin: "option for \(name)", base: "")
        }
        problems += apply(fromOptions, to: &config)
        guard problems.isEmpty else { throw ConfigurationErrors(problems: problems) }
        return config
    }

    /// Every problem in one configuration file; empty when the file is valid (`check-config`).
    public static func problems(inFile file: String) -> [ConfigurationError] {
        var config = Configuration()
        var problems: [ConfigurationError] = []
        let settings = fileSettings(at: file, problems: &problems)
        return problems + apply(settings, to: &config)
    }

    struct Setting {
        let key: String
        let value: ConfigurationKey.Value
        let origin: String
        let base: String
    }

    private static func apply(_ settings: [Setting], to config: inout Configuration) -> [ConfigurationError] {
        var problems: [ConfigurationError] = []
        for setting in settings {
            guard let key = ConfigurationKey.named(setting.key) else {
                let hint = ConfigurationKey.suggestion(for: setting.key).map { " (did you mean \($0)?)" } ?? ""
                problems.append(.init(origin: setting.origin, key: setting.key,
                                      problem: "unknown key\(hint); known keys: \(ConfigurationKey.all.map(\.name).joined(separator: ", "))"))
                continue
            }
            do {
                try key.apply(&config, setting.value, setting.base)
            } catch {
                problems.append(.init(origin: setting.origin, key: setting.key, problem: "\(error.message) (expected \(key.help))"))
            }
        }
        return problems
    }

    /// Reads the YAML file into dotted-key settings. Nested mappings and dotted keys both work.
    private static func fileSettings(at file: String, problems: inout [ConfigurationError]) -> [Setting] {
        let name = (file as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: file) else {
            problems.append(.init(origin: file, key: "", problem: "cannot read the file: check the path and its permissions"))
            return []
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(.init(origin: file, key: "", problem: "the file is not UTF-8 text"))
            return []
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            problems.append(.init(origin: name, key: "", problem: "not valid YAML: \(error)"))
            return []
        }
        guard let root else { return [] }
        guard case .mapping(let mapping) = root else {
            problems.append(.init(origin: name, key: "", problem: "expected key: value pairs at the top level"))
            return []
        }
        let base = (URL(fileURLWithPath: file).deletingLastPathComponent().path)
        var settings: [Setting] = []
        flatten(mapping, prefix: "", file: name, base: base, into: &settings, problems: &problems)
        return settings
    }

    private static func flatten(
        _ mapping: Node.Mapping, prefix: String, file: String, base: String,
        into settings: inout [Setting], problems: inout [ConfigurationError]
    ) {
        for (keyNode, valueNode) in mapping {
            let key = prefix + (keyNode.string ?? "\(keyNode)")
            let origin = "\(file):\(valueNode.mark?.line ?? keyNode.mark?.line ?? 0)"
            switch valueNode {
            case .mapping(let nested):
                flatten(nested, prefix: key + ".", file: file, base: base, into: &settings, problems: &problems)
            case .sequence(let sequence):
                let items = sequence.compactMap(\.string)
                if items.count != sequence.count {
                    problems.append(.init(origin: origin, key: key, problem: "expected a list of plain values"))
                } else {
                    settings.append(Setting(key: key, value: .list(items), origin: origin, base: base))
                }
            case .scalar(let scalar):
                if valueNode.null != nil { continue }  // `key:` with no value keeps the default
                settings.append(Setting(key: key, value: .text(scalar.string), origin: origin, base: base))
            case .alias:
                problems.append(.init(origin: origin, key: key, problem: "YAML aliases are not supported here"))
            }
        }
    }
}

/// All the problems found while loading a configuration, one per line.
public struct ConfigurationErrors: Error, Sendable, CustomStringConvertible {
    public var problems: [ConfigurationError]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
