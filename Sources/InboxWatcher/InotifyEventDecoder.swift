/// Pure decoding of what one `read(2)` of an inotify descriptor returned into inbox events.
///
/// Input: a sequence of `struct inotify_event { int32 wd; uint32 mask, cookie, len; char name[len]; }`
/// in host byte order, `name` NUL-padded. No I/O, no clock: tests feed hand-built buffers.
///
/// Mapping (per record):
/// - `IN_Q_OVERFLOW` → `.overflow` (the kernel sends it with wd = -1).
/// - `IN_DELETE_SELF`, `IN_MOVE_SELF`, `IN_UNMOUNT`, `IN_IGNORED` → `.inboxGone`.
/// - `IN_MOVED_TO` on a named non-directory → `.fileReady(name)`; `IN_CLOSE_WRITE` (without
///   `IN_MOVED_TO`) → `.fileClosed(name)`; unless the name is ignored, is not valid UTF-8, or
///   names a directory: then it goes to `dropped`.
/// - anything else is not ours and is skipped silently.
///
/// With `watches` given (the watcher's case), only records of the inbox's current watch are read
/// as above; records of the parent's watch only set `inboxReappeared` (a directory named like the
/// inbox was created or moved in) or `parentGone`; records of any other (stale) watch are skipped.
///
/// Each event appears at most once per batch (first occurrence wins the position); a name both
/// closed and moved in within one batch is reported once, as `.fileReady` at the first position.
///
/// Failure behaviour: a record that runs past the end of the buffer cannot come from the kernel;
/// decoding stops there and `.overflow` is appended, so the daemon rescans (the scan is the truth).
enum InotifyEventDecoder {
    /// Size of the fixed part of `struct inotify_event`.
    static let headerSize = 16

    /// An event that was read but deliberately not reported.
    struct Dropped: Sendable, Equatable {
        enum Reason: Sendable, Equatable {
            /// Matched an ``IgnoreRules`` pattern (normal: temp files, dot-files).
            case ignored
            /// The name is not valid UTF-8 (`name` is escaped); see ``FileName``.
            case invalidUTF8
            /// A directory was moved in; the scanner reports it as skipped.
            case directory
        }

        var name: String
        var reason: Reason
    }

    /// The outcome of one buffer.
    struct Batch: Sendable, Equatable {
        var events: [InboxEvent] = []
        var dropped: [Dropped] = []
        /// The parent reported a directory named like the inbox (created or moved in).
        var inboxReappeared = false
        /// The parent's own watch is gone (deleted, moved, unmounted).
        var parentGone = false
    }

    /// Which watch descriptor is which, and the inbox's name in its parent.
    struct Watches: Sendable, Equatable {
        var inbox: CInt?
        var parent: CInt?
        var inboxName: String
    }

    static func decode(_ bytes: ArraySlice<UInt8>, ignore: IgnoreRules, watches: Watches? = nil) -> Batch {
        var batch = Batch()
        var seenNames = Set<String>()
        var sawOverflow = false
        var sawGone = false
        var offset = bytes.startIndex

        while offset < bytes.endIndex {
            guard bytes.endIndex - offset >= headerSize else {
                appendOverflowOnce(&batch, &sawOverflow)
                break
            }
            let mask = InotifyMask(rawValue: loadUInt32(bytes, at: offset + 4))
            let nameLength = Int(loadUInt32(bytes, at: offset + 12))
            let nameStart = offset + headerSize
            guard nameLength <= bytes.endIndex - nameStart else {
                appendOverflowOnce(&batch, &sawOverflow)
                break
            }
            let nameField = bytes[nameStart..<(nameStart + nameLength)]
            offset = nameStart + nameLength
            let wd = CInt(bitPattern: loadUInt32(bytes, at: offset - nameLength - headerSize))

            if let watches, !mask.contains(.queueOverflow), wd != watches.inbox {
                guard wd == watches.parent else { continue }  // a stale watch's late records
                if !mask.isDisjoint(with: [.deleteSelf, .moveSelf, .unmount, .ignored]) {
                    batch.parentGone = true
                } else if mask.contains(.isDirectory), !mask.isDisjoint(with: [.create, .movedTo]),
                    FileName.decode(nameField.prefix { $0 != 0 }) == watches.inboxName
                {
                    batch.inboxReappeared = true
                }
                continue
            }
            if mask.contains(.queueOverflow) {
                appendOverflowOnce(&batch, &sawOverflow)
            } else if !mask.isDisjoint(with: [.deleteSelf, .moveSelf, .unmount, .ignored]) {
                if !sawGone {
                    sawGone = true
                    batch.events.append(.inboxGone)
                }
            } else if !mask.isDisjoint(with: [.closeWrite, .movedTo]) {
                let raw = nameField.prefix { $0 != 0 }
                if raw.isEmpty { continue }
                guard let name = FileName.decode(raw) else {
                    batch.dropped.append(Dropped(name: FileName.escaped(raw), reason: .invalidUTF8))
                    continue
                }
                if mask.contains(.isDirectory) {
                    batch.dropped.append(Dropped(name: name, reason: .directory))
                } else if ignore.isIgnored(name) {
                    batch.dropped.append(Dropped(name: name, reason: .ignored))
                } else if mask.contains(.movedTo) {
                    if seenNames.insert(name).inserted {
                        batch.events.append(.fileReady(name: name))
                    } else if let at = batch.events.firstIndex(of: .fileClosed(name: name)) {
                        batch.events[at] = .fileReady(name: name)
                    }
                } else if seenNames.insert(name).inserted {
                    batch.events.append(.fileClosed(name: name))
                }
            }
        }
        return batch
    }

    private static func appendOverflowOnce(_ batch: inout Batch, _ seen: inout Bool) {
        if !seen {
            seen = true
            batch.events.append(.overflow)
        }
    }

    /// Reads a host-order `UInt32` at `index` (the caller checked the bounds).
    private static func loadUInt32(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt32 {
        let littleEndianValue = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
            | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
        return UInt32(littleEndian: littleEndianValue)
    }
}
