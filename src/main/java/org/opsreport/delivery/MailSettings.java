package org.opsreport.delivery;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who gets the report by e-mail ({@code opsreport.mail.*}). The SMTP server is Spring Boot's
 * {@code spring.mail.*} (host, port, username, password, properties). Mail is off unless
 * {@code to} names at least one recipient.
 *
 * @param to recipients; empty: no mail (the deliver step does nothing)
 * @param from sender address
 * @param subject subject template: {@code {date}} the report date, {@code {status}} the headline
 * status in capitals (RED, AMBER, GREEN, UNKNOWN), {@code {headline}} the summary sentence
 * @param reportUrl where the full report of a date can be read, {@code {date}} replaced by the
 * report date (e.g. {@code https://reports.example.com/opsreport/{date}/report.html}); the mail
 * links to it. Empty: the mail says where report.html lies on this host and attaches a
 * self-contained copy of it
 */
@ConfigurationProperties("opsreport.mail")
public record MailSettings(@DefaultValue List<String> to, @DefaultValue("opsreport@localhost") String from,
		@DefaultValue("opsreport {date}: {status} — {headline}") String subject, String reportUrl) {

	public MailSettings {
		to = to == null ? List.of() : to.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
		reportUrl = reportUrl == null || reportUrl.isBlank() ? null : reportUrl.trim();
	}

	/** The full report's address for {@code date}, or {@code null} when no report URL is set (attach it). */
	public String reportUrlFor(String date) {
		return this.reportUrl == null ? null : this.reportUrl.replace("{date}", date);
	}

	public boolean enabled() {
		return !this.to.isEmpty();
	}

	/** The subject for a report: the template with {date}, {status} and {headline} filled in. */
	public String subjectFor(String date, String status, String headline) {
		return this.subject.replace("{date}", date)
			.replace("{status}", status.toUpperCase(java.util.Locale.ROOT))
			.replace("{headline}", headline)
			.replaceAll("[\\r\\n]+", " ");
	}

}
