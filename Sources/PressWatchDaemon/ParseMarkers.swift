import ArticleIndex
import DurableIO
import Foundation
import Glibc
import InboxWatcher
import Synchronization

/// Poison quarantine (issue 11): remembers which files were being parsed, so that a file that
/// kills the daemon is set aside instead of killing every restart.
///
/// A death counts against every file being parsed at that moment, but a kill from outside (an
/// operator's `kill -9`, a crash elsewhere, a stop of the machine) lands on whatever happens to be
/// parsed then, and the first files read after a restart are the same every time: repeated kills
/// once set a good article aside (`make test-reliability`'s kill9). So a file counted once (a
/// suspect, `isSuspect`) is next parsed in a separate process first (`IsolatedParseCheck`, by
/// `ParseWorkers`): if that process dies, the file is rejected at once; if it survives, the
/// count is cleared and the daemon parses the file as usual. Only when the check cannot run
/// (no process could be started) does the daemon parse a suspect itself, and a second death
/// in a row then sets it aside at the next start (`recover()` returns it).
///
/// One marker file per parse slot (`WorkerSlots`: at most one running parse holds a slot
/// number): `<state>/parsing/<pid>-<slot>.json`. While a file is parsed, its slot's marker holds
/// it (name, device, inode, size, mtime, as JSON, padded with spaces to the file's length); when
/// the parse ends, whatever the result, the marker is blanked (overwritten with spaces). A
/// marker is created once per slot and process, then rewritten in place with one `pwrite` per
/// change (the same inode and, once it is as long as the longest marker it held, the same
/// blocks), so a burst costs no file creation, removal or truncation per article (issue 9: each
/// removed inode slows ext4's next allocations). Markers are written
/// without fsync: they must survive the death of the process (kill -9, a crash, the watchdog's
/// SIGABRT: the page cache outlives it), not of the machine. At start, before the first parse,
/// ``recover()`` turns the markers holding a file left by a dead process into counts in
/// `<state>/parse-suspects.json` and removes every marker; a file counted twice is returned to
/// be rejected. A file parsed to the end clears its count (``cleared(_:)``), so only deaths in a
/// row count. Markers are opened with `O_NOFOLLOW` and used only if they are regular files.
///
/// Failure behaviour: a marker that cannot be written is skipped (the parse goes on without
/// one); an unreadable, blank or half-written marker or suspects file is dropped. Never throws.
final class ParseMarkers: Sendable {
    /// One marker being held: the slot's open file and its length.
    struct Marker: Sendable {
        let slot: Int
        let descriptor: Int32
        let length: Int
    }

    /// What a marker says: one file, as it was read.
    struct Suspect: Codable, Sendable, Hashable {
        var name: String
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedNanoseconds: Int64

        init(_ contents: InboxFileContents) {
            name = contents.name
            device = contents.identity.device
            inode = contents.identity.inode
            size = contents.size
            let (seconds, attoseconds) = contents.modified.components
            modifiedNanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        }

        func isSame(as contents: InboxFileContents) -> Bool { self == Suspect(contents) }

        /// The marker's bytes: what JSONEncoder would write, without building one per parse.
        var json: [UInt8] {
            var out = JSONBytesWriter(capacity: 160)
            out.beginObject()
            out.key("device")
            out.int(device)
            out.key("inode")
            out.int(inode)
            out.key("modifiedNanoseconds")
            out.int(modifiedNanoseconds)
            out.key("name")
            out.string(name)
            out.key("size")
            out.int(size)
            out.endObject()
            return out.bytes
        }
    }

    /// Deaths counted against one file.
    struct Count: Codable, Sendable {
        var file: Suspect
        var deaths: Int
    }

    let directory: String
    let suspectsPath: String
    /// The open marker file of each slot used so far (kept open for the life of the process),
    /// and its length.
    private let files = Mutex<[Int: (descriptor: Int32, length: Int)]>([:])
    /// Counts loaded by `recover()`; the loop alone changes them afterwards.
    private let counts = Mutex<[Count]>([])

    init(statePath: String) {
        directory = statePath + "/parsing"
        suspectsPath = statePath + "/parse-suspects.json"
    }

    /// The marker file of slot `slot`, `<pid>-<slot>.json`.
    func path(slot: Int) -> String { directory + "/\(getpid())-\(slot).json" }

