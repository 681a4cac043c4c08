package org.opsreport.forecast;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.FunctionalTestSupport;
import org.opsreport.job.TestDatabase;
import org.opsreport.store.ReportSections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code opsreport.forecast.calibration.enabled=false} the night scores nothing and stores no multipliers,
 * and its report section says the calibration was off (the line: "the calibration across nights is off"),
 * rather than leaving the day "not recorded".
 */
class IntervalCalibrationOffTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-08");

	@Autowired
	NightlyIntervalCalibration calibration;

	@Autowired
	ReportSections sections;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.register(registry, workspace);
		registry.add("opsreport.forecast.calibration.enabled", () -> "false");
		registry.add("opsreport.forecast.calibration.window", () -> "7");
		TestDatabase.register(registry, "calibration_off");
	}

	@Test
	void anOffNightStoresThatItWasOff() {
		this.calibration.calibrate(DATE);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM interval_calibration", Long.class)).isZero();
		assertThat(this.calibration.multipliers(DATE)).isEqualTo(IntervalCalibration.Multipliers.ONE);
		IntervalsHeld held = this.sections.load(DATE, "intervalCalibration", IntervalsHeld.class).orElseThrow();
		assertThat(held).isEqualTo(IntervalsHeld.off(DATE, 7));
		assertThat(held.enabled()).isFalse();
		assertThat(held.from()).isEqualTo(LocalDate.parse("2026-11-02"));
		assertThat(held.held80()).isNull();
	}

}
