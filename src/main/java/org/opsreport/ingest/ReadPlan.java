package org.opsreport.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Which files of a folder an ingest must read so that the store ends exactly as a fresh ingest of
 * the same files would leave it: for every key, the last row in (file name, line) order.
 * <p>
 * Skipping a file an earlier run read is only safe when no row's winner can change. Rows of file
 * {@code i} lose to rows of every later file, so:
 * <ul>
 * <li>a <b>new</b> file, or a file whose old content is a prefix of its new content (<b>appended</b>),
 * at position {@code i} adds rows that may beat rows of earlier files but must lose to later files:
 * the file and every file after it are read (later files re-assert their rows, an upsert that changes
 * nothing when they were winning already); files before {@code i} are untouched by the change;</li>
 * <li>a file whose old rows were edited or removed (<b>changed</b>) may have held the winning row of
 * a key that an earlier file also holds; only reading that earlier file again restores its row, so
 * every file is read again;</li>
 * <li>otherwise (all unchanged) nothing is read.</li>
 * </ul>
 * A file that disappeared from the folder is history: what it stored stays (exports are rotated away,
 * the store keeps the history), and it does not make other files be read again.
 */
final class ReadPlan {

	/** How a file's content relates to what an earlier successful ingest read of it. */
	enum Change {

		/** Same content (SHA-256) as read before. */
		UNCHANGED,
		/** Never read. */
		NEW,
		/** The content read before, followed by more bytes. */
		APPENDED,
		/** Anything else: edited, shortened or rewritten. */
		CHANGED

	}

	/** What an earlier successful ingest read of a file, and which run (job instance) read it. */
	record ReadBefore(String contentHash, Long size, long run) {
	}

	/**
	 * The content of a file now.
	 * @param hash SHA-256 of the whole content
	 * @param size bytes
	 * @param prefixHash SHA-256 of the first {@code ReadBefore.size()} bytes, when the file is longer
	 * than it was (else null)
	 */
	record Content(String hash, long size, String prefixHash) {
	}

	private ReadPlan() {
	}

	static Change change(Optional<ReadBefore> before, Content now) {
		if (before.isEmpty()) {
			return Change.NEW;
		}
		ReadBefore read = before.get();
		if (read.contentHash().equals(now.hash())) {
			return Change.UNCHANGED;
		}
		if (read.size() != null && read.size() < now.size() && read.contentHash().equals(now.prefixHash())) {
			return Change.APPENDED;
		}
		return Change.CHANGED;
	}

	/**
	 * The position (in name order) of the first file to read; every file from there on is read, every
	 * file before it is unchanged and skipped. {@code changes.size()} when nothing needs reading.
	 */
	static int firstToRead(List<Change> changes) {
		if (changes.contains(Change.CHANGED)) {
			return 0;
		}
		for (int i = 0; i < changes.size(); i++) {
			if (changes.get(i) != Change.UNCHANGED) {
				return i;
			}
		}
		return changes.size();
	}

}
