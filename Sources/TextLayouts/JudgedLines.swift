/// The lines of one clipping and `ClippingFacts`' verdict on each, each verdict worked out once.
///
/// `LayoutReader` asks about the same lines several times while it settles the layout (the
/// trailer's search, the head and foot it consumes, the lines after a source line), with
/// different flags. The recognisers that do not depend on the flags (`plainFacts`: source
/// lines, labels, bylines, dates, …) run once per line; their verdict, and when it is nil the
/// flagged rest (`flaggedFacts`) per flag pair, is handed back on the next question. Answers are
/// exactly `judge.facts(lines[i], allowsBareNames:atBottom:)`. A reference type so that the
/// reader's helpers share one memo; it lives for one `LayoutReader.read`. Never fails.
final class JudgedLines {
    let lines: [String]
    let judge: ClippingFacts
    /// By line index, where its entry stands in `texts` and `plainVerdicts`: the judged text
    /// (nil: `facts` is nil) and its `plainFacts`. Hashed: a read usually asks about a dozen
    /// lines, but a file of a million labelled lines (mail headers over and over) is asked about
    /// each of them, and a list searched in order made that quadratic (10 MiB: more than 20 s
    /// before). The entries stand apart from the hash tables, and the facts apart from the
    /// entries (most verdicts are nil), so that a million entries take tens of bytes each, not
    /// hundreds (10 MiB of one-word lines: 1.3 GiB before), and regrowth moves small values.
    private var plain: [Int: Int32] = [:]
    private var texts: [String?] = []
    /// Per entry, the place of its `plainFacts` in `stored`, or -1 for nil.
    private var plainVerdicts: [Int32] = []
    /// `flaggedFacts` by `index * 4 + flags`, for lines whose `plainFacts` is nil: the place
    /// of the verdict in `stored`, or -1 for nil.
    private var flagged: [Int: Int32] = [:]
    /// The verdicts that are not nil.
    private var stored: [LineFacts] = []

    init(_ lines: [String], judge: ClippingFacts) {
        self.lines = lines
        self.judge = judge
        // A read asks about a dozen lines: one allocation each, no regrowth.
        plain.reserveCapacity(16)
        texts.reserveCapacity(16)
        plainVerdicts.reserveCapacity(16)
        flagged.reserveCapacity(16)
        stored.reserveCapacity(16)
    }

    /// `judge.facts(lines[index], allowsBareNames:atBottom:)`, remembered.
    func facts(_ index: Int, allowsBareNames: Bool = false, atBottom: Bool = false) -> LineFacts? {
        let text: String?
        if let known = plain[index] {
            let verdict = plainVerdicts[Int(known)]
            if verdict >= 0 { return stored[Int(verdict)] }
            text = texts[Int(known)]
        } else {
            text = ClippingFacts.judged(lines[index])
            let facts = ClippingFacts.italicPublication(lines[index]) ?? text.flatMap { judge.plainFacts($0) }
            plain[index] = Int32(texts.count)
            texts.append(text)
            plainVerdicts.append(store(facts))
            if let facts { return facts }
        }
        guard let text else { return nil }
        let key = index &* 4 &+ (allowsBareNames ? 1 : 0) &+ (atBottom ? 2 : 0)
        if let known = flagged[key] { return known >= 0 ? stored[Int(known)] : nil }
        let verdict = judge.flaggedFacts(text, allowsBareNames: allowsBareNames, atBottom: atBottom)
        flagged[key] = store(verdict)
        return verdict
    }

    /// The place of `facts` in `stored` (appended), or -1 for nil.
    private func store(_ facts: LineFacts?) -> Int32 {
        guard let facts else { return -1 }
        stored.append(facts)
        return Int32(stored.count - 1)
    }
}
