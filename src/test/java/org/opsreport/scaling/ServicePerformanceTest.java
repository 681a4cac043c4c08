package org.opsreport.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServicePerformanceTest {

	@Test
	void theBadgeBandIsDecidedHereNotInTheTemplate() {
		assertThat(withScore(100).scoreBand()).isEqualTo("ok");
		assertThat(withScore(90).scoreBand()).isEqualTo("ok");
		assertThat(withScore(89.9).scoreBand()).isEqualTo("warning");
		assertThat(withScore(70).scoreBand()).isEqualTo("warning");
		assertThat(withScore(69.9).scoreBand()).isEqualTo("poor");
		assertThat(withScore(48.1).scoreBand()).isEqualTo("poor");
	}

	private static ServicePerformance withScore(double score) {
		return new ServicePerformance("svc", score, List.of(), List.of(), null, null);
	}

}
