package org.opsreport.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.report.DeliveryFixture;
import org.opsreport.store.ReportSections;
import org.opsreport.summary.SummaryBuilder;
import org.opsreport.job.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deliver step against a real SMTP server (GreenMail): the report job renders stored fixture
 * sections and mails them; with the server away the step fails, the report stays, and restarting
 * the failed run sends the mail without rendering again.
 */
@SpringBootTest
class MailDeliveryFunctionalTest {

	@TempDir
	static Path workspace;

	static final int PORT = freePort();

	GreenMail smtp;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "mail_delivery");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "3000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
		registry.add("opsreport.mail.to", () -> "sre@example.com, manager@example.com");
		registry.add("opsreport.mail.from", () -> "opsreport@example.com");
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("report")
	Job report;

	@Autowired
	ReportSections sections;

	@AfterEach
	void stopSmtp() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	JobExecution runReport(LocalDate date) throws Exception {
		DeliveryFixture.save(this.sections, date);
		this.sections.save(date, "summary", SummaryBuilder.build(this.sections.load(date)));
		return this.jobOperator.start(this.report,
				new JobParametersBuilder().addLocalDate("date", date).addLong("rerun", 0L).toJobParameters());
	}

	@Test
	void mailsTheReportWithInlineCharts() throws Exception {
		startSmtp();
		LocalDate date = DeliveryFixture.DATE;
		JobExecution execution = runReport(date);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(List.of(received[0].getAllRecipients()).toString()).contains("sre@example.com", "manager@example.com");
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("opsreport 2026-11-24: RED — 3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("opsreport@example.com");

		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		MimeMultipart alternative = (MimeMultipart) mail.getContent();
		assertThat(alternative.getCount()).isEqualTo(2);
		BodyPart text = alternative.getBodyPart(0);
		assertThat(text.getContentType()).startsWith("text/plain");
		Path folder = workspace.resolve("reports").resolve(date.toString());
		assertThat(((String) text.getContent()).replace("\r\n", "\n")).isEqualTo(Files.readString(folder.resolve("report.md")));

		BodyPart relatedPart = alternative.getBodyPart(1);
		assertThat(relatedPart.getContentType()).startsWith("multipart/related");
		MimeMultipart related = (MimeMultipart) relatedPart.getContent();
		BodyPart html = related.getBodyPart(0);
		assertThat(html.getContentType()).startsWith("text/html");
		String body = (String) html.getContent();
		assertThat(body).contains("Summary").doesNotContain("src=\"charts/");

		List<String> referenced = new ArrayList<>();
		Matcher cid = Pattern.compile("src=\"cid:([^\"]+)\"").matcher(body);
		while (cid.find()) {
			referenced.add(cid.group(1));
		}
		try (var charts = Files.list(folder.resolve("charts"))) {
			assertThat(referenced).hasSize((int) charts.count()).hasSize(5);
		}
		List<String> attached = new ArrayList<>();
		for (int i = 1; i < related.getCount(); i++) {
			BodyPart image = related.getBodyPart(i);
			assertThat(image.getContentType()).startsWith("image/png");
			assertThat(image.getDisposition()).isEqualTo(Part.INLINE);
			String contentId = ((MimeBodyPartView) () -> image.getHeader("Content-ID")[0]).get();
			attached.add(contentId.substring(1, contentId.length() - 1));
			byte[] png = image.getInputStream().readAllBytes();
			assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
		}
		assertThat(attached).containsExactlyInAnyOrderElementsOf(referenced);
	}

	@Test
	void anSmtpFailureFailsOnlyDeliveryAndARestartSendsTheMail() throws Exception {
		LocalDate date = DeliveryFixture.DATE.plusDays(1);
		JobExecution failed = runReport(date);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// every render-phase step (render, forecastsCsv, ...) completed; only deliver failed
		assertThat(failed.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getStatus)
			.contains(org.assertj.core.groups.Tuple.tuple("render", BatchStatus.COMPLETED),
					org.assertj.core.groups.Tuple.tuple("deliver", BatchStatus.FAILED));
		assertThat(failed.getStepExecutions()).filteredOn(s -> !s.getStepName().equals("deliver"))
			.allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(BatchStatus.COMPLETED));
		Throwable failure = failed.getAllFailureExceptions().get(0);
		assertThat(failure).isInstanceOf(DeliveryException.class);
		assertThat(failure.getMessage()).doesNotContain("\n")
			.startsWith("e-mail of the report of 2026-11-25 to sre@example.com, manager@example.com failed: ")
			.contains("SMTP server 127.0.0.1:" + PORT + ": ConnectException: Connection refused")
			.endsWith("run the same command again to retry only the e-mail");
		Path html = workspace.resolve("reports").resolve(date.toString()).resolve("report.html");
		assertThat(html).isRegularFile();
		String before = Files.readString(html);
		assertThat(before).contains("Summary").contains("</html>");
		long renderedAt = Files.getLastModifiedTime(html).toMillis();

		startSmtp();
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("deliver");
		assertThat(this.smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		assertThat(this.smtp.getReceivedMessages()[0].getSubject()).startsWith("opsreport 2026-11-25: RED");
		assertThat(Files.readString(html)).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(html).toMillis()).isEqualTo(renderedAt);
	}

	/** Reads a header of a body part (a lambda to keep MessagingException out of the assertion lines). */
	@FunctionalInterface
	interface MimeBodyPartView {

		String read() throws jakarta.mail.MessagingException;

		default String get() {
			try {
				return read();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
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
