package org.opsreport.incident;

import java.time.Instant;
import java.util.List;

/** Test builder for {@link Incident}. */
public final class Incidents {

	private String id;

	private String title;

	private List<String> services = List.of();

	private Instant detected;

	private Instant resolved;

	private Severity severity;

	private Instant acknowledged;

	private Boolean unavailable;

	private Double users;

	private Boolean dataLoss;

	private Boolean security;

	private Double degradation;

	private Instant postmortem;

	private String cause;

	private List<String> actions = List.of();

	public static Incidents incident(String id) {
		Incidents b = new Incidents();
		b.id = id;
		b.title = "Incident " + id;
		b.detected = Instant.parse("2026-03-10T00:00:00Z");
		return b;
	}

	public Incidents services(String... services) {
		this.services = List.of(services);
		return this;
	}

	public Incidents detected(String t) {
		this.detected = Instant.parse(t);
		return this;
	}

	public Incidents resolved(String t) {
		this.resolved = Instant.parse(t);
		return this;
	}

	public Incidents acknowledged(String t) {
		this.acknowledged = Instant.parse(t);
		return this;
	}

	public Incidents severity(Severity s) {
		this.severity = s;
		return this;
	}

	public Incidents unavailable(boolean b) {
		this.unavailable = b;
		return this;
	}

	public Incidents users(double pct) {
		this.users = pct;
		return this;
	}

	public Incidents dataLoss(boolean b) {
		this.dataLoss = b;
		return this;
	}

	public Incidents security(boolean b) {
		this.security = b;
		return this;
	}

	public Incidents degradation(double pct) {
		this.degradation = pct;
		return this;
	}

	public Incidents postmortem(String t) {
		this.postmortem = Instant.parse(t);
		return this;
	}

	public Incidents cause(String c) {
		this.cause = c;
		return this;
	}

	public Incidents actions(String... items) {
		this.actions = List.of(items);
		return this;
	}

	public Incident build() {
		return new Incident(id, title, services, detected, resolved, severity, acknowledged, null, unavailable, users,
				dataLoss, security, degradation, postmortem, cause, List.of(), actions, List.of());
	}

}
