package org.opsreport.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 classes 3 and 7: the reject ceiling spares small files (below
 * {@code opsreport.ingest.reject-ceiling-min-rows}) but lists their rejects, fails a file that broke
 * off, and cannot be lost when rejects.csv cannot be written.
 */
class RejectCeilingCheckTest {

	private static final long RUN = 5;

	private static final LocalDate DATE = LocalDate.parse("2026-11-01");

	@TempDir
	Path reports;

	private final IngestHarness store = new IngestHarness();

	private final List<Long> accepted = new ArrayList<>();

	@Test
	void oneTypoInASmallFileIsListedButDoesNotFailTheStep() throws Exception {
		file("incidents/small.csv", 32, 1);
		StepExecution step = check(100);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.accepted).containsExactly(RUN);
		assertThat(Files.readAllLines(this.reports.resolve("2026-11-01/rejects.csv"))).hasSize(2)
			.last()
			.asString()
			.startsWith("incidents/small.csv,1,");
	}

	@Test
	void theRatioAppliesFromTheMinimumRowCountOn() throws Exception {
		file("incidents/at-bound.csv", 100, 2);
		StepExecution atBound = check(100);
		assertThat(atBound.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(atBound.getFailureExceptions()).singleElement()
			.satisfies(ex -> assertThat(ex.getMessage()).contains("incidents/at-bound.csv: 2 of 100 rows rejected (2.0%)")
				.contains("reject ceiling of 1.0%"));
		// one row fewer than the minimum: exempt
		IngestHarness other = new IngestHarness();
		RejectCeilingCheckTest below = new RejectCeilingCheckTest();
		below.reports = this.reports.resolve("below");
		below.fileIn(other, "incidents/below.csv", 99, 2);
		assertThat(below.checkIn(other, 100).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aFileThatBrokeOffFailsTheStepNamingTheFileWhateverTheRatio() throws Exception {
		file("incidents/cut.csv.gz", 5000, 0);
		this.store.stats.reject(RUN, new Parsed.Rejected<>("incidents/cut.csv.gz", 5002, "",
				CsvFilesReader.TRUNCATED + ": this line and the rest of the file are lost", ""));
		StepExecution step = check(100);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(step.getFailureExceptions()).singleElement()
			.satisfies(ex -> assertThat(ex.getMessage()).startsWith("incidents/cut.csv.gz line 5002: file ends early"));
		assertThat(this.accepted).isEmpty();
	}

	@Test
	void anUnwritableRejectsFileFailsTheStepInsteadOfBeingSwallowed() throws Exception {
		file("incidents/x.csv", 100, 50);
		Files.createDirectories(this.reports.resolve("2026-11-01/rejects.csv")); // a folder where the file goes
		StepExecution step = check(100);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(step.getFailureExceptions()).singleElement()
			.satisfies(ex -> assertThat(ex.getMessage()).contains("cannot check the incidents rejects or write")
				.contains("rejects.csv"));
		assertThat(this.accepted).isEmpty();
	}

	@Test
	void anUnwritableRejectsFileFailsTheStepEvenWithinTheCeiling() throws Exception {
		file("incidents/x.csv", 100, 1);
		Files.createDirectories(this.reports.resolve("2026-11-01/rejects.csv"));
		assertThat(check(100).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.accepted).isEmpty();
	}

	private void file(String name, int rows, int rejected) {
		fileIn(this.store, name, rows, rejected);
	}

	private void fileIn(IngestHarness harness, String name, int rows, int rejected) {
		FileCounts counts = new FileCounts();
		counts.read = rows;
		counts.rejected = rejected;
		counts.inserted = rows - rejected;
		harness.stats.add(RUN, "incidents", name, counts);
		for (int i = 0; i < rejected; i++) {
			harness.stats.reject(RUN, new Parsed.Rejected<>(name, i + 1, "severity", "unknown severity 'x'", "raw"));
		}
	}

	private StepExecution check(int minRows) {
		return checkIn(this.store, minRows);
	}

	private StepExecution checkIn(IngestHarness harness, int minRows) {
		JobExecution job = new JobExecution(1L, new JobInstance(RUN, "nightly"),
				new JobParametersBuilder().addLocalDate("date", DATE).toJobParameters());
		StepExecution step = new StepExecution("ingestIncidents", job);
		step.setStatus(BatchStatus.COMPLETED);
		RejectCeilingCheck check = new RejectCeilingCheck(harness.stats, new RejectsFile(harness.stats, this.reports),
				"incidents", 0.01, minRows, this.accepted::add);
		check.afterStep(step);
		return step;
	}

}
