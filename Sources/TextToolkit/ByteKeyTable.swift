/// A hash table from short byte strings (a word's UTF-8, a class token) to `Int32` values, for
/// hot loops that see each key many times: no `String` is made to look a key up, and the hash
/// is a cheap multiply-fold over eight bytes at a time (seeded per process) instead of
/// `String`'s normalising one.
///
/// Contract: `id(of:)` returns the value stored for exactly these bytes, or nil; `insert`
/// stores (or replaces) it. Keys are compared byte for byte, which is `String` equality only
/// for ASCII (callers keep non-ASCII words elsewhere when canonical equivalence matters).
/// Grows as needed; never fails.
public struct ByteKeyTable: Sendable {
    /// A stored key: one of up to `inlineBytes` bytes is held in `packed` (`Packed.init`), a
    /// longer one in `arena` from `start`.
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var hash: UInt64
        @usableFromInline var packed: Packed
        @usableFromInline var start: Int32
        @usableFromInline var count: Int32
        @usableFromInline var id: Int32
    }

    /// Keys up to this long are held in their entry, not in `arena` (most words are). A
    /// computed constant: a stored static is read through a lazy-global accessor.
    @inlinable static var inlineBytes: Int { 16 }

    /// The bytes of a key of at most `inlineBytes` as two integers, by at most four overlapping
    /// loads (`tail`): keys of the same count give the same integers exactly when their bytes
    /// are the same. Zero for a longer key.
    @usableFromInline
    struct Packed: Sendable, Equatable {
        @usableFromInline var low: UInt64
        @usableFromInline var high: UInt64

        @inlinable @inline(__always)
        init(_ word: UnsafeBufferPointer<UInt8>) {
            let count = word.count
            guard count <= ByteKeyTable.inlineBytes, let bytes = UnsafeRawPointer(word.baseAddress) else {
                (low, high) = (0, 0)
                return
            }
            if count > 8 {
                low = bytes.loadUnaligned(as: UInt64.self)
                high = bytes.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            } else {
                low = count == 8 ? bytes.loadUnaligned(as: UInt64.self) : ByteKeyTable.tail(bytes, count: count)
                high = 0
            }
        }
    }

    /// Per slot: an index into `entries`, or -1 when empty. Its count is a power of two.
    @usableFromInline var slots: [Int32]
    @usableFromInline var entries: [Entry] = []
    /// The bytes of every stored key longer than `inlineBytes`, one after another.
    @usableFromInline var arena: [UInt8] = []
    /// `seed`, copied: read through the static, every hash called its lazy-global accessor
    /// (`scripts/check_inlining.sh`: `ByteKeyTable.seed.unsafeMutableAddressor`).
    @usableFromInline let basis = ByteKeyTable.seed

    package init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        entries.reserveCapacity(capacity)
    }

    /// `@inline(__always)`: a plain `@inlinable` stayed a call from ArticleEnrichment (once per
    /// word of every article: `scripts/check_inlining.sh`).
    @inlinable @inline(__always)
    public func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        id(of: word, hash: hash(word))
    }

    /// `id(of:)` with the bytes' `hash(_:)` already at hand (from this table or another: every
    /// table of the process hashes the same bytes alike), for a caller that looks the same
    /// bytes up in several tables, or looks them up and then inserts them. A wrong hash gives
    /// nil (the bytes are not found where they would be), never a wrong value.
    @inlinable @inline(__always)
    public func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let packed = Packed(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if matches(entries[Int(entry)], word, hash, packed) { return entries[Int(entry)].id }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    package mutating func insert(_ word: UnsafeBufferPointer<UInt8>, id: Int32) {
        insert(word, id: id, hash: hash(word))
    }

    /// `insert(_:id:)` with the bytes' `hash(_:)` already at hand (which must be theirs).
    package mutating func insert(_ word: UnsafeBufferPointer<UInt8>, id: Int32, hash: UInt64) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let packed = Packed(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if matches(entries[entry], word, hash, packed) {
                entries[entry].id = id
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(entries.count)
        let long = word.count > Self.inlineBytes
        entries.append(Entry(hash: hash, packed: packed, start: long ? Int32(arena.count) : 0, count: Int32(word.count), id: id))
        if long { arena.append(contentsOf: word) }
    }

    /// `packed` is `Packed(word)`.
    @inlinable @inline(__always)
    func matches(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>, _ hash: UInt64, _ packed: Packed) -> Bool {
        guard entry.hash == hash, Int(entry.count) == word.count else { return false }
        if word.count <= Self.inlineBytes { return entry.packed == packed }
        return arena.withUnsafeBufferPointer { arena in
            guard let stored = UnsafeRawPointer(arena.baseAddress), let bytes = UnsafeRawPointer(word.baseAddress) else {
                return word.isEmpty
            }
            return Self.equal(stored + Int(entry.start), bytes, count: word.count)
        }
    }

    /// Whether `count` bytes at `a` and at `b` are the same: eight at a time, the last (up to
    /// eight) by overlapping loads, so no byte outside either range is read.
    @inlinable @inline(__always)
    static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        if count >= 8 {
            var offset = 0
            while offset &+ 8 < count {
                if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset &+= 8
            }
            return a.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        }
        return tail(a, count: count) == tail(b, count: count)
    }

    /// The `count` (0…8) bytes at `pointer` as one integer, read by at most two overlapping
    /// loads: different bytes of the same count give different integers.
    @inlinable @inline(__always)
    static func tail(_ pointer: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 4 {
            let low = UInt64(pointer.loadUnaligned(as: UInt32.self))
            let high = UInt64(pointer.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            return low | high << 32
        }
        guard count > 0 else { return 0 }
        let first = UInt64(pointer.load(as: UInt8.self))
        let middle = UInt64(pointer.load(fromByteOffset: count >> 1, as: UInt8.self))
        let last = UInt64(pointer.load(fromByteOffset: count &- 1, as: UInt8.self))
        return first | middle << 8 | last << 16
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
    }

    /// Chosen once per process, like `Hasher`'s seed: keys come from the pages (class tokens,
    /// words), and a fixed hash would let a crafted page make every key collide (quadratic
    /// inserts). Lookups never depend on it: only the slots do.
    @usableFromInline static let seed = UInt64.random(in: .min ... .max)

    /// Eight bytes at a time (the last one to eight by overlapping loads, `tail`), each folded
    /// into the state by a 64×64→128-bit multiply whose halves are xored, from a seeded basis
    /// and the count: every bit of the result, the low ones (the slot) included, depends on
    /// every byte. The same for the same bytes in every table of the process (one seed).
    @inlinable @inline(__always)
    public func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = word.count
        var hash = basis ^ UInt64(truncatingIfNeeded: count)
        if let bytes = UnsafeRawPointer(word.baseAddress) {
            var offset = 0
            while offset &+ 8 < count {
                hash = Self.fold(hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self), 0x9E37_79B9_7F4A_7C15)
                offset &+= 8
            }
            hash ^= count >= 8
                ? bytes.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
                : Self.tail(bytes, count: count)
        }
        return Self.fold(hash, 0xD6E8_FEB8_6659_FD93)
    }

    /// The two halves of `a × b` (128 bits) xored.
    @inlinable @inline(__always)
    static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
