import DurableIO
import Foundation
import Glibc
import InboxWatcher
import Synchronization

/// Poison quarantine (issue 11): remembers which files were being parsed, so that a file that
/// was being parsed when the daemon died, twice in a row, is set aside at the next start instead
/// of killing every restart.
///
/// While a file is parsed, `<state>/parsing/<n>.json` names it (name, device, inode, size,
/// mtime); the marker is removed when its parse ends, whatever the result. Markers are written
/// without fsync: they must survive the death of the process (kill -9, a crash, the watchdog's
/// SIGABRT), not of the machine. At start, before the first scan, ``recover()`` turns the
/// markers left by a dead process into counts in `<state>/parse-suspects.json`; a file counted
/// twice is returned to be rejected. A file parsed to the end clears its count (``cleared(_:)``),
/// so only deaths in a row count. Files are created with `O_EXCL | O_NOFOLLOW`.
///
/// Failure behaviour: a marker that cannot be written is skipped (logged once by the caller's
/// results: none); an unreadable marker or suspects file is dropped. Never throws.
final class ParseMarkers: Sendable {
    /// One marker on disk.
    struct Marker: Sendable {
        let path: String
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
    }

    /// Deaths counted against one file.
    struct Count: Codable, Sendable {
        var file: Suspect
        var deaths: Int
    }

    let directory: String
    let suspectsPath: String
    private let counter = Atomic<Int>(0)
    /// Counts loaded by `recover()`; the loop alone changes them afterwards.
    private let counts = Mutex<[Count]>([])

    init(statePath: String) {
        directory = statePath + "/parsing"
        suspectsPath = statePath + "/parse-suspects.json"
    }

    /// Writes the marker of a file about to be parsed.
    func begin(_ contents: InboxFileContents) -> Marker? {
        guard let data = try? JSONEncoder().encode(Suspect(contents)) else { return nil }
        let path = directory + "/\(getpid())-\(counter.add(1, ordering: .relaxed).newValue).json"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        return written == data.count ? Marker(path: path) : nil
    }

    /// Removes the marker: the parse ended.
    func end(_ marker: Marker) {
        unlink(marker.path)
    }

    /// Removes every marker of this process: called on a clean stop, where a parse still running
    /// is one abandoned over its budget (its file already rejected), not a death.
    func endAll() {
        let prefix = "\(getpid())-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(prefix) {
            unlink(directory + "/" + name)
        }
    }

    /// Counts the markers a dead process left, removes them, and returns the files counted twice
    /// in a row (to be rejected; they are forgotten here). Creates `parsing/` if needed.
    func recover() -> [Suspect] {
        try? DurableFile.createDirectories(directory)
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
