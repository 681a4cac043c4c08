package org.opsreport.freshness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opsreport.pipeline.RequestedExitCode;

/**
 * Decides whether the data behind a report date is fresh enough to judge. Pure: the report end and the
 * last samples are parameters.
 * <p>
 * Rule: a series is <b>stale</b> when {@code reportEnd - lastSample > maxLag}, or when it has no sample before
 * {@code reportEnd} at all. (A 5-minute series that is complete has its last sample at 23:55, a lag of 5
 * minutes.) The day is {@link Freshness.State#STALE} when every series is stale (or the store holds none),
 * {@link Freshness.State#PARTIAL} when some are, {@link Freshness.State#FRESH} otherwise.
 * <p>
 * What follows from it: an SLO whose own series are stale is not judged (status {@code unknown}, its
 * figures as of its last sample, see {@code SloEvaluator}); the headline of a STALE day is {@code unknown} and
 * says since when nothing arrived; a PARTIAL day names the services; and with
 * {@code opsreport.freshness.fail-when-stale} the nightly run exits {@link RequestedExitCode#STALE_DATA}.
 */
public final class FreshnessGate {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	private FreshnessGate() {
	}

	/** True when {@code lastSample} is {@code null} or lies more than {@code maxLag} before {@code end}. */
	public static boolean isStale(Instant lastSample, Instant end, Duration maxLag) {
		return lastSample == null || Duration.between(lastSample, end).compareTo(maxLag) > 0;
	}

	/** The freshness of the data of the report date ending at {@code end}. */
	public static Freshness assess(List<SeriesLastSample> series, Instant end, Duration maxLag) {
		Map<String, List<SeriesLastSample>> byService = new TreeMap<>();
		for (SeriesLastSample s : series) {
			byService.computeIfAbsent(s.service(), (k) -> new ArrayList<>()).add(s);
		}
		List<Freshness.StaleService> services = new ArrayList<>();
		int stale = 0;
		Instant staleSince = null;
		for (Map.Entry<String, List<SeriesLastSample>> entry : byService.entrySet()) {
			List<String> metrics = new ArrayList<>();
			Instant newest = null;
			for (SeriesLastSample s : entry.getValue()) {
				if (isStale(s.lastSample(), end, maxLag)) {
					metrics.add(s.metric());
					newest = later(newest, s.lastSample());
				}
			}
			if (!metrics.isEmpty()) {
				metrics.sort(null);
				stale += metrics.size();
				staleSince = later(staleSince, newest);
				services.add(new Freshness.StaleService(entry.getKey(), metrics.size(), entry.getValue().size(), newest, metrics));
			}
		}
		Freshness.State state = (series.isEmpty() || stale == series.size()) ? Freshness.State.STALE
				: stale > 0 ? Freshness.State.PARTIAL : Freshness.State.FRESH;
		return new Freshness(state, end, maxLag, series.size(), stale, staleSince,
				message(state, series.size(), stale, staleSince, services), services);
	}

	/**
	 * The exit status of a completed nightly run: {@link RequestedExitCode#STALE_DATA} when {@code failWhenStale} and any
	 * series is stale, else {@link RequestedExitCode#NONE}.
	 */
	public static int exitCode(Freshness freshness, boolean failWhenStale) {
		return failWhenStale && freshness.anyStale() ? RequestedExitCode.STALE_DATA : RequestedExitCode.NONE;
	}

	/** An instant to the minute, UTC: {@code 2026-11-24 23:55}. */
	public static String minute(Instant instant) {
		return MINUTE.format(instant);
	}

	private static String message(Freshness.State state, int series, int stale, Instant since,
			List<Freshness.StaleService> services) {
		return switch (state) {
			case FRESH -> null;
			case STALE -> series == 0 ? "no metrics stored"
					: "no metrics " + (since == null ? "at all" : "since " + minute(since) + " UTC") + " for " + stale + " of "
							+ series + " series";
			case PARTIAL -> {
				List<String> parts = new ArrayList<>();
				for (Freshness.StaleService s : services) {
					parts.add(s.service() + " (" + s.staleSeries() + " of " + s.series() + " series, "
							+ (s.lastSample() == null ? "never" : "none since " + minute(s.lastSample()) + " UTC") + ")");
				}
				yield "stale data for " + stale + " of " + series + " series: " + String.join(", ", parts);
			}
		};
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || !b.isAfter(a)) ? a : b;
	}

}
