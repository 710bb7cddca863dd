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
        /// `searchText`: the folded title, lede and keywords (made without decoding them).
        public static let searchText = Wanted(rawValue: 1 << 12)
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
    /// The folded (`TextFolder`) title, then lede, then keywords, as `--text` searches them:
    /// " title words lede words keywords ".
    public var searchText: [UInt8] = []

    public init() {}

    /// Decodes `wanted` from an entry's JSON, reading only as far as the last wanted field
    /// (the entry bytes come from a shard scan that has validated them whole).
    /// - Throws: `RawJSON.RawJSONError` when the bytes are not a JSON object.
    public init(_ bytes: UnsafeRawBufferPointer, wanted: Wanted) throws(RawJSON.RawJSONError) {
        var folder = TextFolder()
        try self.init(bytes, wanted: wanted, folder: &folder)
    }

    /// The same, folding `searchText` with `folder` (which keeps what it folded once).
    public init(_ bytes: UnsafeRawBufferPointer, wanted: Wanted, folder: inout TextFolder) throws(RawJSON.RawJSONError) {
        var json = RawJSON(bytes)
        var reader = Reader(wanted: wanted)
        if !reader.missing.isEmpty {
            try json.objectPrefix { (json, key) throws(RawJSON.RawJSONError) -> Bool in
                guard let field = Self.field(named: key, in: json), reader.missing.contains(field) else {
                    try json.skipValue()
                    return true
                }
                try reader.read(field, from: &json, folder: &folder)
                return !reader.missing.isEmpty
            }
        }
        self = reader.finished()
    }

    /// Decodes `wanted` from a change's entry straight from the offsets the shard scan noted:
    /// each wanted value is read where it starts, nothing else is read.
    public init(_ change: RawChange, in changes: ChangeSet, wanted: Wanted, folder: inout TextFolder) throws(RawJSON.RawJSONError) {
        let bytes = changes.entryBytes(change)
        var reader = Reader(wanted: wanted)
        for field in EntryFieldOffsets.Field.allCases {
            let option = Wanted(rawValue: 1 << field.rawValue)
            guard reader.missing.contains(option), let offset = change.fields[field] else { continue }
            var json = RawJSON(bytes, position: offset)
            try reader.read(option, from: &json, folder: &folder)
        }
        self = reader.finished()
    }

    private static func field(named key: Range<Int>, in json: RawJSON) -> Wanted? {
        switch key.count {
        case 4 where json.key(key, is: "lede"): return .lede
        case 4 where json.key(key, is: "site"): return .site
        case 5 where json.key(key, is: "title"): return .title
        case 6 where json.key(key, is: "source"): return .source
        case 6 where json.key(key, is: "places"): return .places
        case 7 where json.key(key, is: "authors"): return .authors
        case 8 where json.key(key, is: "language"): return .language
        case 8 where json.key(key, is: "keywords"): return .keywords
        case 9 where json.key(key, is: "published"): return .published
        case 9 where json.key(key, is: "indexedAt"): return .indexedAt
        case 9 where json.key(key, is: "wordCount"): return .wordCount
        case 12 where json.key(key, is: "archivedPath"): return .archivedPath
        default: return nil
        }
    }

    /// Decodes one field at a time, in any order; `searchText` is assembled at the end.
    private struct Reader {
        let wanted: Wanted
        let search: Bool
        /// The fields still to read (title, lede and keywords too when searching).
        var missing: Wanted
        var fields = EntryFields()
        var title: [UInt8] = [0x20], lede: [UInt8] = [0x20], keywords: [UInt8] = [0x20]

        init(wanted: Wanted) {
            self.wanted = wanted
            search = wanted.contains(.searchText)
            missing = wanted.subtracting(.searchText)
            if search { missing.formUnion([.title, .lede, .keywords]) }
        }

        mutating func read(_ field: Wanted, from json: inout RawJSON, folder: inout TextFolder) throws(RawJSON.RawJSONError) {
            switch field {
            case .lede, .title:
                let range = try json.stringRange()
                if wanted.contains(field) {
                    let text = try RawJSON.decodeString(json.bytes, range)
                    if field == .lede { fields.lede = text } else { fields.title = text }
                }
                if search, field == .lede { try folder.append(json: json.bytes, range, to: &lede) }
                if search, field == .title { try folder.append(json: json.bytes, range, to: &title) }
            case .keywords:
                var words: [String] = []
                let decode = wanted.contains(.keywords)
                try json.array { (json) throws(RawJSON.RawJSONError) in
                    let range = try json.stringRange()
                    if decode { words.append(try RawJSON.decodeString(json.bytes, range)) }
                    if search { try folder.append(json: json.bytes, range, to: &keywords) }
                }
                fields.keywords = words
            case .site: fields.site = try json.optionalString()
            case .source: fields.source = try json.optionalString()
            case .places: try fields.readPlaces(&json)
            case .authors: fields.authors = try json.strings()
            case .language: fields.language = try json.optionalString()
            case .published: fields.published = try json.optionalString()
            case .indexedAt: fields.indexedAt = try json.string()
            case .wordCount: fields.wordCount = try json.integerOrNumber() ?? 0
            default: fields.archivedPath = try json.string()
            }
            missing.remove(field)
        }

        func finished() -> EntryFields {
            var result = fields
            // As if folded one after the other onto one buffer starting with a space.
            if search { result.searchText = title + lede.dropFirst() + keywords.dropFirst() }
            return result
        }
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
