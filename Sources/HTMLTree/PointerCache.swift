/// A small direct-mapped cache from pointers to values, for libxml2's interned names: within one
/// parse the same tag or attribute name always comes at the same address, so the name is
/// decoded once and later events cost one multiply and one compare (no `Hasher`).
///
/// Contract: `value(for:)` returns the last value stored for exactly this pointer, or nil when
/// there is none *or it was evicted* by another pointer landing in the same slot; callers must
/// therefore store only values they can compute again from the pointer (a pure function of it).
/// Fixed size; never fails, never grows.
struct PointerCache<Value> {
    private var keys: [UnsafeRawPointer?]
    private var values: [Value?]
    private static var bits: Int { 9 }

    init() {
        keys = Array(repeating: nil, count: 1 << Self.bits)
        values = Array(repeating: nil, count: 1 << Self.bits)
    }

    @inline(__always)
    private static func slot(_ key: UnsafeRawPointer) -> Int {
        // Fibonacci hashing: the top bits of the product spread nearby addresses apart.
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    func value(for key: UnsafeRawPointer) -> Value? {
        let slot = Self.slot(key)
        return keys[slot] == key ? values[slot] : nil
    }

    mutating func store(_ value: Value, for key: UnsafeRawPointer) {
        let slot = Self.slot(key)
        keys[slot] = key
        values[slot] = value
    }
}
