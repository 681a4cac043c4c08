package org.opsreport.catalog;

import java.nio.file.Path;

/**
 * Operator configuration that cannot be used. The message names the file, the field and the reason,
 * so that one line on stderr tells the operator what to fix.
 */
public class ConfigException extends RuntimeException {

	public ConfigException(Path file, String field, String reason) {
		super(file + (field == null || field.isEmpty() ? "" : ", field " + field) + ": " + reason);
	}

	/** A feature loader's own error, whose message already names the file and the field. */
	public ConfigException(RuntimeException loaderError) {
		super(loaderError.getMessage(), loaderError);
	}

}
