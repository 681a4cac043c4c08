package org.opsreport.slo;

/**
 * Invalid SLO configuration. The message is the single line an operator needs:
 * file, document (1-based index and metadata.name), field path and the reason, e.g.
 * {@code jobs/slos/checkout.yaml, document 2 (SLO checkout-availability): spec.indicator.spec.ratioMetric.good.metricSource.type: unsupported type 'prometheus' (only 'opsreport')}.
 */
class SloConfigException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SloConfigException(String message) {
		super(message);
	}

	public SloConfigException(String message, Throwable cause) {
		super(message, cause);
	}

}
