package org.opsreport.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToIntFunction;

import org.opsreport.catalog.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The long-running mode: a single-threaded scheduler fires {@link NightlySchedule} at each cron tick
 * until the application is stopped (SIGTERM, Ctrl-C). One thread means a tick that comes due during
 * a run waits for it and then finds the guard free only after the run ended; the guard itself skips
 * overlapping ticks, and the RunLock refuses a run another process holds.
 */
@Component
class NightlyScheduler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);

	private final ScheduleSettings settings;

	private final Clock clock;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final NightlySchedule schedule;

	private volatile ThreadPoolTaskScheduler scheduler;

	NightlyScheduler(ScheduleSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		try {
			this.schedule = settings.enabled() ? new NightlySchedule(settings.cron(), settings.zone()) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigException(java.nio.file.Path.of("settings"), "opsreport.schedule.cron", ex.getMessage());
		}
	}

	boolean enabled() {
		return this.schedule != null;
	}

	/** Schedules {@code nightly} and blocks until the application stops. */
	void runUntilStopped(ToIntFunction<LocalDate> nightly) {
		ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
		tasks.setPoolSize(1);
		tasks.setThreadNamePrefix("opsreport-schedule-");
		tasks.setClock(this.clock);
		tasks.setWaitForTasksToCompleteOnShutdown(false);
		tasks.initialize();
		this.scheduler = tasks;
		tasks.schedule(() -> this.schedule.tick(this.clock.instant(), nightly), this.schedule.trigger());
		var next = this.schedule.nextTick(this.clock.instant());
		log.info("Scheduled mode: nightly at '{}' ({}); next run {} for {}", this.settings.cron(), this.settings.zone(), next,
				this.schedule.reportDateFor(next));
		try {
			this.stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			tasks.shutdown();
		}
	}

	@Override
	public void destroy() {
		ThreadPoolTaskScheduler tasks = this.scheduler;
		if (tasks != null) {
			tasks.shutdown();
		}
		this.stopped.countDown();
	}

}
