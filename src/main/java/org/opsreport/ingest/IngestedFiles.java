package org.opsreport.ingest;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which input files, by name and content (SHA-256), a successful ingest has read completely. Nightly
 * exports accumulate; reading only what is new or changed keeps a night's ingest proportional to the
 * night's data, and a re-run of the same inputs reports exactly what the first run did.
 */
@Repository
class IngestedFiles {

	private final JdbcClient jdbc;

	IngestedFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The run (job instance) that read this exact content of the file, if any. */
	Optional<Long> readBy(String file, String contentHash) {
		return this.jdbc.sql("SELECT job_instance_id FROM ingested_file WHERE file_name = ? AND content_hash = ?")
			.params(file, contentHash)
			.query(Long.class)
			.optional();
	}

	void record(String file, String contentHash, long jobInstanceId) {
		this.jdbc.sql("DELETE FROM ingested_file WHERE file_name = ?").param(file).update();
		this.jdbc.sql("INSERT INTO ingested_file (file_name, content_hash, job_instance_id) VALUES (?, ?, ?)")
			.params(file, contentHash, jobInstanceId)
			.update();
	}

}
