import Foundation

/// The plain article (two sentences on a plan to cut emissions) that the suites of containers and
/// phrasings put under the heads they test, so that each suite states its head, not its body.
enum EmissionsArticle {
    static let sentences = [
        "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said.",
        "Opposition parties criticised the plan as too slow and called for a vote in parliament next month.",
    ]
    static let text = sentences.joined(separator: "\n\n")

    /// A second article, in French, for containers' undated and unsigned cases.
    static let french = (
        title: "Les sidérurgistes réclament l'aide de l'État",
        sentences: ["Les producteurs d'acier ont demandé mercredi au gouvernement un soutien pour transformer leurs hauts fourneaux, a indiqué la fédération.",
                    "Sans aide publique, des milliers d'emplois seraient menacés à Dunkerque et à Fos-sur-Mer, selon la même source."])

    /// A container's value as the JSON text a desk saves (keys sorted, so the same value gives the same text).
    static func json(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }
}
