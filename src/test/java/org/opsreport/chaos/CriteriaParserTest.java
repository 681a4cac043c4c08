package org.opsreport.chaos;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriteriaParserTest {

	@Test
	void parsesTheIssueExample() {
		List<Criterion> criteria = CriteriaParser
			.parse("error_ratio < 0.01; avg_response_time_ms p95 < 500; cpu_utilization max < 90");
		assertThat(criteria).containsExactly(
				new Criterion("error_ratio < 0.01", "error_ratio", Criterion.Aggregate.MEAN, Criterion.Comparison.LT,
						0.01),
				new Criterion("avg_response_time_ms p95 < 500", "avg_response_time_ms", Criterion.Aggregate.P95,
						Criterion.Comparison.LT, 500),
				new Criterion("cpu_utilization max < 90", "cpu_utilization", Criterion.Aggregate.MAX,
						Criterion.Comparison.LT, 90));
	}

	@Test
	void operatorsAggregatesAndSpacing() {
		assertThat(CriteriaParser.parse("a<=1").get(0).comparison()).isEqualTo(Criterion.Comparison.LE);
		assertThat(CriteriaParser.parse("a >= -2.5e1").get(0).threshold()).isEqualTo(-25.0);
		assertThat(CriteriaParser.parse("a MIN > 3;").get(0).aggregate()).isEqualTo(Criterion.Aggregate.MIN);
		assertThat(CriteriaParser.parse(" a mean > .5 ; b p50 < 2 ;; c p99 <= 3 ")).hasSize(3);
	}

	@Test
	void clearMessagesForBadCriteria() {
		assertThatThrownBy(() -> CriteriaParser.parse("a < 1; latency p96 < 500"))
			.isInstanceOf(InvalidCriteriaException.class)
			.hasMessage("criterion 2 'latency p96 < 500': unknown aggregate 'p96' (use mean, max, min, p50, p90, p95 or p99)");
		assertThatThrownBy(() -> CriteriaParser.parse("latency == 5"))
			.hasMessageStartingWith("criterion 1 'latency == 5': expected '<metric> [mean|max|min|p50|p90|p95|p99] <op> <number>'");
		assertThatThrownBy(() -> CriteriaParser.parse("latency < fast"))
			.hasMessage("criterion 1 'latency < fast': 'fast' is not a number");
		assertThatThrownBy(() -> CriteriaParser.parse("error_ratio max < 0.1"))
			.hasMessageContaining("takes no aggregate");
		assertThatThrownBy(() -> CriteriaParser.parse(" ; ")).hasMessage("no success criteria given");
		assertThatThrownBy(() -> CriteriaParser.parse(null)).hasMessage("no success criteria given");
	}

}
