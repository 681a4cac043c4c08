package org.opsreport.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMessageTest {

	@TempDir
	Path folder;

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };

	void write(String name, String content) throws Exception {
		Files.writeString(this.folder.resolve(name), content);
	}

	MimeMessage fill(String attachment) throws Exception {
		Files.createDirectories(this.folder.resolve("charts"));
		Files.write(this.folder.resolve("charts/a.png"), PNG);
		write("report.html", "<p>full</p><img src=\"charts/a.png\"><img src=\"charts/gone.png\">");
		write("report.md", "# full");
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		ReportMessage.fill(message, this.folder, "o@example.com", List.of("m@example.com"), "s", attachment);
		message.saveChanges();
		return message;
	}

	@Test
	void withoutChartsOnDiskTheHtmlIsUnchanged() {
		String embedded = ReportMessage.embed("<img src=\"charts/a.png\"><img src=\"charts/gone.png\">", this.folder.resolve("charts"));
		assertThat(embedded).isEqualTo("<img src=\"charts/a.png\"><img src=\"charts/gone.png\">");
	}

	@Test
	void chartsOnDiskBecomeDataUrisMissingOnesStay() throws Exception {
		Files.createDirectories(this.folder.resolve("charts"));
		Files.write(this.folder.resolve("charts/a.png"), PNG);
		String embedded = ReportMessage.embed("<img src=\"charts/a.png\"><img src=\"charts/gone.png\">", this.folder.resolve("charts"));
		assertThat(embedded).isEqualTo("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)
				+ "\"><img src=\"charts/gone.png\">");
	}

	@Test
	void aFolderWithoutTheDigestIsSentAsBeforeWithoutAttachment() throws Exception {
		MimeMessage message = fill("opsreport-2026-11-24.html");
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		MimeMultipart alternative = (MimeMultipart) message.getContent();
		assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("# full");
		String html = (String) ((MimeMultipart) alternative.getBodyPart(1).getContent()).getBodyPart(0).getContent();
		assertThat(html).contains("<p>full</p>").contains("src=\"cid:a.png@opsreport\"").contains("src=\"charts/gone.png\"");
	}

	@Test
	void theDigestIsTheBodyAndTheReportTheAttachment() throws Exception {
		write(MailBody.HTML, "<p>digest</p><img src=\"charts/a.png\">");
		write(MailBody.TEXT, "# digest");
		MimeMessage message = fill("opsreport-2026-11-24.html");
		assertThat(message.getContentType()).startsWith("multipart/mixed");
		MimeMultipart mixed = (MimeMultipart) message.getContent();
		MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
		assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("# digest");
		assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("opsreport-2026-11-24.html");
		assertThat(new String(mixed.getBodyPart(1).getInputStream().readAllBytes())).startsWith("<p>full</p><img src=\"data:image/png;base64,");
	}

	@Test
	void withAReportUrlNothingIsAttached() throws Exception {
		write(MailBody.HTML, "<p>digest</p>");
		write(MailBody.TEXT, "# digest");
		MimeMessage message = fill(null);
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		assertThat(((MimeMultipart) message.getContent()).getBodyPart(0).getContent()).isEqualTo("# digest");
	}

}
