package org.opsreport.incident;

/**
 * Incident severity, as the seed's {@code IncidentSeverity}: SEV1 is the most severe.
 * <ul>
 * <li>SEV1: critical, service down</li>
 * <li>SEV2: high, major functionality impacted</li>
 * <li>SEV3: medium, minor functionality impacted</li>
 * <li>SEV4: low, no user impact</li>
 * </ul>
 */
public enum Severity {

	SEV1, SEV2, SEV3, SEV4;

	/** The report.json key of this severity: {@code sev1} .. {@code sev4}. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The more severe of two severities (SEV1 wins over SEV2 ...). */
	public static Severity mostSevere(Severity a, Severity b) {
		return (a.ordinal() <= b.ordinal()) ? a : b;
	}

	/** True for SEV1 and SEV2: the seed escalates these and expects a postmortem. */
	public boolean isHigh() {
		return this == SEV1 || this == SEV2;
	}

}
