package org.opsreport.slo;

/**
 * A conclusion for the report, from the Workbook's "Example Error Budget Policy".
 *
 * @param code {@code release_freeze_recommended}, {@code postmortem_mandatory}, {@code postmortem_missing}, {@code stale_data},
 * {@code low_traffic} or {@code no_data}
 * @param severity {@code critical}, {@code warning} or {@code info}
 * @param message one sentence for the reader
 * @param incidentId the incident concerned, else {@code null}
 */
public record Finding(String code, String severity, String message, String incidentId) {
}
