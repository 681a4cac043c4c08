package org.opsreport.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run per job and report date at a time, across processes sharing the store. A holder renews
 * its lease every few seconds; a lease not renewed for {@link #STALE_AFTER} belongs to a crashed run
 * (kill -9, power loss) and is taken over, so a crash never blocks the next night. A lease of a
 * process of this host that no longer exists is stale at once.
 */
@Component
class RunLock {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunLock.class);

	static final Duration STALE_AFTER = Duration.ofSeconds(60);

	private static final Duration RENEW_EVERY = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private static final String HOST = hostName();

	/** host:pid:start, so a lease of a process that died on this host is recognised at once. */
	private final String owner = HOST + ":" + ProcessHandle.current().pid() + ":" + System.nanoTime();

	RunLock(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Takes the lease of {@code name}, or returns empty when a live run holds it.
	 * @return a handle that renews the lease until closed
	 */
	public Optional<Lease> tryAcquire(String name) {
		Boolean acquired;
		try {
			acquired = this.transactions.execute(status -> {
				long now = this.clock.millis();
				var holder = this.jdbc.sql("SELECT owner, heartbeat_at FROM run_lock WHERE lock_name = ? FOR UPDATE")
					.param(name)
					.query((rs, n) -> new Holder(rs.getString(1), rs.getLong(2)))
					.optional();
				if (holder.isEmpty()) {
					this.jdbc.sql("INSERT INTO run_lock (lock_name, owner, heartbeat_at) VALUES (?, ?, ?)")
						.params(name, this.owner, now)
						.update();
					return true;
				}
				if (holder.get().isStale(now)) {
					this.jdbc.sql("UPDATE run_lock SET owner = ?, heartbeat_at = ? WHERE lock_name = ?")
						.params(this.owner, now, name)
						.update();
					return true;
				}
				return false;
			});
		}
		catch (DataIntegrityViolationException raced) {
			return Optional.empty(); // another process inserted the same lease first
		}
		return Boolean.TRUE.equals(acquired) ? Optional.of(new Lease(name)) : Optional.empty();
	}

	/**
	 * Whether a lease is left by a run that ended without releasing it (killed, power loss): the marker
	 * of an unclean end, after which an embedded store is verified before anything reads it.
	 */
	public boolean hasAbandonedLease() {
		long now = this.clock.millis();
		return this.jdbc.sql("SELECT owner, heartbeat_at FROM run_lock")
			.query((rs, n) -> new Holder(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.anyMatch(holder -> holder.isStale(now));
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return "localhost";
		}
	}

	private record Holder(String owner, long heartbeatAt) {

		boolean isStale(long now) {
			if (now - this.heartbeatAt > STALE_AFTER.toMillis()) {
				return true;
			}
			String[] parts = this.owner.split(":");
			if (parts.length == 3 && parts[0].equals(HOST)) {
				try {
					return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
			return false;
		}

	}

	/** A held lease; closing it releases the lock. */
	public final class Lease implements AutoCloseable {

		private final String name;

		private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "run-lock-renewer");
			thread.setDaemon(true);
			return thread;
		});

		private Lease(String name) {
			this.name = name;
			this.renewer.scheduleAtFixedRate(this::renew, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
					TimeUnit.MILLISECONDS);
		}

		private void renew() {
			// an exception would cancel the schedule for good, and the lease would go stale under a live run
			try {
				RunLock.this.jdbc.sql("UPDATE run_lock SET heartbeat_at = ? WHERE lock_name = ? AND owner = ?")
					.params(RunLock.this.clock.millis(), this.name, RunLock.this.owner)
					.update();
			}
			catch (RuntimeException ex) {
				log.warn("Cannot renew the run lease {} (will try again): {}", this.name, ex.getMessage());
			}
		}

		@Override
		public void close() {
			this.renewer.shutdownNow();
			RunLock.this.jdbc.sql("DELETE FROM run_lock WHERE lock_name = ? AND owner = ?")
				.params(this.name, RunLock.this.owner)
				.update();
		}

	}

}
