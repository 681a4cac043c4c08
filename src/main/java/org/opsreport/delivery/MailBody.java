package org.opsreport.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opsreport.report.ReportVariant;

import org.springframework.stereotype.Component;

/**
 * The compact e-mail body: mail.html and its plain-text twin mail.md, rendered with every report
 * (templates mail.html.ftlh and mail.md.ftl, the report model plus {@code mail}). The full report.html
 * grows with the fleet (about 70 KB on the sample data, several hundred KB on a large one) and Gmail
 * clips an HTML body over 102 KB, cutting off what a manager needs; the digest shows the summary, SLOs, incidents and top-N tables, and points to the
 * full report: a link when {@code opsreport.mail.report-url} is set, otherwise its path on this host
 * and the attached copy (see {@link ReportMessage}).
 *
 * <p>
 * Model entry {@code mail}: {@code reportUrl} (only when set), {@code reportFile} (absolute path of
 * report.html), {@code host} (this machine's name), {@code attachment} (the attached file's name, only
 * when the full report is attached).
 */
@Component
class MailBody implements ReportVariant {

	static final String HTML = "mail.html";

	static final String TEXT = "mail.md";

	private final MailSettings settings;

	private final String host;

	MailBody(MailSettings settings) {
		this.settings = settings;
		this.host = hostName();
	}

	@Override
	public Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("mail.md.ftl", TEXT);
		files.put("mail.html.ftlh", HTML);
		return files;
	}

	@Override
	public Map<String, Object> model(LocalDate date, Path folder) {
		Map<String, Object> mail = new LinkedHashMap<>();
		String url = this.settings.reportUrlFor(date.toString());
		if (url != null) {
			mail.put("reportUrl", url);
		}
		mail.put("reportFile", folder.resolve("report.html").toAbsolutePath().normalize().toString());
		mail.put("host", this.host);
		if (url == null) {
			mail.put("attachment", attachmentName(date));
		}
		return Map.of("mail", mail);
	}

	/** The name of the attached full report: the date in it, so saved copies do not overwrite each other. */
	static String attachmentName(LocalDate date) {
		return "opsreport-" + date + ".html";
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException | SecurityException ex) {
			return "the opsreport host";
		}
	}

}
