package org.opsreport.freshness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.opsreport.pipeline.ReportDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The freshness gate of a report date: the last sample of every stored series against the end of the day
 * ({@link FreshnessGate}), and the exit status the run asks for with {@code opsreport.freshness.fail-when-stale}.
 */
@Component
class FreshnessCheck {

	private static final Logger log = LoggerFactory.getLogger(FreshnessCheck.class);

	private final FreshnessStore store;

	private final FreshnessProperties properties;

	FreshnessCheck(FreshnessStore store, FreshnessProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** The freshness of the data of {@code date}; a stale or partial day is logged as a warning. */
	Freshness assess(LocalDate date) {
		Instant end = ReportDate.end(date);
		Freshness freshness = FreshnessGate.assess(this.store.lastSamples(end), end, this.properties.maxLag());
		if (freshness.anyStale()) {
			log.warn("Data of {} is {}: {}", date, freshness.state(), freshness.message());
		}
		return freshness;
	}

	/** The exit status a completed run of this freshness asks for ({@link FreshnessGate#exitCode}). */
	int exitCode(Freshness freshness) {
		return FreshnessGate.exitCode(freshness, this.properties.failWhenStale());
	}

	/** Why the run asks for {@link #exitCode}, for the command line's last message. */
	static String reason(Freshness freshness) {
		return "its data is " + freshness.state().name().toLowerCase(Locale.ROOT) + ": " + freshness.message()
				+ " (opsreport.freshness.fail-when-stale=true)";
	}

}
