package org.opsreport.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operator's optional files and folders of {@code <configDir>} (scaling policies, HPA manifests). */
public final class OperatorFiles {

	private static final Logger log = LoggerFactory.getLogger(OperatorFiles.class);

	private OperatorFiles() {
	}

	/**
	 * Loads {@code path} when it exists; when it does not, logs why nothing is loaded and returns {@code absent}. The
	 * loader's own exception (its message names the file, the document and the field) becomes a
	 * {@link ConfigException}, which stops opsreport at start-up with exit status 2; any other exception passes.
	 * @param absentNote what an absent path means, e.g. "no HPA manifests to replay"
	 * @param loaderError the exception type the loader reports bad content with
	 */
	public static <T> T loadIfPresent(Path path, String absentNote, T absent, Class<? extends RuntimeException> loaderError,
			Function<Path, T> loader) {
		if (!Files.exists(path)) {
			log.info("{} not found: {}", path, absentNote);
			return absent;
		}
		try {
			return loader.apply(path);
		}
		catch (RuntimeException ex) {
			if (loaderError.isInstance(ex)) {
				throw new ConfigException(ex);
			}
			throw ex;
		}
	}

}
