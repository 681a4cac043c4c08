package org.opsreport.hpa;

/** An HPA manifest that cannot be used; the message names the file, the document and the field. */
class HpaConfigException extends RuntimeException {

	HpaConfigException(String message) {
		super(message);
	}

	HpaConfigException(String message, Throwable cause) {
		super(message, cause);
	}

}
