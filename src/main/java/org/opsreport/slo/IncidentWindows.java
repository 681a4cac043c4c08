package org.opsreport.slo;

import java.time.Instant;
import java.util.List;

/**
 * Where the SLO evaluation gets its incidents from: the incident feature's store implements it, so the SLO
 * feature reads no incident table and does not depend on the incident package.
 */
public interface IncidentWindows {

	/**
	 * The incidents detected before {@code end}, in detection order (a re-run of a past date does not see
	 * later ones); the evaluator clips them to each SLO window. An incident resolved after {@code end} is open
	 * at {@code end}.
	 */
	List<IncidentWindow> detectedBefore(Instant end);

}
