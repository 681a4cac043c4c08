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

	/** What the last successful run that read the file read of it (content hash, size, run), if any. */
	Optional<ReadPlan.ReadBefore> readBefore(String file) {
		return this.jdbc.sql("SELECT content_hash, content_size, job_instance_id FROM ingested_file WHERE file_name = ?")
			.param(file)
			.query((rs, n) -> new ReadPlan.ReadBefore(rs.getString(1), rs.getObject(2, Long.class), rs.getLong(3)))
			.optional();
	}

	void record(String file, ReadPlan.Content content, long jobInstanceId) {
		this.jdbc.sql("DELETE FROM ingested_file WHERE file_name = ?").param(file).update();
		this.jdbc
			.sql("INSERT INTO ingested_file (file_name, content_hash, content_size, job_instance_id) VALUES (?, ?, ?, ?)")
			.params(file, content.hash(), content.size(), jobInstanceId)
			.update();
	}

}
