package org.opsreport.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.TestDatabase;
import org.opsreport.report.DeliveryFixture;
import org.opsreport.report.EmailSafeOutput;
import org.opsreport.store.ReportSections;
import org.opsreport.summary.SummaryBuilder;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code opsreport.mail.report-url} set the digest links to the full report of its date and
 * nothing is attached: the mail is multipart/alternative (plain text, HTML with inline charts).
 */
@SpringBootTest
class MailReportUrlFunctionalTest {

	static final String URL = "https://reports.example.com/opsreport/2026-11-24/report.html";

	@TempDir
	static Path workspace;

	static final int PORT = freePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "mail_report_url");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("opsreport.mail.to", () -> "manager@example.com");
		registry.add("opsreport.mail.report-url", () -> "https://reports.example.com/opsreport/{date}/report.html");
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("report")
	Job report;

	@Autowired
	ReportSections sections;

	@Test
	void theDigestLinksToTheFullReportAndAttachesNothing() throws Exception {
		GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			LocalDate date = DeliveryFixture.DATE;
			DeliveryFixture.save(this.sections, date);
			this.sections.save(date, "summary", org.opsreport.summary.Summaries.of(this.sections, date));
			assertThat(this.jobOperator.start(this.report, new JobParametersBuilder().addLocalDate("date", date).toJobParameters())
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
			MimeMessage mail = smtp.getReceivedMessages()[0];
			assertThat(mail.getContentType()).startsWith("multipart/alternative");
			MimeMultipart alternative = (MimeMultipart) mail.getContent();
			assertThat(alternative.getCount()).isEqualTo(2);
			String plain = (String) alternative.getBodyPart(0).getContent();
			String html = (String) ((MimeMultipart) alternative.getBodyPart(1).getContent()).getBodyPart(0).getContent();
			assertThat(html).contains("<a href=\"" + URL + "\"").doesNotContain("attached");
			assertThat(plain).contains(URL).doesNotContain("attached");

			Path folder = workspace.resolve("reports").resolve(date.toString());
			String digest = Files.readString(folder.resolve(MailBody.HTML));
			// the link is the only external URL of the digest
			assertThat(EmailSafeOutput.htmlProblems(digest.replace(URL, "report.html"))).isEmpty();
		}
		finally {
			smtp.stop();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
