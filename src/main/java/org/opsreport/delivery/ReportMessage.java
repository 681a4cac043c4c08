package org.opsreport.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The report as an e-mail, built from the files already written to the report folder:
 * <pre>
 * multipart/mixed                 (only when the full report is attached)
 *   multipart/alternative
 *     text/plain          mail.md, the digest as Markdown (reads as plain text)
 *     multipart/related
 *       text/html         mail.html, each &lt;img src="charts/x.png"&gt; rewritten to src="cid:x.png@opsreport"
 *       image/png         charts/x.png, Content-ID &lt;x.png@opsreport&gt;, inline (one per referenced chart)
 *   text/html             report.html as an attachment, its charts embedded as data: URIs
 *   text/html             details.html (the detail page report.html links to) likewise, when rendered
 * </pre>
 * mail.html is the compact digest ({@link MailBody}); the full report.html is linked from it
 * (opsreport.mail.report-url) or attached. A folder rendered before the digest existed (no mail.html)
 * is sent as before: report.md and report.html in the body.
 */
final class ReportMessage {

	static final String CID_DOMAIN = "opsreport";

	/** The detail page the report links to (report.ReportRenderer), attached with it. */
	private static final String DETAILS = "details.html";

	private static final Pattern CHART_SRC = Pattern.compile("src=\"charts/([A-Za-z0-9._-]+\\.png)\"");

	private ReportMessage() {
	}

	/**
	 * Fills {@code message} with the report of {@code folder}.
	 * @param attachment the file name under which the full report.html is attached; {@code null}: not
	 * attached (the digest links to it)
	 */
	static void fill(MimeMessage message, Path folder, String from, List<String> to, String subject, String attachment)
			throws MessagingException {
		boolean digest = Files.isRegularFile(folder.resolve(MailBody.HTML)) && Files.isRegularFile(folder.resolve(MailBody.TEXT));
		String markdown = read(folder.resolve(digest ? MailBody.TEXT : "report.md"));
		String html = read(folder.resolve(digest ? MailBody.HTML : "report.html"));
		Map<String, Path> images = new LinkedHashMap<>();
		String inlined = inline(html, folder.resolve("charts"), images);

		message.setFrom(new InternetAddress(from));
		List<InternetAddress> recipients = new ArrayList<>();
		for (String address : to) {
			recipients.add(new InternetAddress(address, true));
		}
		message.setRecipients(MimeMessage.RecipientType.TO, recipients.toArray(InternetAddress[]::new));
		message.setSubject(subject, "UTF-8");

		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(markdown, "UTF-8", "plain");
		alternative.addBodyPart(text);

		MimeMultipart related = new MimeMultipart("related");
		MimeBodyPart htmlPart = new MimeBodyPart();
		htmlPart.setText(inlined, "UTF-8", "html");
		related.addBodyPart(htmlPart);
		for (Map.Entry<String, Path> image : images.entrySet()) {
			MimeBodyPart part = new MimeBodyPart();
			part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes(image.getValue()), "image/png")));
			part.setContentID("<" + contentId(image.getKey()) + ">");
			part.setDisposition(Part.INLINE);
			part.setFileName(image.getKey());
			related.addBodyPart(part);
		}
		MimeBodyPart relatedPart = new MimeBodyPart();
		relatedPart.setContent(related);
		alternative.addBodyPart(relatedPart);
		if (attachment == null || !digest) {
			message.setContent(alternative);
			return;
		}
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternative);
		mixed.addBodyPart(body);
		// report.html links its detail page: attached next to it under a matching name, the links follow
		String detailsAttachment = detailsName(attachment);
		boolean details = Files.isRegularFile(folder.resolve(DETAILS));
		String report = read(folder.resolve("report.html"));
		if (details) {
			report = report.replace("href=\"" + DETAILS, "href=\"" + detailsAttachment);
		}
		mixed.addBodyPart(attachment(embed(report, folder.resolve("charts")), attachment));
		if (details) {
			String page = read(folder.resolve(DETAILS)).replace("href=\"report.html", "href=\"" + attachment);
			mixed.addBodyPart(attachment(embed(page, folder.resolve("charts")), detailsAttachment));
		}
		message.setContent(mixed);
	}

	/** The detail page's attachment name next to the report's: opsreport-D.html, opsreport-D-details.html. */
	static String detailsName(String attachment) {
		return attachment.replaceFirst("\\.html$", "") + "-details.html";
	}

	private static MimeBodyPart attachment(String html, String name) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(html.getBytes(StandardCharsets.UTF_8),
				"text/html; charset=UTF-8")));
		part.setDisposition(Part.ATTACHMENT);
		part.setFileName(name);
		return part;
	}

	/**
	 * The full report as one file a manager can open from the mail: each {@code src="charts/x.png"}
	 * of a chart on disk becomes a {@code data:image/png;base64,...} URI (cid: references do not
	 * resolve in an opened attachment, relative paths not outside the report folder).
	 */
	static String embed(String html, Path charts) {
		Matcher matcher = CHART_SRC.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (matcher.find()) {
			Path file = charts.resolve(matcher.group(1));
			String replacement = Files.isRegularFile(file)
					? "src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(bytes(file)) + "\"" : matcher.group();
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	static String contentId(String chart) {
		return chart + "@" + CID_DOMAIN;
	}

	/**
	 * Rewrites {@code src="charts/x.png"} to {@code src="cid:x.png@opsreport"} for charts on disk
	 * and collects them; a reference to a missing file is left as it is (it shows as a missing image,
	 * it does not stop the mail).
	 */
	static String inline(String html, Path charts, Map<String, Path> images) {
		Matcher matcher = CHART_SRC.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (matcher.find()) {
			String name = matcher.group(1);
			Path file = charts.resolve(name);
			if (Files.isRegularFile(file)) {
				images.put(name, file);
				matcher.appendReplacement(out, Matcher.quoteReplacement("src=\"cid:" + contentId(name) + "\""));
			}
			else {
				matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
			}
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + " (render the report first)", ex);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
