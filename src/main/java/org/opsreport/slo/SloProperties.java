package org.opsreport.slo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code opsreport.slo.*} settings: the thresholds of {@link SloSettings}, with its defaults.
 *
 * @param lowTrafficMinEvents a window with fewer events is flagged low-traffic
 * @param topIncidents how many incidents each objective lists, ranked by budget spent
 * @param criticalRemainingPercent {@code error_budget_critical} and the red light below this remaining budget
 * @param amberRemainingPercent the amber light below this remaining budget
 * @param highBurnRate {@code high_burn_rate} when the 1h burn rate is above this
 * @param postmortemBudgetPercent an incident spending more than this share of a budget needs a postmortem
 */
@ConfigurationProperties("opsreport.slo")
public record SloProperties(@DefaultValue("1000") long lowTrafficMinEvents, @DefaultValue("5") int topIncidents,
		@DefaultValue("10") double criticalRemainingPercent, @DefaultValue("50") double amberRemainingPercent,
		@DefaultValue("5") double highBurnRate, @DefaultValue("20") double postmortemBudgetPercent) {

	/** The settings the evaluator takes. */
	public SloSettings toSettings() {
		return new SloSettings(this.lowTrafficMinEvents, this.topIncidents, this.criticalRemainingPercent,
				this.amberRemainingPercent, this.highBurnRate, this.postmortemBudgetPercent);
	}

}
