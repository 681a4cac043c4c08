package org.opsreport.incident;

import java.util.Locale;

/**
 * The seed's {@code ServiceStatus}, derived from the worst incident open on a service.
 *
 * <p>The seed calls {@code _update_service_status(services, severity)} but never defines it; we map
 * by the seed's own severity descriptions (Statuspage uses the same four levels):
 * no open incident or only SEV4 ("no user impact") &rarr; healthy; SEV3 ("minor functionality
 * impacted") &rarr; degraded; SEV2 ("major functionality impacted") &rarr; partial_outage;
 * SEV1 ("service down") &rarr; major_outage.
 */
public enum ServiceStatus {

	HEALTHY, DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE;

	/** The seed's value, e.g. {@code partial_outage}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Status given the worst open severity; {@code null} means no open incident. */
	public static ServiceStatus fromWorstOpen(Severity worstOpen) {
		if (worstOpen == null) {
			return HEALTHY;
		}
		return switch (worstOpen) {
			case SEV1 -> MAJOR_OUTAGE;
			case SEV2 -> PARTIAL_OUTAGE;
			case SEV3 -> DEGRADED;
			case SEV4 -> HEALTHY;
		};
	}

}
