package org.opsreport.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opsreport.OpsReportProperties;
import org.opsreport.output.AtomicFiles;
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

	Path write(LocalDate date) {
		List<List<?>> rows = new ArrayList<>();
		for (ModelRegistry.StoredModel model : this.registry.models(date)) {
			for (ForecastPoint p : this.registry.points(model.id())) {
				rows.add(List.of(model.service(), model.metric(), p.timestamp().toString(), round(p.forecast()),
						round(p.lower80()), round(p.upper80()), round(p.lower95()), round(p.upper95()), model.model()));
			}
		}
		Path target = this.properties.outputDir().resolve(date.toString()).resolve("forecasts.csv");
		AtomicFiles.write(target, SpreadsheetSafeCsv.format(HEADER, rows));
		return target;
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}

}
