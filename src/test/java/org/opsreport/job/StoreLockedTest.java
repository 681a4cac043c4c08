package org.opsreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded H2 file store open in another process: opsreport says so in one line and exits with
 * status 4, without a stack trace. This JVM holds the store open; opsreport runs in a forked JVM.
 */
class StoreLockedTest {

	@TempDir
	Path work;

	@Test
	void aStoreLockedByAnotherProcessGivesOneClearLineAndStatus4() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		String url = "jdbc:h2:file:" + this.work.resolve("store/opsreport").toAbsolutePath();
		try (Connection holder = DriverManager.getConnection(url, "sa", "")) {
			holder.createStatement().execute("CREATE TABLE IF NOT EXISTS held (id INT)");
			Path log = this.work.resolve("locked.log");
			int status = ForkedOpsReport.run(log,
					List.of("date=2026-11-02", "--spring.datasource.url=" + url + ";DB_CLOSE_ON_EXIT=FALSE",
							"--opsreport.input-dir=" + this.work.resolve("data"),
							"--opsreport.config-dir=" + this.work.resolve("jobs"),
							"--opsreport.output-dir=" + this.work.resolve("reports")),
					Duration.ofMinutes(2));
			String output = Files.readString(log);
			assertThat(status).as(output).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
			assertThat(output.lines().filter(l -> l.startsWith("opsreport: ")))
				.singleElement()
				.satisfies(line -> assertThat(line)
					.startsWith("opsreport: the store is locked by another opsreport process (a run is going on?)"));
			assertThat(output).doesNotContain("\tat ").doesNotContain("Caused by");
			assertThat(this.work.resolve("reports")).doesNotExist();
		}
	}

}
