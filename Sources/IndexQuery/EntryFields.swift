import ArticleIndex

/// The fields of an index entry that queries filter, sort and print on, decoded from the
/// entry's JSON bytes. Only the fields asked for are decoded (the rest is skipped), which is
/// what keeps a query over 100,000 entries fast.
public struct EntryFields: Sendable {
    public struct Wanted: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let title = Wanted(rawValue: 1 << 0)
        public static let published = Wanted(rawValue: 1 << 1)
        public static let language = Wanted(rawValue: 1 << 2)
        public static let source = Wanted(rawValue: 1 << 3)
        public static let site = Wanted(rawValue: 1 << 4)
        public static let authors = Wanted(rawValue: 1 << 5)
        public static let places = Wanted(rawValue: 1 << 6)
        public static let lede = Wanted(rawValue: 1 << 7)
        public static let keywords = Wanted(rawValue: 1 << 8)
        public static let indexedAt = Wanted(rawValue: 1 << 9)
        public static let wordCount = Wanted(rawValue: 1 << 10)
        public static let archivedPath = Wanted(rawValue: 1 << 11)
        public static let all = Wanted(rawValue: (1 << 12) - 1)
    }

    public var title = ""
    public var published: String?
    public var language: String?
    public var source: String?
    public var site: String?
    public var authors: [String] = []
    /// ISO 3166-1 alpha-2 codes, most mentioned first.
    public var placeCodes: [String] = []
    public var placeNames: [String] = []
    public var lede = ""
    public var keywords: [String] = []
    public var indexedAt = ""
    public var wordCount = 0
    public var archivedPath = ""

    public init() {}

    /// Decodes `wanted` from an entry's JSON.
    /// - Throws: `RawJSON.RawJSONError` when the bytes are not a JSON object.
    public init(_ bytes: UnsafeRawBufferPointer, wanted: Wanted) throws(RawJSON.RawJSONError) {
        var json = RawJSON(bytes)
        var fields = EntryFields()
        try json.object { (json, key) throws(RawJSON.RawJSONError) in
            switch key.count {
            case 4 where json.key(key, is: "lede") && wanted.contains(.lede): fields.lede = try json.string()
            case 4 where json.key(key, is: "site") && wanted.contains(.site): fields.site = try json.optionalString()
            case 5 where json.key(key, is: "title") && wanted.contains(.title): fields.title = try json.string()
            case 6 where json.key(key, is: "source") && wanted.contains(.source): fields.source = try json.optionalString()
            case 6 where json.key(key, is: "places") && wanted.contains(.places): try fields.readPlaces(&json)
            case 7 where json.key(key, is: "authors") && wanted.contains(.authors): fields.authors = try json.strings()
            case 8 where json.key(key, is: "language") && wanted.contains(.language): fields.language = try json.optionalString()
            case 8 where json.key(key, is: "keywords") && wanted.contains(.keywords): fields.keywords = try json.strings()
            case 9 where json.key(key, is: "published") && wanted.contains(.published): fields.published = try json.optionalString()
            case 9 where json.key(key, is: "indexedAt") && wanted.contains(.indexedAt): fields.indexedAt = try json.string()
            case 9 where json.key(key, is: "wordCount") && wanted.contains(.wordCount): fields.wordCount = try json.integerOrNumber() ?? 0
            case 12 where json.key(key, is: "archivedPath") && wanted.contains(.archivedPath): fields.archivedPath = try json.string()
            default: try json.skipValue()
            }
        }
        self = fields
    }

    private mutating func readPlaces(_ json: inout RawJSON) throws(RawJSON.RawJSONError) {
        var codes: [String] = [], names: [String] = []
        try json.array { (json) throws(RawJSON.RawJSONError) in
            try json.object { (json, key) throws(RawJSON.RawJSONError) in
                if json.key(key, is: "code") {
                    codes.append(try json.string())
                } else if json.key(key, is: "name") {
                    names.append(try json.string())
                } else {
                    try json.skipValue()
                }
            }
        }
        placeCodes = codes
        placeNames = names
    }
}
