package org.opsreport.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * When the scheduled nightly runs and for which day, and the guard that never lets two runs overlap.
 * No threads and no waiting here: {@link NightlyScheduler} drives it from a single-threaded
 * scheduler, tests drive it with chosen instants.
 */
final class NightlySchedule {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	private final CronTrigger trigger;

	private final ZoneId zone;

	private final AtomicBoolean running = new AtomicBoolean();

	NightlySchedule(String cron, ZoneId zone) {
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("opsreport.schedule.cron='" + cron
					+ "' is not a cron expression (six fields, seconds first, e.g. \"0 30 2 * * *\")");
		}
		this.trigger = new CronTrigger(cron, zone);
		this.zone = zone;
	}

	CronTrigger trigger() {
		return this.trigger;
	}

	/** The first tick strictly after {@code after}. */
	Instant nextTick(Instant after) {
		SimpleTriggerContext context = new SimpleTriggerContext(Clock.fixed(after, this.zone));
		return this.trigger.nextExecution(context);
	}

	/** The report date of a tick: the day before the tick's day in the schedule's zone. */
	LocalDate reportDateFor(Instant tick) {
		return tick.atZone(this.zone).toLocalDate().minusDays(1);
	}

	/**
	 * Runs the nightly for the day before {@code tick} unless a run started by this schedule is still
	 * going on (then the tick is skipped and logged; the RunLock guards against other processes).
	 * @param nightly runs the nightly for a report date and returns its exit status
	 * @return the exit status, or empty when skipped
	 */
	java.util.OptionalInt tick(Instant tick, ToIntFunction<LocalDate> nightly) {
		LocalDate date = reportDateFor(tick);
		if (!this.running.compareAndSet(false, true)) {
			log.warn("Scheduled nightly for {} not started: the previous scheduled run is still going on", date);
			return java.util.OptionalInt.empty();
		}
		try {
			log.info("Scheduled nightly for {}", date);
			int status = nightly.applyAsInt(date);
			log.info("Scheduled nightly for {} ended with exit status {}", date, status);
			return java.util.OptionalInt.of(status);
		}
		catch (RuntimeException ex) {
			// a failed night must not stop the schedule: the next tick runs (and restarts it if it failed)
			log.error("Scheduled nightly for {} failed: {}", date, ex.getMessage());
			return java.util.OptionalInt.of(ExitCodes.FAILED);
		}
		finally {
			this.running.set(false);
		}
	}

	boolean isRunning() {
		return this.running.get();
	}

}
