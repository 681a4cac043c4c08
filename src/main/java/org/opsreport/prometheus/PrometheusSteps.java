package org.opsreport.prometheus;

import java.util.List;

import org.opsreport.ingest.SampleTable;
import org.opsreport.slo.MetricSourceMapping;
import org.opsreport.slo.MetricSourceMapping.QuerySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Prometheus as a metric source: with {@code opsreport.prometheus.url} set, the ingest step {@code pullPrometheus}
 * (after the CSV exports) pulls every {@code type: Prometheus} entry of {@code jobs/metric-sources.yaml}
 * that has a {@code spec.query} into its stored series, one {@code query_range} request per chunk (see
 * {@link PrometheusReader} for the window and the restart state).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${opsreport.prometheus.url:}'.isBlank()")
class PrometheusSteps {

	private static final Logger log = LoggerFactory.getLogger(PrometheusSteps.class);

	static final String TYPE = "prometheus";

	@Bean
	Step pullPrometheusStep(PrometheusProperties properties, MetricSourceMapping mapping, SampleTable samples,
			JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		List<QuerySource> sources = mapping.querySources(TYPE);
		log.info("Prometheus source {}: {} mapped queries from {}", properties.url(), sources.size(), mapping.file());
		PrometheusReader reader = new PrometheusReader(new PrometheusClient(properties), properties, sources,
				(source) -> samples.last(source.target().service(), source.target().metric()).orElse(null));
		return new StepBuilder("pullPrometheus", jobRepository).<PulledRange, PulledRange>chunk(1)
			.transactionManager(transactionManager)
			.reader(reader)
			.writer(new PrometheusSampleWriter(samples))
			.listener((StepExecutionListener) reader)
			.build();
	}

}
