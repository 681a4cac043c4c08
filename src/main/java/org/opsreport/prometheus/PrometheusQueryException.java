package org.opsreport.prometheus;

/** The server answered, but not with the one series a mapped query must give (a bad query, several series). */
class PrometheusQueryException extends RuntimeException {

	PrometheusQueryException(String message) {
		super(message);
	}

}
