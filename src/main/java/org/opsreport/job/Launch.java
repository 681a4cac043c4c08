package org.opsreport.job;

import java.sql.SQLException;

import org.opsreport.catalog.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
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
