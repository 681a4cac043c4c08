package org.opsreport.overview;

import java.util.List;

/** report.json {@code today}: incidents open at the end of the report date or detected during it. */
public record TodaySection(List<DayIncident> incidents) {
}
