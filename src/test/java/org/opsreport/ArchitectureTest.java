package org.opsreport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	@Test
	void probe() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.opsreport");
		EvaluationResult cycles = slices().matching("org.opsreport.(*)..").should().beFreeOfCycles().evaluate(classes);
		System.out.println("CYCLES\n" + String.join("\n", cycles.getFailureReport().getDetails().stream().map(s -> s.lines().findFirst().orElse("")).toList()));
		EvaluationResult job = noClasses().that().resideOutsideOfPackage("org.opsreport.job..").should().dependOnClassesThat().resideInAPackage("org.opsreport.job..").evaluate(classes);
		System.out.println("JOB\n" + String.join("\n", job.getFailureReport().getDetails()));
		EvaluationResult pure = noClasses().that().resideInAnyPackage("org.opsreport.forecast..", "org.opsreport.slo..", "org.opsreport.scaling..", "org.opsreport.incident..", "org.opsreport.chaos..", "org.opsreport.overview..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.nio.file..")
			.orShould().dependOnClassesThat().belongToAnyOf(java.time.Clock.class)
			.orShould().callMethod(java.time.LocalDateTime.class, "now").orShould().callMethod(java.time.Instant.class, "now").orShould().callMethod(java.time.LocalDate.class, "now")
			.evaluate(classes);
		pure.getFailureReport().getDetails().stream().map(s -> s.replaceAll("^[^<]*<(org\\.opsreport(\\.[a-z]\\w*)+\\.[A-Z]\\w*).*$", "$1")).distinct().sorted().forEach(s -> System.out.println("IMPURE " + s));
	}

}
