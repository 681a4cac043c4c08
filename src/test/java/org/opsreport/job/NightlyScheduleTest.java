package org.opsreport.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The schedule's ticks and report dates, and the no-overlap guard, without waiting for real time. */
class NightlyScheduleTest {

	static final String CRON = "0 30 2 * * *";

	@Test
	void ticksAt0230InTheZoneAndReportsThePreviousDayOfThatZone() {
		NightlySchedule utc = new NightlySchedule(CRON, ZoneId.of("UTC"));
		Instant next = utc.nextTick(Instant.parse("2026-11-24T12:00:00Z"));
		assertThat(next).isEqualTo(Instant.parse("2026-11-25T02:30:00Z"));
		assertThat(utc.reportDateFor(next)).isEqualTo(LocalDate.parse("2026-11-24"));
		// the next tick after a tick is a day later, not the same instant again
		assertThat(utc.nextTick(next)).isEqualTo(Instant.parse("2026-11-26T02:30:00Z"));

		// Los Angeles (UTC-8 in November): 02:30 PST is 10:30 UTC
		NightlySchedule la = new NightlySchedule(CRON, ZoneId.of("America/Los_Angeles"));
		Instant laNext = la.nextTick(Instant.parse("2026-11-24T12:00:00Z"));
		assertThat(laNext).isEqualTo(Instant.parse("2026-11-25T10:30:00Z"));
		assertThat(la.reportDateFor(laNext)).isEqualTo(LocalDate.parse("2026-11-24"));

		// Auckland (UTC+13 in November): the tick is on the 24th in UTC but the 25th in Auckland,
		// so the previous day is the 24th, not the UTC day before the tick (the 23rd)
		NightlySchedule auckland = new NightlySchedule(CRON, ZoneId.of("Pacific/Auckland"));
		Instant aklNext = auckland.nextTick(Instant.parse("2026-11-24T12:00:00Z"));
		assertThat(aklNext).isEqualTo(Instant.parse("2026-11-24T13:30:00Z"));
		assertThat(auckland.reportDateFor(aklNext)).isEqualTo(LocalDate.parse("2026-11-24"));
	}

	@Test
	void refusesAnInvalidExpression() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NightlySchedule("30 2 * * *", ZoneId.of("UTC")))
			.withMessageContaining("six fields");
	}

	@Test
	void aTickDuringARunIsSkipped() throws Exception {
		NightlySchedule schedule = new NightlySchedule(CRON, ZoneId.of("UTC"));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<LocalDate> runs = Collections.synchronizedList(new ArrayList<>());
		CompletableFuture<OptionalInt> first = CompletableFuture.supplyAsync(() -> schedule
			.tick(Instant.parse("2026-11-25T02:30:00Z"), date -> {
				runs.add(date);
				started.countDown();
				await(release);
				return ExitCodes.COMPLETED;
			}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(schedule.isRunning()).isTrue();

		OptionalInt overlapping = schedule.tick(Instant.parse("2026-11-26T02:30:00Z"), date -> {
			runs.add(date);
			return ExitCodes.COMPLETED;
		});
		assertThat(overlapping).isEmpty();

		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).hasValue(ExitCodes.COMPLETED);
		assertThat(schedule.isRunning()).isFalse();
		assertThat(runs).containsExactly(LocalDate.parse("2026-11-24"));

		// after the run ended the next tick runs
		assertThat(schedule.tick(Instant.parse("2026-11-26T02:30:00Z"), date -> {
			runs.add(date);
			return ExitCodes.FAILED;
		})).hasValue(ExitCodes.FAILED);
		assertThat(runs).containsExactly(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"));
	}

	@Test
	void aFailingRunDoesNotStopTheSchedule() {
		NightlySchedule schedule = new NightlySchedule(CRON, ZoneId.of("UTC"));
		assertThat(schedule.tick(Instant.parse("2026-11-25T02:30:00Z"), date -> {
			throw new IllegalStateException("store unavailable");
		})).hasValue(ExitCodes.FAILED);
		assertThat(schedule.isRunning()).isFalse();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
