package org.opsreport.delivery;

import java.nio.file.Path;
import java.time.LocalDate;

import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Delivers the rendered report of a date: e-mails it when {@code opsreport.mail.to} names recipients,
 * otherwise does nothing and says so. The settings are checked when the application starts (recipients
 * without an SMTP server is a configuration error), so a wrong setting fails before a night of analysis,
 * not at its end.
 */
@Service
class ReportDelivery {

	/** The mailer, or {@code null} when e-mail is off. */
	private final ReportMailer mailer;

	ReportDelivery(MailSettings settings, ObjectProvider<JavaMailSender> senders, OpsReportProperties properties,
			JsonMapper json) {
		this.mailer = settings.enabled() ? new ReportMailer(sender(senders), settings, properties, json) : null;
	}

	private static JavaMailSender sender(ObjectProvider<JavaMailSender> senders) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			throw new ConfigException(Path.of("settings"), "opsreport.mail.to",
					"recipients are set but no SMTP server is: set spring.mail.host (and spring.mail.port, username, password)");
		}
		return sender;
	}

	/**
	 * Delivers the report of {@code date}.
	 * @param date the report date, whose folder holds the rendered report
	 * @return what was done: sent (to whom, with which subject and body) or not sent because e-mail is off
	 * @throws DeliveryException with a one-line reason when the report is missing or SMTP fails
	 */
	Delivery deliver(LocalDate date) {
		return this.mailer == null ? Delivery.off(date) : this.mailer.send(date);
	}

}
