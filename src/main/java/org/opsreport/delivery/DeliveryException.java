package org.opsreport.delivery;

/** The report could not be sent; the message is the one line the operator sees. */
class DeliveryException extends RuntimeException {

	DeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
