package org.opsreport.ingest;

import java.util.Optional;

/**
 * What the reader needs to know of earlier runs to skip input files they read completely: which run
 * read a file's exact content, and how to carry that run's counts and rejects of the file over.
 */
interface UnchangedFiles {

	/** The run (job instance) that read this content of the file completely, if any. */
	Optional<Long> readBy(String file, String contentHash);

	/** Takes the counts and rejects of a file read by an earlier run into this run. */
	void carryOver(long fromRun, String file);

	/** Reads every file every time. */
	static UnchangedFiles none() {
		return new UnchangedFiles() {
			@Override
			public Optional<Long> readBy(String file, String contentHash) {
				return Optional.empty();
			}

			@Override
			public void carryOver(long fromRun, String file) {
			}
		};
	}

}