    /// Writes the marker of a file about to be parsed by the holder of slot `slot`.
    func begin(_ contents: InboxFileContents, slot: Int) -> Marker? {
        guard let (fd, length) = file(slot: slot) else { return nil }
        let data = Suspect(contents).json
        let padded = data + [UInt8](repeating: UInt8(ascii: " "), count: max(0, length - data.count))
        guard Self.overwrite(fd, with: padded) else {
            Self.overwrite(fd, with: [UInt8](repeating: UInt8(ascii: " "), count: max(length, padded.count)))
            return nil
        }
        files.withLock { $0[slot]?.length = padded.count }
        return Marker(slot: slot, descriptor: fd, length: padded.count)
    }

    /// Blanks the marker: the parse ended.
    func end(_ marker: Marker) {
        Self.overwrite(marker.descriptor, with: [UInt8](repeating: UInt8(ascii: " "), count: marker.length))
    }

    /// One `pwrite` of `bytes` at the start of the file; true if all were written.
    @discardableResult
    private static func overwrite(_ fd: Int32, with bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } == bytes.count
    }

    /// Removes every marker of this process: called on a clean stop, where a parse still running
    /// is one abandoned over its budget (its file already rejected), not a death. The files stay
    /// open (a parse still running blanks its own, unlinked, when it ends).
    func endAll() {
        let prefix = "\(getpid())-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(prefix) {
            unlink(directory + "/" + name)
        }
    }

    /// Opens (creating it if needed) the marker file of `slot`, once; nil if that fails or if
    /// something other than a regular file holds the name.
    private func file(slot: Int) -> (descriptor: Int32, length: Int)? {
        files.withLock { files -> (descriptor: Int32, length: Int)? in
            if let file = files[slot] { return file }
            let fd = open(path(slot: slot), O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return nil }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                close(fd)
                return nil
            }
            files[slot] = (fd, Int(info.st_size))
            return files[slot]
        }
    }

    /// Counts the markers holding a file that a dead process left, removes every marker, and returns the
    /// files counted twice in a row (to be rejected; they are forgotten here). Creates `parsing/`
    /// if needed. Call it before any parse begins (it closes the markers this process opened).
    func recover() -> [Suspect] {
        try? DurableFile.createDirectories(directory)
        files.withLock { files in
            for file in files.values { close(file.descriptor) }
            files.removeAll()
        }
        var loaded = (try? Data(contentsOf: URL(fileURLWithPath: suspectsPath)))
            .flatMap { try? JSONDecoder().decode([Count].self, from: $0) } ?? []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasSuffix(".json") {
            let path = directory + "/" + name
            defer { unlink(path) }
            guard let data = FileManager.default.contents(atPath: path),
                let suspect = try? JSONDecoder().decode(Suspect.self, from: data)
            else { continue }
            if let at = loaded.firstIndex(where: { $0.file == suspect }) {
                loaded[at].deaths += 1
            } else {
                loaded.append(Count(file: suspect, deaths: 1))
            }
        }
        let poison = loaded.filter { $0.deaths >= 2 }.map(\.file)
        loaded.removeAll { $0.deaths >= 2 }
        counts.withLock { $0 = loaded }
        if !names.isEmpty || !poison.isEmpty { save(loaded) }
        return poison
    }

    /// The file was being parsed when a process died and has not been parsed to the end since
    /// (`recover()` counted it once): it is checked in a separate process before the daemon
    /// parses it (`IsolatedParseCheck`).
    func isSuspect(_ contents: InboxFileContents) -> Bool {
        counts.withLock { counts in !counts.isEmpty && counts.contains { $0.file.isSame(as: contents) } }
    }

    /// A file was parsed to the end (or set aside): its deaths no longer count.
    func cleared(_ contents: InboxFileContents) {
        let changed = counts.withLock { counts -> [Count]? in
            guard !counts.isEmpty, let at = counts.firstIndex(where: { $0.file.isSame(as: contents) }) else { return nil }
            counts.remove(at: at)
            return counts
        }
        if let changed { save(changed) }
    }

    private func save(_ counts: [Count]) {
        if counts.isEmpty {
            unlink(suspectsPath)
        } else if let data = try? JSONEncoder().encode(counts) {
            try? DurableFile.writeAtomically(Array(data), to: suspectsPath, permissions: 0o600)
        }
    }
}
