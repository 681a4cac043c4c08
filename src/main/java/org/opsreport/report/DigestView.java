package org.opsreport.report;

import java.util.List;

import org.opsreport.overview.DayIncident;
import org.opsreport.overview.TodaySection;
import org.opsreport.summary.Summary;

/**
 * The cuts of the mail digest (mail.html, mail.md) in the sections it shares with the report: the
 * summary's service table (worst first, as the summary orders it) and the incidents of the day. The
 * report shows every row; a template that sets {@code digest} (the mail) shows these.
 *
 * @param summaryServices the first {@link #SUMMARY_ROWS} services of the summary
 * @param summaryMore services the digest leaves out
 * @param todayIncidents the first {@link #TODAY_ROWS} incidents of the day
 * @param todayMore incidents of the day the digest leaves out
 * @param onlyInReport the day's sections the digest does not show, in report order (named in its footer)
 */
public record DigestView(List<Summary.ServiceLine> summaryServices, int summaryMore, List<DayIncident> todayIncidents,
		int todayMore, List<String> onlyInReport) {

	/** The sections the digest shows (in part). */
	static final java.util.Set<String> MAIL_SECTIONS = java.util.Set.of("summary", "freshness", "findings", "today", "slos",
			"incidents", "forecasts", "scaling", "coverage");

	/** Services of the summary in the mail digest. */
	public static final int SUMMARY_ROWS = 15;

	/** Incidents of the day in the mail digest. */
	public static final int TODAY_ROWS = 10;

	static DigestView of(Summary summary, TodaySection today, List<String> sectionNames) {
		List<Summary.ServiceLine> services = summary == null ? List.of() : summary.services();
		List<DayIncident> incidents = today == null ? List.of() : today.incidents();
		List<Summary.ServiceLine> shownServices = List.copyOf(services.subList(0, Math.min(SUMMARY_ROWS, services.size())));
		List<DayIncident> shownIncidents = List.copyOf(incidents.subList(0, Math.min(TODAY_ROWS, incidents.size())));
		return new DigestView(shownServices, services.size() - shownServices.size(), shownIncidents,
				incidents.size() - shownIncidents.size(),
				sectionNames.stream().filter(name -> !MAIL_SECTIONS.contains(name)).toList());
	}

}
