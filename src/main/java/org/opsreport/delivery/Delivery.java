package org.opsreport.delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * What the deliver step did with the report of a date.
 *
 * @param date the report date
 * @param recipients who got the mail; empty when e-mail is off and nothing was sent
 * @param subject the mail's subject; {@code null} when nothing was sent
 * @param body what the body was, e.g. "digest 49536 bytes of HTML, full report attached"; {@code null}
 * when nothing was sent
 */
record Delivery(LocalDate date, List<String> recipients, String subject, String body) {

	public Delivery {
		recipients = List.copyOf(recipients);
	}

	static Delivery off(LocalDate date) {
		return new Delivery(date, List.of(), null, null);
	}

	public boolean sent() {
		return !this.recipients.isEmpty();
	}

	/** The log line: "Report of D e-mailed to [a, b]: subject (body)", or why nothing was sent. */
	public String describe() {
		return sent() ? "Report of " + this.date + " e-mailed to " + this.recipients + ": " + this.subject + " (" + this.body + ")"
				: "E-mail is off (no opsreport.mail.to): the report of " + this.date + " is not sent";
	}

}
