package org.opsreport.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * multipart/alternative
 *   text/plain          report.md
 *   multipart/related
 *     text/html         report.html, each &lt;img src="charts/x.png"&gt; rewritten to src="cid:x.png@opsreport"
 *     image/png         charts/x.png, Content-ID &lt;x.png@opsreport&gt;, inline (one per referenced chart)
 * </pre>
 * Clients that show HTML show the HTML with its charts; the others show the Markdown, which reads as
 * plain text.
 */
final class ReportMessage {

	static final String CID_DOMAIN = "opsreport";

	private static final Pattern CHART_SRC = Pattern.compile("src=\"charts/([A-Za-z0-9._-]+\\.png)\"");

	private ReportMessage() {
	}

	/** Fills {@code message} with the report of {@code folder}. */
	static void fill(MimeMessage message, Path folder, String from, List<String> to, String subject) throws MessagingException {
		String markdown = read(folder.resolve("report.md"));
		String html = read(folder.resolve("report.html"));
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
		message.setContent(alternative);
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
