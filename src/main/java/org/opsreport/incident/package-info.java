/**
 * Incidents and postmortems: plain Java, no Spring, no I/O (except the YAML column
 * mapping loader), no clock.
 *
 * <p>Entry points: {@link org.opsreport.incident.IncidentAnalyzer#analyze} (incident metrics for a report
 * date), {@link org.opsreport.incident.IncidentColumnMappingLoader#load} (column mapping
 * for real exports). Rules and thresholds come from the seed's {@code SiteReliabilityManager}; where the
 * seed leaves something undefined ({@code _estimate_mttr}, {@code _update_service_status}) the choice is
 * documented where it is made.
 */
package org.opsreport.incident;
