package org.opsreport.prometheus;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prometheus's HTTP API, {@code GET /api/v1/query_range} (Prometheus documentation, "HTTP API", "Range queries"),
 * with the JDK's HttpClient. The answer is a matrix: {@code {"status":"success","data":{"resultType":"matrix",
 * "result":[{"metric":{...},"values":[[<unix seconds>,"<value>"],...]}]}}}.
 */
final class PrometheusClient implements RangeQuery {

	/** One evaluated point of a query. */
	record Point(Instant time, double value) {
	}

	private final URI base;

	private final String authHeader;

	private final Duration timeout;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	PrometheusClient(PrometheusProperties properties) {
		String url = properties.url().strip();
		this.base = URI.create(url.endsWith("/") ? url : url + "/");
		this.authHeader = properties.authHeader();
		this.timeout = properties.timeout();
		this.http = HttpClient.newBuilder().connectTimeout(this.timeout).build();
	}

	/**
	 * The query evaluated at {@code start, start + step, ...} up to {@code end} (both inclusive, as the API does).
	 * Non-finite values (NaN, +Inf) are left out: the store holds finite numbers only.
	 * @throws PrometheusUnavailableException when the server cannot be reached or does not answer in time
	 * @throws PrometheusQueryException when it answers with an error or with more than one series
	 */
	@Override
	public List<Point> queryRange(String query, Instant start, Instant end, Duration step) {
		String parameters = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&start=" + start.getEpochSecond()
				+ "&end=" + end.getEpochSecond() + "&step=" + step.toSeconds();
		URI uri = this.base.resolve("api/v1/query_range?" + parameters);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(this.timeout).GET();
		if (this.authHeader != null && !this.authHeader.isBlank()) {
			request.header("Authorization", this.authHeader.strip());
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new PrometheusUnavailableException("Prometheus at " + this.base + " is unreachable ("
					+ ex.getClass().getSimpleName() + (ex.getMessage() != null ? ": " + ex.getMessage() : "") + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PrometheusUnavailableException("interrupted while querying Prometheus at " + this.base, ex);
		}
		JsonNode body;
		try {
			body = this.json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new PrometheusQueryException("Prometheus at " + this.base + " answered HTTP " + response.statusCode()
					+ " without JSON for query " + query);
		}
		if (response.statusCode() != 200 || !"success".equals(body.path("status").asString())) {
			throw new PrometheusQueryException("Prometheus at " + this.base + " refused query " + query + ": HTTP "
					+ response.statusCode() + " " + body.path("errorType").asString() + ": " + body.path("error").asString());
		}
		JsonNode result = body.path("data").path("result");
		if (result.size() > 1) {
			throw new PrometheusQueryException("query " + query + " gives " + result.size()
					+ " series; a mapped query must give one (aggregate it, e.g. sum(...))");
		}
		List<Point> points = new ArrayList<>();
		if (result.size() == 1) {
			for (JsonNode pair : result.get(0).path("values")) {
				double value = Double.parseDouble(pair.get(1).asString());
				if (Double.isFinite(value)) {
					long millis = Math.round(pair.get(0).asDouble() * 1000);
					points.add(new Point(Instant.ofEpochMilli(millis), value));
				}
			}
		}
		return points;
	}

	@Override
	public String toString() {
		return "PrometheusClient[" + this.base + "]";
	}

}
