package org.opsreport.units;

/**
 * Durations in human units for text made in Java (findings, recommendations, bottleneck descriptions),
 * and for the templates: {@code fmt.duration} (templates/format.ftl) calls {@link #minutes}, so that a reader sees one
 * style everywhere: "45 min", "6 h 10 min", "4 d 16 h", "> 1 year".
 * <p>
 * Rules, for {@code m} = the minutes rounded half up: under 60, "m min"; under 48 hours, whole hours and
 * the remaining minutes ("1 h", "6 h 10 min"); from one year (525,600 minutes), "> 1 year"; otherwise
 * whole days and the remaining hours rounded half up ("4 d 16 h"; 23.5 remaining hours carry to the next
 * day). Negative values are shown as their minutes ("-5 min"); they do not occur for durations.
 */
public final class Durations {

	/** Minutes in a year of 365 days: from here on the text is "> 1 year". */
	static final long YEAR_MINUTES = 525_600;

	private Durations() {
	}

	/**
	 * @param minutes a duration in minutes (rounded half up to whole minutes)
	 * @return the duration in human units, e.g. "4 d 16 h"
	 */
	public static String minutes(double minutes) {
		long m = Math.round(minutes);
		if (m < 60) {
			return m + " min";
		}
		if (m < 2880) {
			long rest = m % 60;
			return (m / 60) + " h" + (rest > 0 ? " " + rest + " min" : "");
		}
		if (m >= YEAR_MINUTES) {
			return "> 1 year";
		}
		long d = m / 1440;
		long h = Math.round((m - d * 1440) / 60.0);
		if (h == 24) {
			d++;
			h = 0;
		}
		return d + " d" + (h > 0 ? " " + h + " h" : "");
	}

	/**
	 * @param hours a duration in hours
	 * @return the duration in human units, as {@link #minutes(double)} of {@code hours × 60}
	 */
	public static String hours(double hours) {
		return minutes(hours * 60);
	}

}
