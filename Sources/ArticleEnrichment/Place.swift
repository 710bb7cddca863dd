/// A country the article names: its ISO 3166-1 alpha-2 code, its name in the article's language
/// (from Debian's iso-codes), and how many times it is named.
public struct Place: Codable, Sendable, Equatable {
    public var code: String
    public var name: String
    public var mentions: Int

    public init(code: String, name: String, mentions: Int) {
        self.code = code
        self.name = name
        self.mentions = mentions
    }
}

/// A sum of money as written (`820 millions $`) with its value in units and ISO 4217 currency.
public struct Amount: Codable, Sendable, Equatable {
    public var text: String
    public var value: Double
    public var currency: String

    public init(text: String, value: Double, currency: String) {
        self.text = text
        self.value = value
        self.currency = currency
    }
}
