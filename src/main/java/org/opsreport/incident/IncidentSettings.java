package org.opsreport.incident;

import java.util.EnumMap;
import java.util.Map;

/**
 * Settings of the incident analysis.
 *
 * @param windowDays length of the report window in days (the seed's 30 days), ending with the report date
 * @param recentDays length of the "recent" window of the seed's recommendation rule (7 days)
 * @param estimatedMttrMinutes expected MTTR per severity, compared with the actual MTTR
 * @param recurrenceMinimum how many incidents must share a normalized primary cause for it to be "recurring"
 */
public record IncidentSettings(int windowDays, int recentDays, Map<Severity, Double> estimatedMttrMinutes,
		int recurrenceMinimum) {

	public IncidentSettings {
		if (windowDays < 1 || recentDays < 1) {
			throw new IllegalArgumentException("windowDays and recentDays must be >= 1");
		}
		if (recurrenceMinimum < 2) {
			throw new IllegalArgumentException("recurrenceMinimum must be >= 2");
		}
		estimatedMttrMinutes = Map.copyOf(estimatedMttrMinutes);
	}

	/**
	 * Defaults: 30-day window, 7-day recent window, recurrence from 2 incidents, and estimated MTTR
	 * SEV1 30, SEV2 120, SEV3 240, SEV4 240 minutes.
	 *
	 * <p>The seed calls {@code _estimate_mttr(severity)} but never defines it. We take SEV1 from the
	 * seed's {@code mttr_target_minutes = 30}, and for the others the last step of their escalation
	 * timeline (SEV2: VP Engineering at 120 minutes; SEV3/SEV4: team lead at 240 minutes), i.e. the
	 * response plan expects resolution before its final escalation.
	 */
	public static IncidentSettings defaults() {
		Map<Severity, Double> mttr = new EnumMap<>(Severity.class);
		mttr.put(Severity.SEV1, 30.0);
		mttr.put(Severity.SEV2, 120.0);
		mttr.put(Severity.SEV3, 240.0);
		mttr.put(Severity.SEV4, 240.0);
		return new IncidentSettings(30, 7, mttr, 2);
	}

}
