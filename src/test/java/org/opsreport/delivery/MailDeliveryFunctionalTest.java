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
import org.opsreport.report.EmailSafeOutput;
import org.opsreport.store.ReportSections;
import org.opsreport.summary.SummaryBuilder;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;

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
 * sections and mails the digest (mail.html, mail.md) with the full report attached (no
 * opsreport.mail.report-url here); a large report's digest stays under Gmail's clipping limit; with
 * the server away the step fails, the report stays, and restarting the failed run sends the mail
 * without rendering again.
 */
@SpringBootTest
class MailDeliveryFunctionalTest {

	@TempDir
	static Path workspace;

	static final int PORT = freePort();

	/** Gmail clips an HTML body over 102 KB ("[Message clipped] View entire message"). */
	static final int GMAIL_CLIP_BYTES = 102_400;

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
		this.sections.save(date, "summary", org.opsreport.summary.Summaries.of(this.sections, date));
		return this.jobOperator.start(this.report,
				new JobParametersBuilder().addLocalDate("date", date).addLong("rerun", 0L).toJobParameters());
	}

	@Test
	void mailsTheDigestWithInlineChartsAndAttachesTheFullReport() throws Exception {
		startSmtp();
		LocalDate date = DeliveryFixture.DATE;
		JobExecution execution = runReport(date);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(List.of(received[0].getAllRecipients()).toString()).contains("sre@example.com", "manager@example.com");
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("opsreport 2026-11-24: RED — checkout red; 3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("opsreport@example.com");

		// no opsreport.mail.report-url: multipart/mixed = the digest + the full report attached
		assertThat(mail.getContentType()).startsWith("multipart/mixed");
		MimeMultipart mixed = (MimeMultipart) mail.getContent();
		assertThat(mixed.getCount()).isEqualTo(3);
		MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
		assertThat(alternative.getContentType()).startsWith("multipart/alternative");
		assertThat(alternative.getCount()).isEqualTo(2);
		BodyPart text = alternative.getBodyPart(0);
		assertThat(text.getContentType()).startsWith("text/plain");
		Path folder = workspace.resolve("reports").resolve(date.toString());
		String plain = ((String) text.getContent()).replace("\r\n", "\n");
		assertThat(plain).isEqualTo(Files.readString(folder.resolve("mail.md")))
			.contains("**RED** — checkout red; 3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)")
			.contains("opsreport-2026-11-24.html")
			.contains(folder.resolve("report.html").toAbsolutePath().normalize().toString());

		BodyPart relatedPart = alternative.getBodyPart(1);
		assertThat(relatedPart.getContentType()).startsWith("multipart/related");
		MimeMultipart related = (MimeMultipart) relatedPart.getContent();
		BodyPart html = related.getBodyPart(0);
		assertThat(html.getContentType()).startsWith("text/html");
		String body = (String) html.getContent();
		assertThat(body).contains("Summary").contains("Write the postmortem of SEV1 INC-7").doesNotContain("src=\"charts/");
		assertThat(body.replace("src=\"cid:", "src=\"charts/").replace("@opsreport\"", "\"").replace("\r\n", "\n"))
			.isEqualTo(Files.readString(folder.resolve("mail.html")));

		// the digest's charts: the red and amber SLOs' burndowns (cart has no burndown data) and incidents per week
		List<String> referenced = new ArrayList<>();
		Matcher cid = Pattern.compile("src=\"cid:([^\"]+)\"").matcher(body);
		while (cid.find()) {
			referenced.add(cid.group(1));
		}
		assertThat(referenced).containsExactly("burndown-checkout-availability.png@opsreport", "incidents-per-week.png@opsreport");
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

		// the full report, self-contained: every chart of the folder as a data: URI
		BodyPart full = mixed.getBodyPart(1);
		assertThat(full.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(full.getFileName()).isEqualTo("opsreport-2026-11-24.html");
		assertThat(full.getContentType()).startsWith("text/html");
		String report = new String(full.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(report).doesNotContain("src=\"charts/").contains("id=\"dashboard\"").contains("id=\"incidents\"");
		// its detail page next to it, linked both ways under the attachments' names
		BodyPart detailPage = mixed.getBodyPart(2);
		assertThat(detailPage.getDisposition()).isEqualTo(Part.ATTACHMENT);
		assertThat(detailPage.getFileName()).isEqualTo("opsreport-2026-11-24-details.html");
		String details = new String(detailPage.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(report).contains("href=\"opsreport-2026-11-24-details.html#").doesNotContain("href=\"details.html");
		assertThat(details).contains("href=\"opsreport-2026-11-24.html\"").doesNotContain("src=\"charts/");
		try (var charts = Files.list(folder.resolve("charts"))) {
			assertThat(Pattern.compile("src=\"data:image/png;base64,").matcher(report + details).results().count())
				.isEqualTo(charts.count()).isEqualTo(5);
		}
	}

	@Test
	void aLargeReportIsMailedAsADigestGmailDoesNotClip() throws Exception {
		startSmtp();
		LocalDate date = DeliveryFixture.DATE.plusDays(2);
		LargeReportFixture.document().properties().forEach(e -> this.sections.save(date, e.getKey(), ReportSections.upgrade(e.getKey(), 1, e.getValue())));
		this.sections.save(date, "summary", org.opsreport.summary.Summaries.of(this.sections, date));
		JobExecution execution = this.jobOperator.start(this.report,
				new JobParametersBuilder().addLocalDate("date", date).addLong("rerun", 0L).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path folder = workspace.resolve("reports").resolve(date.toString());
		// the full report is far over the limit: the mail would be clipped without the digest
		assertThat(Files.size(folder.resolve("report.html"))).isGreaterThan(GMAIL_CLIP_BYTES);

		assertThat(this.smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage mail = this.smtp.getReceivedMessages()[0];
		MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
		MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
		BodyPart htmlPart = related.getBodyPart(0);
		String html = (String) htmlPart.getContent();
		// Gmail clips at 102 KB of HTML: both the decoded body and the part as sent (quoted-printable) stay under
		assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(GMAIL_CLIP_BYTES);
		assertThat(htmlPart.getSize()).isLessThan(GMAIL_CLIP_BYTES);
		String plain = (String) alternative.getBodyPart(0).getContent();
		assertThat(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(GMAIL_CLIP_BYTES);

		org.opsreport.summary.Summary summary = this.sections.load(date, "summary", org.opsreport.summary.Summary.class).orElseThrow();
		String headline = summary.headline().text();
		int services = summary.services().size();
		int slos = 3 + 3 * LargeReportFixture.SERVICES;
		int series = 2 + LargeReportFixture.METRICS.size() * LargeReportFixture.SERVICES;
		assertThat(services).isGreaterThan(LargeReportFixture.SERVICES);
		List<String> recommendations = new ArrayList<>();
		summary.recommendations().forEach(r -> recommendations.add(r.message()));
		assertThat(recommendations).hasSize(3);
		for (String text : List.of(html, plain.replace("\\_", "_"))) {
			assertThat(text).contains(headline)
				// the top recommendations, the incidents of the day, the open incidents
				.contains(recommendations)
				.contains("INC-5000")
				.contains("INC-6000")
				// long tables cut, saying how many more the full report has
				.contains((services - 15) + " more services, in better shape, in the full report.")
				.contains((26 - 10) + " more incidents of the day in the full report.")
				.contains((slos - 10) + " more objectives in the full report.")
				.contains((13 - 10) + " more open incidents in the full report.")
				.contains((series - 10) + " more series, and the forecast charts, in the full report.")
				.contains((LargeReportFixture.SERVICES - 10) + " more services in the full report.")
				.contains("series with gaps or stale data in the full report.")
				.contains("opsreport-" + date + ".html");
		}
		// the SLO table shows the worst objectives: more than ten are red, so only red ones
		String sloTable = html.substring(html.indexOf("id=\"slos\""), html.indexOf("id=\"incidents\""));
		assertThat(Pattern.compile(">red<").matcher(sloTable).results().count()).isEqualTo(10);
		assertThat(sloTable).doesNotContain(">amber<").doesNotContain(">green<");
		// the forecast table starts with the lowest skill
		String forecastTable = html.substring(html.indexOf("id=\"forecasts\""), html.indexOf("id=\"scaling\""));
		assertThat(forecastTable).contains(">-50%</td>");
		// the burndown charts of the worst objectives that have one, and incidents per week
		assertThat(html).contains("src=\"cid:burndown-checkout-availability.png@opsreport\"")
			.contains("src=\"cid:incidents-per-week.png@opsreport\"")
			.doesNotContain("burndown-search-latency");
		assertThat(EmailSafeOutput.htmlProblems(Files.readString(folder.resolve("mail.html")))).isEmpty();
		assertThat(EmailSafeOutput.markdownTableProblems(Files.readString(folder.resolve("mail.md")))).isEmpty();
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
