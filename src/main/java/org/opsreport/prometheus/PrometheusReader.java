package org.opsreport.prometheus;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.opsreport.pipeline.ReportDate;
import org.opsreport.slo.MetricSourceMapping.QuerySource;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the mapped PromQL sources' window of a night, one {@code query_range} request per item. The window of a
 * source ends with the report date; it starts after the last sample stored for its series (or
 * {@code opsreport.prometheus.lookback} before the end when none is), and after the last range this step fetched and
 * committed: that instant is the reader's state in the step's execution context ({@code <key>.fetchedUntil}, epoch
 * seconds), so a restarted run goes on where the failed one stopped.
 */
final class PrometheusReader implements ItemStreamReader<PulledRange>, StepExecutionListener {

	private final RangeQuery client;

	private final PrometheusProperties properties;

	private final List<QuerySource> sources;

	/** The last stored sample of a source's series, or null. */
	private final Function<QuerySource, Instant> lastStored;

	private Instant end;

	private ExecutionContext context;

	private Deque<Pending> pending;

	/** The range handed out last, saved at the next {@link #update}. */
	private Pending lastRead;

	private record Pending(QuerySource source, FetchPlan.Range range) {
	}

	PrometheusReader(RangeQuery client, PrometheusProperties properties, List<QuerySource> sources,
			Function<QuerySource, Instant> lastStored) {
		this.client = client;
		this.properties = properties;
		this.sources = sources;
		this.lastStored = lastStored;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.end = ReportDate.end(ReportDate.of(stepExecution));
		this.pending = null;
		this.lastRead = null;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.context = executionContext;
	}

	@Override
	public PulledRange read() {
		if (this.pending == null) {
			this.pending = plan();
		}
		Pending next = this.pending.poll();
		if (next == null) {
			return null;
		}
		List<PrometheusClient.Point> points = this.client.queryRange(next.source().query(), next.range().start(),
				next.range().end(), this.properties.step());
		this.lastRead = next;
		return new PulledRange(next.source(), next.range(), points);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		if (this.lastRead != null) {
			executionContext.putLong(key(this.lastRead.source()), this.lastRead.range().end().getEpochSecond());
		}
	}

	private Deque<Pending> plan() {
		Deque<Pending> plan = new ArrayDeque<>();
		for (QuerySource source : this.sources) {
			Instant from = this.end.minus(this.properties.lookback());
			Instant stored = this.lastStored.apply(source);
			if (stored != null && !stored.plus(this.properties.step()).isBefore(from)) {
				from = stored.plus(this.properties.step());
			}
			String key = key(source);
			if (this.context != null && this.context.containsKey(key)) {
				Instant fetched = Instant.ofEpochSecond(this.context.getLong(key)).plus(this.properties.step());
				from = fetched.isAfter(from) ? fetched : from;
			}
			for (FetchPlan.Range range : FetchPlan.ranges(from, this.end, this.properties.step(),
					this.properties.maxPoints())) {
				plan.add(new Pending(source, range));
			}
		}
		return plan;
	}

	/** The state key of a source: its series and a digest of its query. */
	static String key(QuerySource source) {
		return "prometheus." + source.target().service() + "/" + source.target().metric() + "."
				+ Integer.toHexString(source.query().hashCode()) + ".fetchedUntil";
	}

}
