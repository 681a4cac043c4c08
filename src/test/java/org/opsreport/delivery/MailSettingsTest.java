package org.opsreport.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTest {

	@Test
	void theReportUrlGetsTheDate() {
		MailSettings settings = new MailSettings(List.of("a@example.com"), "o@example.com", "s",
				" https://reports.example.com/{date}/report.html ");
		assertThat(settings.reportUrlFor("2026-11-24")).isEqualTo("https://reports.example.com/2026-11-24/report.html");
	}

	@Test
	void aBlankReportUrlMeansAttachTheReport() {
		assertThat(new MailSettings(List.of(), "o@example.com", "s", "  ").reportUrl()).isNull();
		assertThat(new MailSettings(List.of(), "o@example.com", "s", null).reportUrlFor("2026-11-24")).isNull();
	}

}
