package org.opsreport.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delivery service behind the deliver step: off without recipients, a start-up error for recipients
 * without an SMTP server, a clear error for a report that was not rendered, and a sent report's
 * recipients, subject and body in its result (the step's log line).
 */
class ReportDeliveryTest {

	static final LocalDate DATE = LocalDate.of(2026, 11, 24);

	@TempDir
	Path output;

	@Test
	void withoutRecipientsNothingIsSentAndNoServerIsNeeded() {
		ReportDelivery delivery = new ReportDelivery(settings(List.of()), senders(null), properties(), JsonMapper.builder().build());

		Delivery result = delivery.deliver(DATE);

		assertThat(result.sent()).isFalse();
		assertThat(result.describe()).isEqualTo("E-mail is off (no opsreport.mail.to): the report of 2026-11-24 is not sent");
	}

	@Test
	void recipientsWithoutAnSmtpServerFailAtStartUp() {
		assertThatThrownBy(() -> new ReportDelivery(settings(List.of("sre@example.com")), senders(null), properties(),
				JsonMapper.builder().build()))
			.isInstanceOf(ConfigException.class)
			.hasMessageContaining("opsreport.mail.to")
			.hasMessageContaining("no SMTP server is: set spring.mail.host");
	}

	@Test
	void aReportThatWasNotRenderedIsAClearError() {
		ReportDelivery delivery = new ReportDelivery(settings(List.of("sre@example.com")), senders(new JavaMailSenderImpl()),
				properties(), JsonMapper.builder().build());

		assertThatThrownBy(() -> delivery.deliver(DATE)).isInstanceOf(DeliveryException.class)
			.hasMessageContaining("cannot e-mail the report of 2026-11-24")
			.hasMessageContaining(this.output.resolve("2026-11-24").resolve("report.html") + " does not exist");
	}

	@Test
	void aSentReportSaysToWhomWithWhichSubjectAndBody() throws Exception {
		Path folder = Files.createDirectories(this.output.resolve("2026-11-24"));
		Files.writeString(folder.resolve("report.html"), "<html><body><p>All green.</p></body></html>");
		Files.writeString(folder.resolve("report.md"), "All green.\n");
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());
			ReportDelivery delivery = new ReportDelivery(settings(List.of("sre@example.com", "lead@example.com")),
					senders(sender), properties(), JsonMapper.builder().build());

			Delivery result = delivery.deliver(DATE);

			assertThat(result.sent()).isTrue();
			assertThat(result.recipients()).containsExactly("sre@example.com", "lead@example.com");
			assertThat(result.subject()).isEqualTo("opsreport 2026-11-24: UNKNOWN — report ready");
			assertThat(result.describe()).isEqualTo("Report of 2026-11-24 e-mailed to [sre@example.com, lead@example.com]: "
					+ "opsreport 2026-11-24: UNKNOWN — report ready (full report.html in the body: render the report again for the digest)");
			MimeMessage[] received = smtp.getReceivedMessages();
			assertThat(received).hasSize(2);
			assertThat(received[0].getSubject()).isEqualTo(result.subject());
		}
		finally {
			smtp.stop();
		}
	}

	MailSettings settings(List<String> to) {
		return new MailSettings(to, "opsreport@example.com", "opsreport {date}: {status} — {headline}", null);
	}

	static ObjectProvider<JavaMailSender> senders(JavaMailSender sender) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		if (sender != null) {
			beans.registerSingleton("mailSender", sender);
		}
		return beans.getBeanProvider(JavaMailSender.class);
	}

	OpsReportProperties properties() {
		return new OpsReportProperties(this.output, this.output, this.output, this.output,
				new OpsReportProperties.Ingest(2000, 0.01, Duration.ofHours(24), true),
				new OpsReportProperties.Coverage(Period.ofDays(28), 2));
	}

}
