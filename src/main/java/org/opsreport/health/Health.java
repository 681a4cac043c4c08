package org.opsreport.health;

import java.util.Comparator;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The one status vocabulary of the report: every objective, service and report day is RED, AMBER,
 * GREEN or UNKNOWN, decided by {@link HealthRules} and nowhere else (docs/slo.md, "Status"). Stored and
 * written to report.json as the lower-case label ({@code "red"}); templates show {@link #label()}.
 */
public enum Health {

	/** Act now: an objective's budget is (nearly) spent or paging, or a SEV1 is open. */
	RED,
	/** Watch: budget below half, a ticket-level burn or a burn faster than the budget allows, an open incident. */
	AMBER,
	/** Inside every objective, nothing open. */
	GREEN,
	/** Not judged: no data to judge on. */
	UNKNOWN;

	/** Worst first: RED, AMBER, UNKNOWN, GREEN (an unknown is worse news than a green). */
	public static final Comparator<Health> WORST_FIRST = Comparator.comparingInt(Health::severity);

	/** The label in report.json, the templates and the mail subject: {@code red}, {@code amber}, ... */
	@JsonValue
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads a stored label; case does not matter. */
	@JsonCreator
	public static Health of(String label) {
		return valueOf(label.trim().toUpperCase(Locale.ROOT));
	}

	/** The worse of two. */
	public Health worse(Health other) {
		return WORST_FIRST.compare(this, other) <= 0 ? this : other;
	}

	private int severity() {
		return switch (this) {
			case RED -> 0;
			case AMBER -> 1;
			case UNKNOWN -> 2;
			case GREEN -> 3;
		};
	}

	@Override
	public String toString() {
		return label();
	}

}
