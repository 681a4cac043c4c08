package org.opsreport.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.opsreport.OpsReportProperties;
import org.opsreport.summary.Summary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends a rendered report by e-mail. Everything comes from the report folder on disk (the digest
 * mail.md and mail.html, charts/, report.html when it is attached, and the headline from
 * report.json), so sending again after a failure sends exactly the report that was written, without
 * rendering it again.
 */
class ReportMailer {

	private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

	/** Gmail shows "[Message clipped]" for an HTML body over 102 KB. */
	static final long GMAIL_CLIP_BYTES = 102_400;

	private final JavaMailSender sender;

	private final MailSettings settings;

	private final OpsReportProperties properties;

	private final JsonMapper json;

	ReportMailer(JavaMailSender sender, MailSettings settings, OpsReportProperties properties, JsonMapper json) {
		this.sender = sender;
		this.settings = settings;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * Sends the report of {@code date} to the configured recipients.
	 * @return to whom, with which subject and body it was sent
	 * @throws DeliveryException with a one-line reason when the report is missing or SMTP fails
	 */
	Delivery send(LocalDate date) {
		Path folder = this.properties.outputDir().resolve(date.toString());
		if (!Files.isRegularFile(folder.resolve("report.html"))) {
			throw new DeliveryException("cannot e-mail the report of " + date + ": " + folder.resolve("report.html")
					+ " does not exist (render it first)", null);
		}
		String subject = subject(date, folder);
		try {
			MimeMessage message = this.sender.createMimeMessage();
			String attachment = this.settings.reportUrl() == null ? MailBody.attachmentName(date) : null;
			ReportMessage.fill(message, folder, this.settings.from(), this.settings.to(), subject, attachment);
			this.sender.send(message);
		}
		catch (MailException | MessagingException ex) {
			throw new DeliveryException("e-mail of the report of " + date + " to " + String.join(", ", this.settings.to())
					+ " failed: " + server() + rootMessage(ex) + "; the report is kept in " + folder
					+ "; run the same command again to retry only the e-mail", ex);
		}
		return new Delivery(date, this.settings.to(), subject, body(folder));
	}

	private String server() {
		if (this.sender instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl && impl.getHost() != null) {
			return "SMTP server " + impl.getHost() + (impl.getPort() > 0 ? ":" + impl.getPort() : "") + ": ";
		}
		return "";
	}

	/** The subject from the headline in report.json; "unknown" and "report ready" without a summary. */
	String subject(LocalDate date, Path folder) {
		String status = "unknown";
		String headline = "report ready";
		Path report = folder.resolve("report.json");
		if (Files.isRegularFile(report)) {
			try {
				JsonNode head = this.json.readTree(report.toFile()).path("summary").get("headline");
				if (head != null) {
					Summary.Headline typed = this.json.treeToValue(head, Summary.Headline.class);
					status = typed.status().label();
					headline = typed.text();
				}
			}
			catch (RuntimeException ex) {
				log.warn("Cannot read the headline from {}: {}", report, ex.getMessage());
			}
		}
		return this.settings.subjectFor(date.toString(), status, headline);
	}

	/** What the log says about the body: the digest's size (Gmail clips HTML over 102 KB) and where the full report is. */
	private String body(Path folder) {
		try {
			Path digest = folder.resolve(MailBody.HTML);
			String where = this.settings.reportUrl() == null ? "full report attached" : "full report linked";
			if (!Files.isRegularFile(digest)) {
				return "full report.html in the body: render the report again for the digest";
			}
			long size = Files.size(digest);
			if (size > GMAIL_CLIP_BYTES) {
				log.warn("The mail body {} has {} bytes: Gmail clips HTML over {} bytes; lower the row limits at the top of "
						+ "templates/mail.html.ftlh", digest, size, GMAIL_CLIP_BYTES);
			}
			return "digest " + size + " bytes of HTML, " + where;
		}
		catch (java.io.IOException ex) {
			return "body size unknown";
		}
	}

	/** The innermost message: "Connection refused" rather than Spring's wrapper text. */
	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		int newline = message.indexOf('\n');
		message = (newline < 0 ? message : message.substring(0, newline)).trim();
		return root == ex ? message : root.getClass().getSimpleName() + ": " + message;
	}

}
