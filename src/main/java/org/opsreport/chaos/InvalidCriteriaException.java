package org.opsreport.chaos;

/** Success criteria that cannot be parsed; the message names the criterion and what is wrong. */
public class InvalidCriteriaException extends IllegalArgumentException {

	public InvalidCriteriaException(String message) {
		super(message);
	}

}
