import Foundation
import Glibc
import InboxWatcher

/// Removes an inbox name only while it still names the file that was read (issue 11).
///
/// A plain `lstat`-then-`unlink` could remove a file that a writer renamed over the name in
/// between. Instead the name is first renamed (atomically, whatever file holds it at that
/// instant) to a hidden `.presswatch-removing-<random>` name, which the watcher and the scanner
/// ignore; that file is then checked (same device, inode, size and mtime as `contents`) and
/// unlinked only if it is the one that was read. Any other file is given back under its name, or,
/// when the name was taken again meanwhile, as `<name>.presswatch-returned-<random>`: nothing a
/// writer put in the inbox is ever removed unread.
///
/// Never throws: the answer says what happened. No fsync: a removal lost in a crash only means
/// the file is read again and found to be a duplicate of what is archived.
enum InboxRemoval {
    enum Result: Equatable {
        /// The name named the file that was read; it is gone now.
        case removed
        /// Nothing holds the name any more (deleted or moved away by someone else).
        case gone
        /// The name holds another or a changed file, which stays, to be read on its own (under
        /// `name`, the name it was returned under).
        case changed(name: String)
    }

    /// `hold`: the hidden name's suffix, unique in the inbox (a batch draws one random number
    /// and counts: one `getrandom` per batch, not per file); nil draws one.
    static func removeIfSame(_ contents: InboxFileContents, name: String, in directory: String, hold: String? = nil) -> Result {
        let path = directory + "/" + name
        guard InboxFileReader.isUnchanged(contents, name: name, in: directory) else {
            var info = stat()
            return lstat(path, &info) == 0 ? .changed(name: name) : .gone
        }
        let holdName = ".presswatch-removing-" + (hold ?? randomSuffix())
        let hold = directory + "/" + holdName
        guard rename(path, hold) == 0 else {
            return errno == ENOENT ? .gone : .changed(name: name)
        }
        if InboxFileReader.isUnchanged(contents, name: holdName, in: directory) {
            unlink(hold)
            return .removed
        }
        // Another file was renamed over the name between the check and the rename: give it back.
        var target = name
        for _ in 0..<16 {
            if link(hold, directory + "/" + target) == 0 {
                unlink(hold)
                return .changed(name: target)
            }
            if errno != EEXIST {
                // No hard links here: rename back, never over an existing name.
                var info = stat()
                if lstat(directory + "/" + target, &info) != 0, rename(hold, directory + "/" + target) == 0 {
                    return .changed(name: target)
                }
            }
            target = name + ".presswatch-returned-" + randomSuffix()
        }
        // Could not give it back (should not happen): it stays, hidden but never removed.
        return .changed(name: holdName)
    }

    static func randomSuffix() -> String {
        String(UInt64.random(in: .min ... .max), radix: 16)
    }
}
