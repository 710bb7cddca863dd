import DurableIO
import Foundation
import InboxWatcher

extension IngestPipeline {
    /// Rejects a file that was read and parsed: writes `rejected/<name>.error.json` and the bytes
    /// that were read beside it (the bytes the decision was made on), then removes the inbox name
    /// only if it still names that file; a file changed meanwhile stays and is read again.
    func rejectParsed(_ contents: InboxFileContents, reason: String, whatToDo: String, now: Date, outcome: inout Outcome) {
        let name = contents.name
        let target = uniqueRejectedName(for: name)
        let report = RejectionReport(file: name, rejectedPath: "rejected/" + target, reason: reason,
                                     whatToDo: whatToDo, size: contents.bytes.count, rejectedAt: now)
        do {
            try DurableFile.createDirectories(layout.rejected)
            try DurableFile.writeAtomically(contents.bytes, to: layout.rejected + "/" + target)
            try DurableFile.writeAtomically(report.encoded(), to: layout.rejected + "/" + target + ".error.json")
        } catch {
            outcome.problem = "Cannot write \(name) to rejected/: \(error)"
            logger.error("rejecting failed; the file stays in the inbox and will be retried",
                         metadata: ["file": "\(name)", "error": "\(error)"])
            outcome.retry.append(name)
            return
        }
        if case .changed(let current) = InboxRemoval.removeIfSame(contents, name: name, in: configuration.inboxPath) {
            outcome.changed.append(current)
        }
        outcome.rejected.append(name)
        logger.warning("rejected \(name): \(reason)",
                       metadata: ["file": "\(name)", "rejected.path": "rejected/\(target)", "reason": "\(reason)"])
    }

    /// Rejects a file that could not be read (too large…): writes `rejected/<name>.error.json`,
    /// then moves the original beside it.
    func reject(_ name: String, reason: String, whatToDo: String, size: Int?, now: Date, outcome: inout Outcome) {
        let target = uniqueRejectedName(for: name)
        let report = RejectionReport(file: name, rejectedPath: "rejected/" + target, reason: reason,
                                     whatToDo: whatToDo, size: size, rejectedAt: now)
        do {
            try DurableFile.createDirectories(layout.rejected)
            try DurableFile.writeAtomically(report.encoded(), to: layout.rejected + "/" + target + ".error.json")
            try DurableFile.move(from: configuration.inboxPath + "/" + name, to: layout.rejected + "/" + target)
        } catch {
            outcome.problem = "Cannot move \(name) to rejected/: \(error)"
            logger.error("rejecting failed; the file stays in the inbox and will be retried",
                         metadata: ["file": "\(name)", "error": "\(error)"])
            outcome.retry.append(name)
            return
        }
        outcome.rejected.append(name)
        logger.warning("rejected \(name): \(reason)",
                       metadata: ["file": "\(name)", "rejected.path": "rejected/\(target)", "reason": "\(reason)"])
    }

    /// `name`, or `name.2`, `name.3`… when an earlier rejection already holds that name.
    func uniqueRejectedName(for name: String) -> String {
        let name = RejectedName.fitting(name)
        var candidate = name
        var counter = 1
        while FileManager.default.fileExists(atPath: layout.rejected + "/" + candidate)
            || FileManager.default.fileExists(atPath: layout.rejected + "/" + candidate + ".error.json") {
            counter += 1
            candidate = "\(name).\(counter)"
        }
        return candidate
    }
}

extension IngestPipeline {
    /// Poison quarantine at start: rejects `suspect` if the inbox still holds that very file
    /// (same name, device, inode, size, mtime); does nothing otherwise.
    func quarantine(_ suspect: ParseMarkers.Suspect, now: Date, outcome: inout Outcome) {
        guard let file = InboxScanner.look(name: suspect.name, in: configuration.inboxPath),
            file.identity == FileIdentity(device: suspect.device, inode: suspect.inode), file.size == suspect.size,
            file.modified == .nanoseconds(suspect.modifiedNanoseconds)
        else { return }
        reject(suspect.name,
               reason: "presswatch stopped twice in a row while parsing this file (a crash, or killed by the watchdog); "
                   + "it is set aside so that it cannot stop ingest again",
               whatToDo: "if it is a real article, report a bug with this file attached; to try again, drop it again under a new name",
               size: Int(suspect.size), now: now, outcome: &outcome)
    }
}
