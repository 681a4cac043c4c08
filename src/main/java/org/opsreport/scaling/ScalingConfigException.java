package org.opsreport.scaling;

/** An invalid {@code scaling-policies.yaml}; the message names the file, the policy and the field. */
class ScalingConfigException extends RuntimeException {

	public ScalingConfigException(String message) {
		super(message);
	}

	public ScalingConfigException(String message, Throwable cause) {
		super(message, cause);
	}

}
