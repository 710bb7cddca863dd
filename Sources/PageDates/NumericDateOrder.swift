/// Whether a page's numeric dates (`A/B/YYYY`) are month first, worked out the first time a
/// date needs it: `HTMLDates.numericOrder` scans the whole page, and most pages are dated
/// before any such date is read.
///
/// Contract: `monthFirst` is `HTMLDates.numericOrder(page) ?? otherwise` (or the fixed value),
/// computed at most once. Not shared between threads (one per `HTMLDates.find`); never fails.
final class NumericDateOrder {
    private let page: [UInt8]
    private let otherwise: Bool
    private var known: Bool?

    init(page: [UInt8], otherwise: Bool) {
        (self.page, self.otherwise) = (page, otherwise)
    }

    init(fixed: Bool) {
        (page, otherwise, known) = ([], fixed, fixed)
    }

    var monthFirst: Bool {
        if let known { return known }
        let found = HTMLDates.numericOrder(page) ?? otherwise
        known = found
        return found
    }
}
