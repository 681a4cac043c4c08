package org.opsreport;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.freemarker.autoconfigure.FreeMarkerAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * opsreport: a nightly batch job that turns metric and incident exports into one SRE report.
 * Exit status 0 only when the job completed; see {@code job.ExitCodes}.
 */
// report templates need a folder-then-jar loader and a Markdown output format: report.TemplateConfiguration
@SpringBootApplication(exclude = FreeMarkerAutoConfiguration.class)
@ConfigurationPropertiesScan
public class OpsReportApplication {

	/** The wall clock; analytics never read it, they get the report date and "now" as parameters. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		System.exit(org.opsreport.job.Launch.run(OpsReportApplication.class, args));
	}

}
