package org.opsreport.prometheus;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's request (path, parameters, Authorization header) and its handling of the API's documented answers
 * ("HTTP API": error bodies {@code {"status":"error","errorType":...,"error":...}}, matrix results), served by the
 * JDK's HttpServer; the real server's answers are tested in PrometheusNightFunctionalTest.
 */
class PrometheusClientAnswersTest {

	HttpServer server;

	final List<String> requests = new ArrayList<>();

	PrometheusClient client(int status, String body) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.requests.add(exchange.getRequestURI() + " auth=" + exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		this.server.start();
		return new PrometheusClient(new PrometheusProperties("http://127.0.0.1:" + this.server.getAddress().getPort() + "/prom",
				"Bearer s3cret", Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofDays(1), 11000));
	}

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void sendsTheRangeStepAndAuthorizationAndReadsTheMatrix() throws IOException {
		PrometheusClient client = client(200, """
				{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"shop"},
				"values":[[1793491200,"12.5"],[1793491500,"NaN"],[1793491800,"13"]]}]}}""");
		List<PrometheusClient.Point> points = client.queryRange("sum(up{job=\"shop\"})", Instant.ofEpochSecond(1793491200),
				Instant.ofEpochSecond(1793491800), Duration.ofMinutes(5));
		assertThat(points).containsExactly(new PrometheusClient.Point(Instant.ofEpochSecond(1793491200), 12.5),
				new PrometheusClient.Point(Instant.ofEpochSecond(1793491800), 13.0));
		assertThat(this.requests).containsExactly("/prom/api/v1/query_range?query=sum%28up%7Bjob%3D%22shop%22%7D%29"
				+ "&start=1793491200&end=1793491800&step=300 auth=Bearer s3cret");
	}

	@Test
	void anErrorAnswerNamesTheServerTheQueryAndPrometheusReason() throws IOException {
		PrometheusClient client = client(400, """
				{"status":"error","errorType":"bad_data","error":"parse error: unexpected end of input"}""");
		assertThatThrownBy(() -> client.queryRange("sum(", Instant.EPOCH, Instant.EPOCH, Duration.ofMinutes(5)))
			.isInstanceOf(PrometheusQueryException.class)
			.hasMessageEndingWith("refused query sum(: HTTP 400 bad_data: parse error: unexpected end of input");
	}

	@Test
	void aQueryGivingSeveralSeriesIsRefused() throws IOException {
		PrometheusClient client = client(200, """
				{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"i":"a"},"values":[]},
				{"metric":{"i":"b"},"values":[]}]}}""");
		assertThatThrownBy(() -> client.queryRange("up", Instant.EPOCH, Instant.EPOCH, Duration.ofMinutes(5)))
			.isInstanceOf(PrometheusQueryException.class)
			.hasMessage("query up gives 2 series; a mapped query must give one (aggregate it, e.g. sum(...))");
	}

}
