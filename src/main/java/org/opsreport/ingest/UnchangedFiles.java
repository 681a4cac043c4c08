package org.opsreport.ingest;

import java.util.Optional;

/**
 * What the reader needs to know of earlier runs to skip input files they read completely: what an
 * earlier successful run read of a file, and how to carry that run's counts and rejects of the file over.
 */
interface UnchangedFiles {

	/** What an earlier successful run read of this file (content hash, size, run), if any. */
	Optional<ReadPlan.ReadBefore> readBefore(String file);

	/** Takes the counts and rejects of a file read by an earlier run into this run. */
	void carryOver(long fromRun, String file);

	/** Reads every file every time. */
	static UnchangedFiles none() {
		return new UnchangedFiles() {
			@Override
			public Optional<ReadPlan.ReadBefore> readBefore(String file) {
				return Optional.empty();
			}

			@Override
			public void carryOver(long fromRun, String file) {
			}
		};
	}

}
