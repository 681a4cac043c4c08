/**
 * The SRE dashboard (the seed's {@code generate_sre_dashboard}): per-service reliability rows, incident metrics,
 * reliability trends against the previous period as its report stored it, and the burndown points late data
 * changed. {@link org.opsreport.dashboard.SreDashboardCalculator#compute} is plain Java;
 * {@code DashboardService} reads and writes the stored sections, {@code DashboardSteps} is the Batch step.
 */
package org.opsreport.dashboard;
