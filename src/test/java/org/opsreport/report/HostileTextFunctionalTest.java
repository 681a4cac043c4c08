package org.opsreport.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.FunctionalTestSupport;
import org.opsreport.job.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incident titles, service names and export rows carrying HTML, Markdown control characters and
 * spreadsheet formulas (fixture {@code hostile}): escaped in report.html (FreeMarker auto-escaping),
 * escaped in report.md with every table row keeping its column count, and neutralized in rejects.csv
 * (OWASP "CSV injection": a cell starting with = + - @ gets a leading ').
 */
class HostileTextFunctionalTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-02");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.copy("hostile", workspace);
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "hostile_text");
	}

	static Path folder;

	@BeforeAll
	static void none() {
		folder = null;
	}

	synchronized Path report() throws Exception {
		if (folder == null) {
			JobOperatorTestUtils utils = jobs();
			BatchStatus status = utils
				.startJob(new JobParametersBuilder().addLocalDate("date", DATE).addLong("rerun", 0L).toJobParameters())
				.getStatus();
			assertThat(status).isEqualTo(BatchStatus.COMPLETED);
			folder = workspace.resolve("reports/2026-11-02");
		}
		return folder;
	}

	@Test
	void htmlEscapesMarkupInTitlesAndServiceNames() throws Exception {
		String html = Files.readString(report().resolve("report.html"));
		assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("onerror=alert(1)>");
		// the only images are the report's own charts
		assertThat(java.util.regex.Pattern.compile("<img [^>]*").matcher(html).results().map(m -> m.group()))
			.allSatisfy(img -> assertThat(img).startsWith("<img src=\"charts/"));
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)");
	}

	@Test
	void markdownEscapesControlCharactersAndTablesKeepTheirColumns() throws Exception {
		String markdown = Files.readString(report().resolve("report.md"));
		assertThat(markdown).contains("\\<script\\>alert(1)\\</script\\>")
			.contains("a \\| b \\| c \\*bold\\* \\`code\\` \\_em\\_ \\[link\\](http://evil.example) second line")
			.contains("pipe\\|star\\*\\`tick\\`")
			.doesNotContainPattern("(?<!\\\\)<(script|img|b>)");
		List<List<String>> tables = tables(markdown);
		assertThat(tables).hasSizeGreaterThanOrEqualTo(3); // incidents, coverage, ingest files (+ rejects)
		for (List<String> table : tables) {
			int columns = cells(table.get(0));
			assertThat(table).as("every row of\n%s", String.join("\n", table)).allSatisfy(row -> assertThat(cells(row)).isEqualTo(columns));
		}
		String incidents = markdown.substring(markdown.indexOf("## Incidents on"));
		incidents = incidents.substring(0, incidents.indexOf("\n## ", 1));
		assertThat(incidents.lines().filter(l -> l.startsWith("| **INC-"))).hasSize(3);
	}

	@Test
	void theMailDigestEscapesLikeTheReport() throws Exception {
		String html = Files.readString(report().resolve("mail.html"));
		assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("onerror=alert(1)>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		String markdown = Files.readString(report().resolve("mail.md"));
		assertThat(markdown).contains("\\<script\\>alert(1)\\</script\\>").doesNotContainPattern("(?<!\\\\)<(script|img|b>)");
		for (List<String> table : tables(markdown)) {
			int columns = cells(table.get(0));
			assertThat(table).as("every row of\n%s", String.join("\n", table)).allSatisfy(row -> assertThat(cells(row)).isEqualTo(columns));
		}
	}

	@Test
	void rejectsCsvNeutralizesFormulas() throws Exception {
		List<CSVRecord> rows;
		try (var parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(report().resolve("rejects.csv")))) {
			rows = parser.getRecords();
		}
		assertThat(rows).hasSize(5);
		assertThat(rows.subList(1, 5)).extracting(r -> r.get(4))
			// the raw row as CSV text: its quoted first field makes it start with a quote, not a formula
			.containsExactly("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",alpha,cpu_utilization,1",
					"'+cmd|' /C calc'!A0,alpha,cpu_utilization,1", "'-2+3,alpha,cpu_utilization,1",
					"'@SUM(1+1),alpha,cpu_utilization,1");
		for (CSVRecord row : rows) {
			for (String cell : row) {
				assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
			}
		}
	}

	/** The GFM tables of a document: runs of lines starting with |, without their delimiter row. */
	static List<List<String>> tables(String markdown) {
		List<List<String>> tables = new ArrayList<>();
		List<String> current = null;
		for (String line : markdown.lines().toList()) {
			if (line.startsWith("|")) {
				if (current == null) {
					current = new ArrayList<>();
					tables.add(current);
				}
				if (!line.matches("\\|[-:| ]+\\|")) {
					current.add(line);
				}
			}
			else {
				current = null;
			}
		}
		return tables;
	}

	/** Cells of a GFM table row: pipes not escaped by a backslash delimit them. */
	static int cells(String row) {
		int pipes = 0;
		for (int i = 0; i < row.length(); i++) {
			if (row.charAt(i) == '\\') {
				i++;
			}
			else if (row.charAt(i) == '|') {
				pipes++;
			}
		}
		return pipes - 1;
	}

}
