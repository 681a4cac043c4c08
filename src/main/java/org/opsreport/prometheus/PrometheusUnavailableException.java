package org.opsreport.prometheus;

/**
 * The Prometheus server cannot be reached (refused, timed out, no route): the night cannot have its data. Its cause is
 * the network exception, which the command line turns into exit status 4, as for an unreachable store.
 */
public class PrometheusUnavailableException extends RuntimeException {

	PrometheusUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
