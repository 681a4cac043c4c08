package org.opsreport.slo;

/**
 * OpenSLO v1 {@code budgetingMethod}.
 * <ul>
 * <li>{@code Occurrences}: SLI = good events / total events; budget in bad events.</li>
 * <li>{@code Timeslices}: a time slice is good when its good ratio is at least {@code timeSliceTarget};
 * SLI = good slices / observed slices; budget in bad minutes.</li>
 * <li>{@code RatioTimeslices}: SLI = mean of the per-slice good ratios; budget in minutes (a slice with
 * ratio r spends {@code (1 - r)} of its length).</li>
 * </ul>
 */
public enum BudgetingMethod {

	OCCURRENCES("Occurrences"), TIMESLICES("Timeslices"), RATIO_TIMESLICES("RatioTimeslices");

	private final String openSloName;

	BudgetingMethod(String openSloName) {
		this.openSloName = openSloName;
	}

	/** The spelling used in OpenSLO and in report.json. */
	public String openSloName() {
		return this.openSloName;
	}

	static BudgetingMethod fromOpenSlo(String name) {
		for (BudgetingMethod method : values()) {
			if (method.openSloName.equals(name)) {
				return method;
			}
		}
		return null;
	}

}
