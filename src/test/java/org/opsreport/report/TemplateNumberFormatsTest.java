package org.opsreport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers reach the page through templates/format.ftl alone ({@code fmt.num}, {@code pct}, {@code count},
 * {@code duration}, {@code hours}): a template that formats a number inline ({@code x?string("0.0")}) drifts
 * from the others (" %" against "%", "146 min" against "2 h 26 min"). Booleans ({@code ?string("yes", "no")})
 * are not numbers and stay allowed.
 */
class TemplateNumberFormatsTest {

	static final Path TEMPLATES = Path.of("templates");

	/** {@code ?string(} with a number pattern: its first character is one of 0 # , . + - ; or %. */
	static final Pattern INLINE_NUMBER_FORMAT = Pattern.compile("\\?string\\(\\s*[\"'][0#,.+\\-;%]");

	@Test
	void noTemplateButFormatFtlFormatsANumberInline() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				if (file.getFileName().toString().equals("format.ftl")) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher m = INLINE_NUMBER_FORMAT.matcher(lines.get(i));
					while (m.find()) {
						offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).substring(m.start(), Math.min(lines.get(i).length(), m.end() + 12)));
					}
				}
			}
		}
		assertThat(offenders).as("inline number formats; use fmt.num/pct/count/duration of templates/format.ftl").isEmpty();
	}

	@Test
	void thePatternFindsANumberFormatAndLetsABooleanPass() {
		assertThat(INLINE_NUMBER_FORMAT.matcher("${x?string(\"0.0\")}%").find()).isTrue();
		assertThat(INLINE_NUMBER_FORMAT.matcher("${(x * 100)?string('+0;-0')} %").find()).isTrue();
		assertThat(INLINE_NUMBER_FORMAT.matcher("${p.active?string(\"yes\", \"no\")}").find()).isFalse();
	}

}
