package org.opsreport.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateExceptionHandler;
import org.opsreport.OpsReportProperties;
import org.opsreport.units.Durations;

import org.springframework.context.annotation.Bean;

/**
 * FreeMarker for the report: templates from the operator's template folder first, the jar's copy as
 * fallback; {@code .ftlh} auto-escapes HTML, templates that declare the Markdown output format
 * escape Markdown; numbers, dates and booleans never depend on the machine's locale or time zone.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

	@Bean
	Configuration reportTemplates(OpsReportProperties properties) {
		Configuration config = new Configuration(Configuration.VERSION_2_3_34);
		List<TemplateLoader> loaders = new ArrayList<>();
		if (Files.isDirectory(properties.templateDir())) {
			try {
				loaders.add(new FileTemplateLoader(properties.templateDir().toFile()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read templates from " + properties.templateDir(), ex);
			}
		}
		loaders.add(new ClassTemplateLoader(TemplateConfiguration.class, "/templates"));
		config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
		config.setDefaultEncoding("UTF-8");
		config.setOutputEncoding("UTF-8");
		config.setRecognizeStandardFileExtensions(true);
		config.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
		config.setLocale(Locale.ROOT);
		config.setTimeZone(TimeZone.getTimeZone("UTC"));
		config.setNumberFormat("0.##");
		config.setBooleanFormat("c");
		config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		config.setLogTemplateExceptions(false);
		config.setWrapUncheckedExceptions(true);
		config.setFallbackOnNullLoopVariable(false);
		config.setAPIBuiltinEnabled(false);
		// the one formatting library (numbers, percentages, counts, durations, timestamps) of every template;
		// its durations are units.Durations itself, the same words as the Java-made texts
		config.setSharedVariable("durations", durations());
		config.addAutoImport("fmt", "format.ftl");
		return config;
	}

	/** {@link Durations}' static methods as a template model ({@code durations.minutes(m)} in format.ftl). */
	static TemplateModel durations() {
		try {
			return new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build()
				.getStaticModels()
				.get(Durations.class.getName());
		}
		catch (TemplateModelException ex) {
			throw new IllegalStateException("Cannot expose " + Durations.class.getName() + " to the templates", ex);
		}
	}

}
