package org.opsreport.chaos;

/** Success criteria that cannot be parsed; the message names the criterion and what is wrong. */
class InvalidCriteriaException extends IllegalArgumentException {

	public InvalidCriteriaException(String message) {
		super(message);
	}

}
