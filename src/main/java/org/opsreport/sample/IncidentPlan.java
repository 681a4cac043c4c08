package org.opsreport.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides the incidents (hand-placed scenarios plus seeded background incidents) before any metric is
 * written, so that the metric simulator can put each incident's disturbance into the series.
 */
final class IncidentPlan {

	/** Causes with weights; the first one is deliberately frequent so that it recurs. */
	private static final String[] CAUSES = { "database connection pool exhaustion",
			"database connection pool exhaustion", "database connection pool exhaustion", "bad deploy (config change)",
			"bad deploy (config change)", "memory leak after release", "third-party dependency degradation",
			"cache stampede after cache flush", "disk full on log volume", "DNS resolution failures",
			"runaway batch job" };

	private final LocalDate lastDay;

	private final Instant start;

	private final Instant end;

	private final List<SampleIncident> incidents = new ArrayList<>();

	private final List<Reservation> reserved = new ArrayList<>();

	private record Reservation(String service, Instant from, Instant to) {
	}

	IncidentPlan(LocalDate endExclusive, int days) {
		this.lastDay = endExclusive.minusDays(1);
		this.end = endExclusive.atStartOfDay(ZoneOffset.UTC).toInstant();
		this.start = endExclusive.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Instant at(int daysBeforeLast, String hhmm) {
		return this.lastDay.minusDays(daysBeforeLast).atTime(LocalTime.parse(hhmm)).toInstant(ZoneOffset.UTC);
	}

	/** Builds the list: scenarios first, then background incidents that avoid them; ids by detection time. */
	List<SampleIncident> build(SplittableRandom random, List<SampleChaosExperiment> chaos) {
		addScenarios();
		for (SampleChaosExperiment c : chaos) {
			for (String s : c.targetServices()) {
				this.reserved.add(new Reservation(s, c.startedAt().minus(Duration.ofHours(2)),
						c.startedAt().plus(Duration.ofMinutes(c.durationMinutes() + 120))));
			}
		}
		// payments: keep the last five days for the slow burn, so its numbers are easy to explain
		this.reserved.add(new Reservation("payments", at(6, "00:00"), this.end));
		// notifications: keep the metric gap free of incidents
		this.reserved.add(new Reservation("notifications", at(0, "00:00"), this.end));
		int days = (int) Duration.between(this.start, this.end).toDays();
		int background = Math.round(days * 0.6f);
		for (int i = 0; i < background; i++) {
			addBackground(random, days);
		}
		List<SampleIncident> inRange = new ArrayList<>();
		for (SampleIncident inc : this.incidents) {
			// keep what is visible in the generated range (a short range keeps the slow burn that started earlier)
			if (inc.effectEnd().isAfter(this.start)) {
				inRange.add(inc);
			}
		}
		inRange.sort(Comparator.comparing(SampleIncident::detectedAt));
		List<SampleIncident> result = new ArrayList<>();
		for (int i = 0; i < inRange.size(); i++) {
			result.add(inRange.get(i).withId(String.format("INC-%04d", 1001 + i)));
		}
		return result;
	}

	private void addScenarios() {
		// the payments slow burn: release on D-5 raises the error ratio; found by an SLO alert the next
		// morning; still open at the end of the data
		scenario(new SampleIncident(null, "Elevated payment authorization failures since release 2026.11.19",
				List.of("payments"), at(5, "14:05"), at(4, "07:50"), at(4, "08:05"), null, null, this.end, "SEV3",
				false, 2.5, false, false, 0, null, "bad deploy (config change)",
				List.of("retry budget for card network lowered in release", "no canary analysis on error ratio"),
				List.of(), List.of(), 0.006, 1.05));
		scenario(new SampleIncident(null, "Payments provider timeouts, card payments failing", List.of("payments"),
				at(0, "10:32"), at(0, "10:38"), at(0, "10:41"), at(0, "11:44"), at(0, "12:35"), at(0, "11:44"),
				"SEV2", false, 24, false, false, 30, null, "third-party dependency degradation",
				List.of("no circuit breaker on provider client", "single payment provider"), List.of(), List.of(),
				0.22, 2.5));
		// inventory bottleneck: the load surge itself is simulated by the metric simulator (09:00-15:30)
		scenario(new SampleIncident(null, "Inventory API slow, order reservations above 2 s", List.of("inventory"),
				at(0, "09:35"), at(0, "10:05"), at(0, "10:12"), at(0, "15:25"), at(0, "16:10"), at(0, "15:25"),
				"SEV3", false, 8, false, false, 45, null, "insufficient capacity for bulk import load",
				List.of("instance pool fixed at 4", "bulk import not rate limited"),
				List.of("rate limit bulk import API", "allow inventory to scale to 8 instances"), List.of(), 0.015,
				1.0));
		scenario(new SampleIncident(null, "Notification delivery delayed (self-healed)", List.of("notifications"),
				at(12, "03:04"), at(12, "03:10"), null, at(12, "03:58"), at(12, "04:05"), at(12, "03:58"), "SEV4",
				false, 0.5, false, false, 10, null, "DNS resolution failures", List.of("resolver cache expired"),
				List.of(), List.of(), 0.02, 1.4));
		// given SEV3, but 35 % affected users is SEV2 by the rules
		scenario(new SampleIncident(null, "SSO logins failing for enterprise users", List.of("auth"), at(7, "13:14"),
				at(7, "13:20"), at(7, "13:24"), at(7, "14:02"), at(7, "14:40"), at(7, "14:02"), "SEV3", false, 35,
				false, false, 15, at(5, "16:00"), "expired TLS certificate",
				List.of("SAML signing certificate expired", "no expiry alert for IdP certificates"),
				List.of("alert 30 days before certificate expiry", "automate certificate rotation"),
				List.of("certificates outside cert-manager are invisible"), 0.12, 1.5));
		scenario(new SampleIncident(null, "Cart \"Add to basket\" fails, items disappear", List.of("cart"),
				at(16, "15:41"), at(16, "15:47"), at(16, "15:50"), at(16, "16:08"), at(16, "17:30"), at(16, "16:08"),
				"SEV1", false, 18, true, false, 40, at(13, "10:00"), "bad deploy (config change)",
				List.of("schema migration dropped a column still read by v41", "rollback took 20 minutes"),
				List.of("expand/contract migrations only", "restore lost baskets from the event log"),
				List.of("migrations need a compatibility window"), 0.3, 2.0));
		// happens inside chaos experiment CH-03 (cart latency injection) and makes it fail
		scenario(new SampleIncident(null, "Cart latency and errors during chaos experiment", List.of("cart"),
				at(4, "14:06"), at(4, "14:09"), at(4, "14:11"), at(4, "14:52"), at(4, "15:05"), at(4, "14:52"),
				"SEV3", false, 6, false, false, 30, null, "chaos experiment blast radius larger than planned",
				List.of("injected latency also hit the session store"), List.of("scope latency injection per dependency"),
				List.of(), 0.04, 6.0));
		// severity left empty: 5 % affected users alone is SEV3 (the seed's first-match code stops there), but a
		// security incident is SEV1 regardless of user impact
		scenario(new SampleIncident(null, "Credential stuffing attack, suspicious logins blocked", List.of("auth"),
				at(23, "02:14"), at(23, "02:21"), at(23, "02:26"), at(23, "02:58"), at(23, "04:30"), at(23, "02:58"),
				null, false, 5, false, true, 15, at(21, "11:00"), "missing rate limit on login endpoint",
				List.of("no per-IP rate limit", "bot detection disabled for the mobile API"),
				List.of("rate limit logins per IP and per account", "force password reset for exposed accounts"),
				List.of("security alerts must page the on-call"), 0.05, 2.0));
		scenario(new SampleIncident(null, "Search unavailable", List.of("search"), at(9, "20:12"), at(9, "20:15"),
				at(9, "20:17"), at(9, "20:35"), at(9, "21:20"), at(9, "20:35"), "SEV1", true, 70, false, false, 90,
				null, "database connection pool exhaustion", List.of(), List.of(), List.of(), 0.7, 3.0));
		scenario(new SampleIncident(null, "Checkout unavailable during primary database failover",
				List.of("checkout", "payments"), at(31, "11:02"), at(31, "11:05"), at(31, "11:07"), at(31, "11:24"),
				at(31, "12:40"), at(31, "11:24"), "SEV1", true, 85, false, false, 95, at(28, "15:00"),
				"database connection pool exhaustion",
				List.of("pool size not adjusted after failover", "health check did not test writes"),
				List.of("size pools per replica", "write-path health check"),
				List.of("failover drills must include the application pools"), 0.8, 3.0));
	}

	private void scenario(SampleIncident incident) {
		this.incidents.add(incident);
		for (String s : incident.services()) {
			this.reserved.add(new Reservation(s, incident.onset().minus(Duration.ofHours(2)),
					incident.effectEnd().plus(Duration.ofHours(2))));
		}
	}

	private void addBackground(SplittableRandom r, int days) {
		for (int attempt = 0; attempt < 30; attempt++) {
			ServiceProfile p = ServiceProfile.SAMPLE.get(r.nextInt(ServiceProfile.SAMPLE.size()));
			int daysBefore = 1 + r.nextInt(Math.max(1, days - 1));
			// most incidents start in business hours, some at night
			int minuteOfDay = (r.nextDouble() < 0.7) ? 7 * 60 + r.nextInt(13 * 60) : r.nextInt(24 * 60);
			Instant onset = this.lastDay.minusDays(daysBefore).atStartOfDay(ZoneOffset.UTC).toInstant()
					.plus(Duration.ofMinutes(minuteOfDay));
			double u = r.nextDouble();
			String sev = (u < 0.1) ? "SEV1" : (u < 0.3) ? "SEV2" : (u < 0.65) ? "SEV3" : "SEV4";
			int effectMinutes = switch (sev) {
				case "SEV1" -> 10 + r.nextInt(16);
				case "SEV2" -> 20 + r.nextInt(26);
				case "SEV3" -> 30 + r.nextInt(61);
				default -> 30 + r.nextInt(91);
			};
			Instant effectEnd = onset.plus(Duration.ofMinutes(effectMinutes));
			if (onset.isBefore(this.start) || !effectEnd.isBefore(this.end.minus(Duration.ofDays(1)))
					|| collides(p.name(), onset, effectEnd)) {
				continue;
			}
			this.incidents.add(background(r, p, sev, onset, effectEnd));
			this.reserved.add(new Reservation(p.name(), onset.minus(Duration.ofHours(2)),
					effectEnd.plus(Duration.ofHours(2))));
			return;
		}
	}

	private SampleIncident background(SplittableRandom r, ServiceProfile p, String sev, Instant onset,
			Instant effectEnd) {
		boolean unavailable = false;
		double users;
		double perf;
		double errorRatio;
		double latency;
		String title;
		switch (sev) {
			case "SEV1" -> {
				unavailable = r.nextBoolean();
				users = unavailable ? 60 + r.nextInt(30) : 51 + r.nextInt(20);
				perf = 60 + r.nextInt(30);
				errorRatio = unavailable ? 0.6 : 0.35;
				latency = 3.0;
				title = unavailable ? p.displayName() + " unavailable" : p.displayName() + " major outage in eu-west-1";
			}
			case "SEV2" -> {
				users = 12 + r.nextInt(30);
				perf = 30 + r.nextInt(30);
				errorRatio = 0.08 + 0.1 * r.nextDouble();
				latency = 2.0;
				title = p.displayName() + " elevated 5xx errors";
			}
			case "SEV3" -> {
				users = 2 + r.nextInt(7);
				perf = 22 + r.nextInt(20);
				errorRatio = 0.01 + 0.03 * r.nextDouble();
				latency = 1.8;
				title = p.displayName() + " latency degradation";
			}
			default -> {
				users = r.nextInt(2) * 0.5;
				perf = 5 + r.nextInt(12);
				errorRatio = 0.005 + 0.005 * r.nextDouble();
				latency = 1.3;
				title = p.displayName() + " intermittent errors";
			}
		}
		Instant detected = onset.plus(Duration.ofMinutes(2 + r.nextInt(7)));
		Instant ack = detected.plus(Duration.ofMinutes(sev.equals("SEV1") ? 1 + r.nextInt(5) : 2 + r.nextInt(25)));
		if (ack.isAfter(effectEnd)) {
			ack = effectEnd;
		}
		Instant resolved = effectEnd.plus(Duration.ofMinutes(10 + r.nextInt(170)));
		String cause = CAUSES[r.nextInt(CAUSES.length)];
		boolean wantsPostmortem = (sev.equals("SEV1") || sev.equals("SEV2")) ? r.nextDouble() < 0.7
				: r.nextDouble() < 0.15;
		Instant postmortem = wantsPostmortem ? resolved.plus(Duration.ofHours(24 + r.nextInt(24 * 6))) : null;
		if (postmortem != null && postmortem.isAfter(this.end)) {
			postmortem = null;
		}
		// a quarter of the incidents come without a severity, to be classified from the impact fields
		String given = (r.nextDouble() < 0.25) ? null : SampleIncident.classify(unavailable, users, false, false, perf);
		List<String> factors = List.of("alerting fired late", "runbook out of date");
		List<String> actions = (postmortem != null) ? List.of("add saturation alert for " + p.name(),
				"update runbook for " + cause) : List.of();
		List<String> lessons = (postmortem != null) ? List.of("watch saturation, not only errors") : List.of();
		return new SampleIncident(null, title, List.of(p.name()), onset, detected, ack, effectEnd, resolved,
				effectEnd, given, unavailable, users, false, false, perf, postmortem, cause,
				(postmortem != null) ? factors : List.of(), actions, lessons, errorRatio, latency);
	}

	private boolean collides(String service, Instant from, Instant to) {
		for (Reservation res : this.reserved) {
			if (res.service().equals(service) && from.isBefore(res.to()) && res.from().isBefore(to)) {
				return true;
			}
		}
		return false;
	}

}
