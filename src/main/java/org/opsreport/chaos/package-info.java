/**
 * Chaos experiment safety and hypothesis verdicts: plain Java, no Spring, no I/O, no clock.
 *
 * <p>Entry point: {@link org.opsreport.chaos.ChaosEvaluator#evaluate}; criteria syntax in
 * {@link org.opsreport.chaos.CriteriaParser}; the resilience score is defined on
 * {@code ChaosEvaluator.resilienceScore}.
 */
package org.opsreport.chaos;
