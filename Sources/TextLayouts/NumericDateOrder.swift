/// What a file's own numeric dates say about their order: `28/02/1987` can only be day first,
/// `02/28/1987` only month first, and the desk that wrote one wrote `01/03/1987` beside it the
/// same way (`FILED: 28/02/1987 20:44` over `RUN DATE: 01/03/1987`).
///
/// Contract: `dayFirst(in:)` looks for `D/M/YYYY`, `D-M-YYYY` (one or two digits, then four,
/// the same separator twice, not inside a longer run of digits) in the given lines and returns
/// true when some date can only be read day first and none only month first, false for the
/// reverse, nil when none tells or they disagree. Dates with dots are day first everywhere and
/// tell nothing. Pure; reads each line's bytes once.
enum NumericDateOrder {
    static func dayFirst(in lines: some Sequence<String>) -> Bool? {
        var dayFirst = false
        var monthFirst = false
        for line in lines where LineBytes.hasDigit(line) && (LineBytes.contains(line, 0x2F) || LineBytes.contains(line, 0x2D)) {
            for (first, second) in pairs(line) {
                if first > 12, second <= 12 { dayFirst = true }
                if second > 12, first <= 12 { monthFirst = true }
            }
        }
        return dayFirst == monthFirst ? nil : dayFirst
    }

    /// The first two numbers of every `N/N/YYYY` or `N-N-YYYY` in `line`.
    private static func pairs(_ line: String) -> [(Int, Int)] {
        let bytes = Array(line.utf8)
        var out: [(Int, Int)] = []
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] &- 0x30 < 10 }
        /// The number of one or two digits starting at `index` and its end, or nil.
        func number(at index: Int) -> (value: Int, end: Int)? {
            guard isDigit(index) else { return nil }
            var end = index
            var value = 0
            while isDigit(end), end - index < 3 {
                value = value * 10 + Int(bytes[end] - 0x30)
                end += 1
            }
            return end - index <= 2 ? (value, end) : nil
        }
        var index = 0
        while index < bytes.count {
            guard isDigit(index), !isDigit(index - 1), let first = number(at: index), first.end < bytes.count else {
                index += 1
                continue
            }
            let separator = bytes[first.end]
            if separator == 0x2F || separator == 0x2D, let second = number(at: first.end + 1), second.end < bytes.count,
                bytes[second.end] == separator
            {
                var end = second.end + 1
                while isDigit(end) { end += 1 }
                if end - second.end - 1 == 4 { out.append((first.value, second.value)) }
            }
            index = first.end
        }
        return out
    }
}
