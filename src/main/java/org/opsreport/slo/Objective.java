package org.opsreport.slo;

import java.time.Duration;

/**
 * One OpenSLO objective of an SLO.
 *
 * @param name {@code displayName}, else {@code name}, else the target as a percentage (e.g. {@code 99.9%})
 * @param target the target as a fraction in (0, 1) ({@code targetPercent} is divided by 100)
 * @param op threshold operator; only for threshold indicators, otherwise {@code null}
 * @param value threshold; only for threshold indicators, otherwise {@code null}
 * @param timeSliceTarget good-ratio a slice needs to be good (Timeslices only), in (0, 1]
 * @param timeSliceWindow slice length (Timeslices and RatioTimeslices), otherwise {@code null}
 */
public record Objective(String name, double target, ThresholdOperator op, Double value, Double timeSliceTarget,
		Duration timeSliceWindow) {

	public Objective {
		if (!(target > 0 && target < 1)) {
			throw new IllegalArgumentException("target must be in (0, 1): " + target);
		}
	}

	/** The error budget as a fraction of events or time: {@code 1 - target}. */
	public double budgetFraction() {
		return 1 - this.target;
	}

}
