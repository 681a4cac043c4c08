package org.opsreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.opsreport.store.BatchUpdates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of docs/architecture.md and ARCHITECTURE.md, checked on the compiled main classes:
 * no package cycles, features never import the job, the analyses are plain Java, one JDBC style
 * (JdbcClient; batches in {@link BatchUpdates} alone), and only the application's clock bean reads the
 * system clock.
 */
class ArchitectureTest {

	/** The feature packages whose analysis classes must be plain Java (values in, values out). */
	static final String[] DOMAIN = { "org.opsreport.forecast..", "org.opsreport.slo..", "org.opsreport.scaling..",
			"org.opsreport.incident..", "org.opsreport.chaos..", "org.opsreport.overview..", "org.opsreport.dashboard..",
			"org.opsreport.timeseries.." };

	/**
	 * The shell of a feature: its Spring beans and configuration (steps, stores, the services the steps call),
	 * its configuration properties, the loaders of operator files and Batch tasklets, with their nested classes.
	 * Everything else in a feature package is the domain, which may use value types of other packages (a stored
	 * series' samples) but no store or other bean.
	 */
	static final DescribedPredicate<JavaClass> SHELL = new DescribedPredicate<>(
			"a Spring bean, configuration properties, a *Loader of operator files or a Batch *Tasklet") {

		@Override
		public boolean test(JavaClass type) {
			for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
				if (c.isMetaAnnotatedWith(Component.class) || c.isAnnotatedWith(ConfigurationProperties.class)
						|| c.getSimpleName().endsWith("Loader") || c.getSimpleName().endsWith("Tasklet")) {
					return true;
				}
			}
			return false;
		}

	};

	/** A Spring bean: a store, a service, a configuration (the value records nested in one are not). */
	static final DescribedPredicate<JavaClass> BEAN = new DescribedPredicate<>("a Spring bean (store, service)") {

		@Override
		public boolean test(JavaClass type) {
			return type.isMetaAnnotatedWith(Component.class);
		}

	};

	static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.opsreport");
	}

	@Test
	void packagesFormNoCycles() {
		slices().matching("org.opsreport.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void featuresNeverImportTheJob() {
		noClasses().that()
			.resideOutsideOfPackages("org.opsreport.job..", "org.opsreport")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.opsreport.job..")
			.because("features share the pipeline package with the job; job only assembles their steps")
			.check(classes);
	}

	/**
	 * The compiled classes do not show a constant of {@code job} used elsewhere (javac copies its value), so the
	 * sources are read too: no import of {@code org.opsreport.job} outside it.
	 */
	@Test
	void featuresNeverImportTheJobNotEvenItsConstants() throws IOException {
		Path main = Path.of("src/main/java/org/opsreport");
		try (Stream<Path> files = Files.walk(main)) {
			List<String> offenders = files.filter((f) -> f.toString().endsWith(".java"))
				.filter((f) -> !f.startsWith(main.resolve("job")))
				.filter((f) -> read(f).contains("import org.opsreport.job."))
				.map(Path::toString)
				.toList();
			assertThat(offenders).as("sources outside job/ importing job").isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void analysesArePlainJava() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.and(DescribedPredicate.not(SHELL))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.nio.file..",
					"org.opsreport.pipeline..")
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(Clock.class)
			.orShould()
			.dependOnClassesThat(BEAN)
			.because("analysis classes take values and return values: stores, files and the clock stay at the edge")
			.allowEmptyShould(true);
		rule.check(classes);
	}

	@Test
	void storesTalkToTheDatabaseThroughJdbcClient() {
		noClasses().that()
			.doNotBelongToAnyOf(BatchUpdates.class)
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(JdbcTemplate.class, NamedParameterJdbcTemplate.class)
			.because("one JDBC style: stores use JdbcClient; JdbcClient has no batch API, so BatchUpdates alone "
					+ "holds a JdbcTemplate for batchUpdate")
			.check(classes);
	}

	@Test
	void onlyTheClockBeanReadsTheSystemClock() {
		noClasses().that()
			.doNotBelongToAnyOf(OpsReportApplication.class)
			.should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone")
			.because("time is a parameter: analyses get the report date and 'now' from the job (the Clock bean)")
			.check(classes);
	}

}
