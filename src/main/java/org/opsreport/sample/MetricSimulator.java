package org.opsreport.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one service at 5-minute steps. The causal chain is the one real systems have:
 * <ol>
 * <li>request rate = mean x daily cycle x weekday/weekend x growth x noise x anomalies;</li>
 * <li>load (percent of one instance) = rate / capacity per instance x 100;</li>
 * <li>instances from a target-tracking autoscaler (scale out at once to ceil(load / target), scale in by one
 * after 15 minutes below) or fixed;</li>
 * <li>CPU = load / instances + noise;</li>
 * <li>queue depth grows while utilization is above 80 % and drains otherwise: q' = 0.85 q + 200 max(0, u - 0.8);</li>
 * <li>latency = base / (1 - u) (M/M/1 style, u capped at 0.96) + queue / rate (Little's law), times the incident
 * factor;</li>
 * <li>requests_total = rate x 300; requests_failed ~ Poisson(total x error ratio), the ratio raised by incidents.</li>
 * </ol>
 * The last day carries two overrides: search oscillates around 70 % CPU (78, 66, 66 every 15 minutes) from 07:00 to 21:00 (flapping), and
 * inventory runs above 90 % from about 09:30 to 15:00 (bottleneck).
 */
final class MetricSimulator {

	static final List<String> METRICS = List.of("cpu_utilization", "memory_utilization", "request_rate",
			"queue_depth", "avg_response_time_ms", "instance_count", "requests_total", "requests_failed");

	static final Duration STEP = Duration.ofMinutes(5);

	/** Growth of the mean rate per day (0.4 %/day, ~14 % over 37 days). */
	private static final double GROWTH_PER_DAY = 0.004;

	private record Anomaly(String service, Instant from, Instant to, double factor) {
	}

	private final ServiceProfile profile;

	private final SplittableRandom random;

	private final List<SampleIncident> incidents;

	private final List<Anomaly> anomalies;

	private final LocalDate lastDay;

	private final Instant lastDayStart;

	private final double memoryPhase;

	private int instances = -1;

	private int belowStreak;

	private double queue;

	private double rateNoise;

	private double memoryNoise;

	MetricSimulator(ServiceProfile profile, SplittableRandom random, List<SampleIncident> incidents,
			IncidentPlan at, LocalDate lastDay) {
		this.profile = profile;
		this.random = random;
		this.incidents = incidents.stream().filter(i -> i.services().contains(profile.name())).toList();
		this.lastDay = lastDay;
		this.lastDayStart = lastDay.atStartOfDay(ZoneOffset.UTC).toInstant();
		this.memoryPhase = random.nextDouble() * 2 * Math.PI;
		this.anomalies = List.of(new Anomaly("catalog", at.at(20, "18:00"), at.at(20, "18:45"), 1.6),
				new Anomaly("search", at.at(11, "13:00"), at.at(11, "13:40"), 1.3),
				new Anomaly("checkout", at.at(13, "19:00"), at.at(13, "20:30"), 0.45),
				new Anomaly("auth", at.at(25, "08:00"), at.at(25, "08:30"), 1.7));
	}

	/** Advances to {@code t} and returns the values in {@link #METRICS} order (already rounded). */
	double[] step(Instant t) {
		ServiceProfile p = this.profile;
		double hours = (t.getEpochSecond() % 86400) / 3600.0;
		LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
		double daysBeforeEnd = Duration.between(t, this.lastDayStart.plus(Duration.ofDays(1))).toMinutes() / 1440.0;
		boolean weekend = day.getDayOfWeek().getValue() >= 6;
		double daily = 1 + p.dailyAmplitude() * Math.sin(2 * Math.PI * (hours - 8) / 24);
		this.rateNoise = 0.8 * this.rateNoise + 0.6 * 0.03 * gaussian();
		double rate = p.meanRate() * daily * (weekend ? p.weekendFactor() : 1.0)
				* (1 - GROWTH_PER_DAY * daysBeforeEnd) * (1 + this.rateNoise + 0.01 * gaussian());
		for (Anomaly a : this.anomalies) {
			if (a.service().equals(p.name()) && !t.isBefore(a.from()) && t.isBefore(a.to())) {
				rate *= a.factor();
			}
		}
		double load = rate / p.capacityPerInstance() * 100;
		if (this.instances < 0) {
			this.instances = p.autoscaled() ? desired(load) : p.fixedInstances();
		}
		int recordedInstances = this.instances;
		boolean lastDayNow = day.equals(this.lastDay);
		double minuteOfDay = hours * 60;
		if (lastDayNow && p.name().equals("search") && minuteOfDay >= 7 * 60 && minuteOfDay < 21 * 60) {
			// a misbehaving reindex client polls in 15-minute waves: CPU 78, 66, 66 % (mean 70 %) at the 5-minute
			// samples, so a 70/60 % threshold policy scales out on the peak and back in 5 minutes later
			double util = 70 + 8 * Math.sin(2 * Math.PI * (minuteOfDay - 7 * 60) / 15 + Math.PI / 2);
			load = util * recordedInstances;
			rate = load * p.capacityPerInstance() / 100;
		}
		if (lastDayNow && p.name().equals("inventory") && minuteOfDay >= 9 * 60 && minuteOfDay < 15.5 * 60) {
			// bulk import: utilization forced to ~95.5 % with 30-minute ramps at both ends
			double normal = load / recordedInstances;
			double target = 95.5 + 1.5 * Math.sin(2 * Math.PI * (minuteOfDay - 9 * 60) / 90);
			double w = Math.min(1, Math.min((minuteOfDay - 9 * 60) / 30, (15.5 * 60 - minuteOfDay) / 30));
			load = (normal + w * (target - normal)) * recordedInstances;
			rate = load * p.capacityPerInstance() / 100;
		}
		double rateRounded = round1(rate);
		double cpu = clamp(load / recordedInstances + 0.8 * gaussian(), 0.5, 99.5);
		double u = Math.min(cpu / 100, 0.96);
		this.queue = 0.85 * this.queue + 200 * Math.max(0, u - 0.8);
		double queueDepth = Math.round(this.queue + Math.abs(2 * gaussian()));
		double errorRatio = p.baseErrorRatio();
		double latencyFactor = 1;
		for (SampleIncident inc : this.incidents) {
			if (inc.affects(p.name(), t)) {
				errorRatio = Math.max(errorRatio, inc.errorRatio() * (0.85 + 0.3 * this.random.nextDouble()));
				latencyFactor = Math.max(latencyFactor, inc.latencyFactor());
			}
		}
		double latency = p.baseLatencyMs() * latencyFactor / (1 - u)
				+ ((rateRounded > 0) ? queueDepth / rateRounded * 1000 : 0);
		latency *= Math.exp(0.05 * gaussian());
		this.memoryNoise = 0.9 * this.memoryNoise + 0.3 * gaussian();
		double memory = clamp(p.memoryBase() + 4 * Math.sin(2 * Math.PI * daysBeforeEnd / 11 + this.memoryPhase)
				+ 0.05 * cpu + this.memoryNoise, 1, 99);
		long total = Math.round(rateRounded * 300);
		long failed = Math.min(total, poisson(total * errorRatio));
		if (p.autoscaled()) {
			autoscale(load);
		}
		return new double[] { round1(cpu), round1(memory), rateRounded, queueDepth, round1(latency),
				recordedInstances, total, failed };
	}

	/** Target tracking: out at once to the desired count, in by one after three samples (15 min) below it. */
	private void autoscale(double load) {
		int want = desired(load);
		if (want > this.instances) {
			this.instances = want;
			this.belowStreak = 0;
		}
		else if (want < this.instances) {
			if (++this.belowStreak >= 3) {
				this.instances--;
				this.belowStreak = 0;
			}
		}
		else {
			this.belowStreak = 0;
		}
	}

	private int desired(double load) {
		int want = (int) Math.ceil(load / this.profile.targetUtilization());
		return Math.max(this.profile.minInstances(), Math.min(this.profile.maxInstances(), want));
	}

	private double gaussian() {
		// Box-Muller by hand: the JDK's nextGaussian algorithm is not specified, byte-identical output is
		double u1 = 1 - this.random.nextDouble();
		double u2 = this.random.nextDouble();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	private long poisson(double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean > 40) {
			return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
		}
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		long k = 0;
		while (product > limit) {
			k++;
			product *= this.random.nextDouble();
		}
		return k;
	}

	static double round1(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}

}
