package org.opsreport.job;

import java.sql.SQLException;

import org.opsreport.catalog.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application and turns every way it can end into an exit status and, on failure, one
 * line on stderr (the stack trace goes to the debug log).
 */
public final class Launch {

	private static final Logger log = LoggerFactory.getLogger(Launch.class);

	private Launch() {
	}

	public static int run(Class<?> application, String[] args) {
		try {
			ConfigurableApplicationContext context = SpringApplication.run(application, args);
			return SpringApplication.exit(context);
		}
		catch (Throwable ex) {
			log.debug("opsreport failed to start", ex);
			Failure failure = explain(ex);
			// one line, whatever the exception's message looks like
			System.err.println("opsreport: " + failure.message().replaceAll("\\s*\\R\\s*", " ").strip());
			return failure.exitCode();
		}
	}

	static Failure explain(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ConfigException) {
				return new Failure(ExitCodes.USAGE, "configuration error: " + t.getMessage());
			}
			if (t instanceof BindException bind) {
				return new Failure(ExitCodes.USAGE, invalidProperty(bind));
			}
			if (t instanceof CommandException command) {
				return new Failure(command.exitCode(), command.getMessage());
			}
			if (t instanceof SQLException sql && isLocked(sql)) {
				return new Failure(ExitCodes.STORE_UNAVAILABLE,
						"the store is locked by another opsreport process (a run is going on?); try again when it ends ("
								+ firstLine(sql.getMessage()) + ")");
			}
			if (t instanceof java.net.ConnectException || (t instanceof SQLException sql && "08001".equals(sql.getSQLState()))) {
				return new Failure(ExitCodes.STORE_UNAVAILABLE, "cannot connect to the store: " + firstLine(t.getMessage()));
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return new Failure(ExitCodes.FAILED, firstLine(root.getClass().getSimpleName() + ": " + root.getMessage()));
	}

	/**
	 * A property value Spring Boot cannot bind ({@code --opsreport.ingest.chunk-size=abc}) or that the
	 * properties record refuses: names the property, the value given and the reason, without the
	 * binder's class names. The value is cut to 80 characters (it may come from a file).
	 */
	static String invalidProperty(BindException bind) {
		ConfigurationProperty property = bind.getProperty();
		String name = property != null ? property.getName().toString() : bind.getName().toString();
		String value = property != null && property.getValue() != null ? String.valueOf(property.getValue()) : null;
		// a value that cannot be converted: say what was expected; a value the record refused: its reason
		boolean conversion = false;
		String why = null;
		for (Throwable t = bind.getCause(); t != null && why == null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.springframework.core.convert.ConversionException) {
				conversion = true;
			}
			else if (!t.getClass().getName().startsWith("org.springframework.") && t.getMessage() != null) {
				why = conversion ? "expected " + expectedType(bind) : t.getMessage();
			}
		}
		if (why == null) {
			why = "expected " + expectedType(bind);
		}
		return "invalid value " + (value == null ? "" : "'" + cut(value) + "' ") + "for property " + name + ": "
				+ firstLine(why);
	}

	private static String expectedType(BindException bind) {
		var type = bind.getTarget().getType();
		Class<?> raw = type.resolve();
		if (raw == null) {
			return type.toString();
		}
		if (raw == java.time.Duration.class) {
			return "a duration such as PT48H or 30s";
		}
		if (raw == java.time.Period.class) {
			return "a period such as P28D or 28d";
		}
		if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
			return "a whole number";
		}
		if (raw == double.class || raw == Double.class) {
			return "a number";
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return "true or false";
		}
		return "a value of type " + raw.getSimpleName();
	}

	private static String cut(String value) {
		String line = value.replaceAll("\\p{Cntrl}", "?");
		return line.length() <= 80 ? line : line.substring(0, 80) + "...";
	}

	/** H2 error 90020: "Database may be already in use". */
	private static boolean isLocked(SQLException ex) {
		return ex.getErrorCode() == 90020 || String.valueOf(ex.getMessage()).contains("already in use");
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		int newline = text.indexOf('\n');
		return (newline < 0 ? text : text.substring(0, newline)).trim();
	}

	record Failure(int exitCode, String message) {
	}

}
