package org.opsreport.slo;

/** OpenSLO objective {@code op}: a threshold sample is good when {@code value op threshold} holds. */
public enum ThresholdOperator {

	LT("lt"), LTE("lte"), GT("gt"), GTE("gte");

	private final String openSloName;

	ThresholdOperator(String openSloName) {
		this.openSloName = openSloName;
	}

	public String openSloName() {
		return this.openSloName;
	}

	/** Whether {@code value op threshold} holds; false for NaN. */
	public boolean test(double value, double threshold) {
		return switch (this) {
			case LT -> value < threshold;
			case LTE -> value <= threshold;
			case GT -> value > threshold;
			case GTE -> value >= threshold;
		};
	}

	static ThresholdOperator fromOpenSlo(String name) {
		for (ThresholdOperator op : values()) {
			if (op.openSloName.equals(name)) {
				return op;
			}
		}
		return null;
	}

}
