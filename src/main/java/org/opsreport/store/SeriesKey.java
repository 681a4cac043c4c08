package org.opsreport.store;

/** A stored series: one metric of one service. */
public record SeriesKey(long id, String service, String metric) {
}
