package org.opsreport.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import org.opsreport.OpsReportProperties;
import org.opsreport.output.SpreadsheetSafeCsv;

import org.springframework.stereotype.Component;

/**
 * {@code reports/<date>/forecasts.csv}: every forecast step of the report date's retrain,
 * {@code service,metric,timestamp,forecast,lower80,upper80,lower95,upper95,model}. Values are rounded
 * to four decimals so the file is byte-identical for identical inputs.
 */
@Component
class ForecastsCsv {

	static final List<String> HEADER = List.of("service", "metric", "timestamp", "forecast", "lower80", "upper80",
			"lower95", "upper95", "model");

	private final ModelRegistry registry;

	private final OpsReportProperties properties;

	ForecastsCsv(ModelRegistry registry, OpsReportProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	/**
	 * Streams the rows model by model into a temporary file renamed over the target when complete:
	 * hundreds of services make millions of forecast steps, which must not be held in memory at once.
	 */
	Path write(LocalDate date) {
		Path target = this.properties.outputDir().resolve(date.toString()).resolve("forecasts.csv");
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
					CSVPrinter printer = SpreadsheetSafeCsv.printer(out, HEADER)) {
				for (ModelRegistry.StoredModel model : this.registry.models(date)) {
					for (ForecastPoint p : this.registry.points(model.id())) {
						SpreadsheetSafeCsv.printRecord(printer, List.of(model.service(), model.metric(), p.timestamp().toString(),
								round(p.forecast()), round(p.lower80()), round(p.upper80()), round(p.lower95()),
								round(p.upper95()), model.model()));
					}
				}
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ignored) {
				// the write failed already; that is what is reported
			}
			throw new org.opsreport.output.OutputFileException(target, ex);
		}
		return target;
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}

}
