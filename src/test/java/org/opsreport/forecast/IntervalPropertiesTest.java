package org.opsreport.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The time-of-day normalization as the job binds it: on by default with sensitivity 0.5, bounded sensitivity. */
class IntervalPropertiesTest {

	private static IntervalProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values))
			.bindOrCreate("opsreport.forecast.intervals", IntervalProperties.class);
	}

	@Test
	void onWithSensitivityHalfUnlessTurnedOff() {
		// the measured default (bench/README.md, "Edge-aware scores with time-of-day normalization")
		IntervalProperties defaults = bind(Map.of());
		assertThat(defaults.timeOfDay()).isTrue();
		assertThat(defaults.normalization()).isEqualTo(TimeOfDayNormalization.withBeta(0.5));
		assertThat(defaults).isEqualTo(IntervalProperties.DEFAULTS);
		assertThat(bind(Map.of("opsreport.forecast.intervals.time-of-day", "false")).normalization())
			.isEqualTo(TimeOfDayNormalization.OFF);
	}

	@Test
	void onWithTheMeasuredSensitivityOrTheGivenOne() {
		assertThat(bind(Map.of("opsreport.forecast.intervals.time-of-day", "true")).normalization())
			.isEqualTo(TimeOfDayNormalization.withBeta(0.5));
		assertThat(bind(Map.of("opsreport.forecast.intervals.time-of-day", "true",
				"opsreport.forecast.intervals.time-of-day-sensitivity", "0")).normalization())
			.isEqualTo(TimeOfDayNormalization.withBeta(0));
	}

	@Test
	void sensitivityIsBoundedAtTheDoor() {
		assertThatThrownBy(() -> new IntervalProperties(true, -0.1))
			.hasMessageContaining("opsreport.forecast.intervals.time-of-day-sensitivity must be between 0 and 10, not -0.1");
		assertThatThrownBy(() -> new IntervalProperties(true, 11)).hasMessageContaining("not 11.0");
		assertThatThrownBy(() -> new IntervalProperties(true, Double.NaN)).hasMessageContaining("not NaN");
		assertThat(new IntervalProperties(true, 10).normalization().beta()).isEqualTo(10);
	}

}
