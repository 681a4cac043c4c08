package org.opsreport.slo;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.CommandLine;
import org.opsreport.job.ExitCodes;
import org.opsreport.job.FixtureWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/** An invalid SLO file stops opsreport at start-up, before any work, with exit status 2 and one line. */
class SloConfigStartupTest {

	@TempDir
	Path workspace;

	@Test
	void anUnsupportedMetricSourceStopsStartUpWithOneLine() {
		FixtureWorkspace.copy("slo", this.workspace);
		Path jobs = this.workspace.resolve("bad-jobs");
		CommandLine.Outcome outcome = CommandLine.run(List.of("--opsreport.config-dir=" + jobs,
				"--opsreport.input-dir=" + this.workspace.resolve("data"),
				"--opsreport.output-dir=" + this.workspace.resolve("reports"),
				"--spring.datasource.url=jdbc:h2:mem:slo-startup;DB_CLOSE_DELAY=-1"));
		int status = outcome.status();
		String out = outcome.stderr().strip();
		assertThat(status).isEqualTo(ExitCodes.USAGE);
		assertThat(out).doesNotContain("\n");
		assertThat(out).startsWith("opsreport: configuration error: ")
			.contains(jobs.resolve("slos").resolve("alpha.yaml").toString())
			.contains("document 1 (SLO alpha-availability)")
			.contains("spec.indicator.spec.ratioMetric.bad.metricSource: metricSource {type: prometheus, spec: {query: ")
			.contains("is not mapped to a stored series in ")
			.contains("metric-sources.yaml");
		assertThat(this.workspace.resolve("reports")).doesNotExist();
	}

}
