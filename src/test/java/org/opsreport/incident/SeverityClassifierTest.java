package org.opsreport.incident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.incident.Incidents.incident;

/** Pins the seed's _classify_incident_severity rules (SiteReliabilityManager), most severe level wins. */
class SeverityClassifierTest {

	private static Severity classify(Incidents b) {
		return SeverityClassifier.classify(b.build()).severity();
	}

	@Test
	void sev1Flags() {
		assertThat(classify(incident("a").unavailable(true))).isEqualTo(Severity.SEV1);
		assertThat(classify(incident("a").dataLoss(true))).isEqualTo(Severity.SEV1);
		assertThat(classify(incident("a").security(true))).isEqualTo(Severity.SEV1);
		assertThat(SeverityClassifier.classify(incident("a").security(true).build()).reason())
			.isEqualTo("security_incident");
	}

	@Test
	void affectedUsersThresholdsAreStrict() {
		assertThat(classify(incident("a").users(50.1))).isEqualTo(Severity.SEV1);
		assertThat(classify(incident("a").users(50))).isEqualTo(Severity.SEV2);
		assertThat(classify(incident("a").users(10.5))).isEqualTo(Severity.SEV2);
		assertThat(classify(incident("a").users(10))).isEqualTo(Severity.SEV3);
		assertThat(classify(incident("a").users(1.01))).isEqualTo(Severity.SEV3);
		assertThat(classify(incident("a").users(1))).isEqualTo(Severity.SEV4);
	}

	@Test
	void performanceDegradationThresholdsAreStrict() {
		assertThat(classify(incident("a").degradation(51))).isEqualTo(Severity.SEV2);
		assertThat(classify(incident("a").degradation(50))).isEqualTo(Severity.SEV3);
		assertThat(classify(incident("a").degradation(21))).isEqualTo(Severity.SEV3);
		assertThat(classify(incident("a").degradation(20))).isEqualTo(Severity.SEV4);
	}

	@Test
	void defaultIsSev4() {
		SeverityClassifier.Classification c = SeverityClassifier.classify(incident("a").build());
		assertThat(c.severity()).isEqualTo(Severity.SEV4);
		assertThat(c.reason()).isEqualTo("no impact rule fired");
		assertThat(classify(incident("a").unavailable(false).dataLoss(false).security(false).users(0)))
			.isEqualTo(Severity.SEV4);
	}

	@Test
	void dataLossIsSev1RegardlessOfUserImpact() {
		// The seed's code returns SEV3 here (the users rule matches first); its text says SEV1 regardless.
		SeverityClassifier.Classification c = SeverityClassifier
			.classify(incident("a").users(5).dataLoss(true).build());
		assertThat(c.severity()).isEqualTo(Severity.SEV1);
		assertThat(c.reason()).isEqualTo("data_loss");
		assertThat(classify(incident("a").users(5).security(true))).isEqualTo(Severity.SEV1);
	}

	@Test
	void mostSevereOfUsersAndDegradation() {
		assertThat(classify(incident("a").users(5).degradation(60))).isEqualTo(Severity.SEV2);
		assertThat(classify(incident("a").users(20).degradation(30))).isEqualTo(Severity.SEV2);
		SeverityClassifier.Classification c = SeverityClassifier
			.classify(incident("a").users(20).degradation(60).build());
		assertThat(c.reason()).isEqualTo("affected_users_pct 20.0 > 10, performance_degradation_pct 60.0 > 50");
	}

	@Test
	void effectiveKeepsGivenSeverity() {
		assertThat(SeverityClassifier.effective(incident("a").severity(Severity.SEV3).unavailable(true).build()))
			.isEqualTo(Severity.SEV3);
		assertThat(SeverityClassifier.effective(incident("a").unavailable(true).build())).isEqualTo(Severity.SEV1);
	}

}
