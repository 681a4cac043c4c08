package org.opsreport.units;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Human durations in Java, checked by hand and against the templates' fmt.duration they mirror. */
class DurationsTest {

	@Test
	void writesMinutesHoursDaysAndYearsAsTheReportDoes() {
		assertThat(Durations.minutes(0)).isEqualTo("0 min");
		assertThat(Durations.minutes(44.6)).isEqualTo("45 min");
		assertThat(Durations.minutes(59.4)).isEqualTo("59 min");
		assertThat(Durations.minutes(60)).isEqualTo("1 h");
		assertThat(Durations.minutes(355)).isEqualTo("5 h 55 min");
		assertThat(Durations.minutes(2879)).isEqualTo("47 h 59 min");
		assertThat(Durations.minutes(2880)).isEqualTo("2 d");
		// 6730 min = 4 d 16 h 10 min: the remaining hours rounded
		assertThat(Durations.minutes(6730)).isEqualTo("4 d 16 h");
		// 3 d 23 h 40 min: 23.67 h round to 24 and carry into the days
		assertThat(Durations.minutes(3 * 1440 + 23 * 60 + 40)).isEqualTo("4 d");
		assertThat(Durations.minutes(525_599)).isEqualTo("365 d");
		assertThat(Durations.minutes(525_600)).isEqualTo("> 1 year");
		assertThat(Durations.hours(1242.3 * 24)).isEqualTo("> 1 year");
		assertThat(Durations.hours(112)).isEqualTo("4 d 16 h");
	}

	@Test
	void agreesWithTheTemplatesFmtDuration() throws Exception {
		Configuration config = new Configuration(Configuration.VERSION_2_3_34);
		config.setDirectoryForTemplateLoading(Path.of("templates").toFile());
		config.setSharedVariable("durations", new freemarker.template.DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34)
			.build()
			.getStaticModels()
			.get(Durations.class.getName()));
		config.addAutoImport("fmt", "format.ftl");
		Template probe = new Template("probe", "<#list values as v>${fmt.duration(v)}\n</#list>", config);
		List<Double> values = new ArrayList<>();
		for (long m = 0; m < 3000; m++) {
			values.add((double) m);
		}
		for (long m = 3000; m < 600_000; m += 7) {
			values.add((double) m);
		}
		values.addAll(List.of(0.4, 0.5, 59.5, 2879.5, 6730.0, 5_745.0, 525_600.0, 1.0e9));
		StringWriter out = new StringWriter();
		probe.process(Map.of("values", values), out);
		String[] template = out.toString().split("\n");
		assertThat(template).hasSize(values.size());
		for (int i = 0; i < values.size(); i++) {
			assertThat(Durations.minutes(values.get(i))).as("%s minutes", values.get(i)).isEqualTo(template[i]);
		}
	}

}
