<#ftl output_format="Markdown">

## Data coverage

Samples from ${l.ts(coverage.windowStart)} to ${l.ts(coverage.windowEnd)} UTC. A gap is a spacing longer than three sampling intervals; staleness is the time from the last sample to the end of the report date.

<#if coverage.series?has_content>
| Service | Metric | Samples | Interval | Gaps | Missing | Last sample | Stale | Status |
|---|---|---:|---:|---:|---:|---|---:|---|
<#list coverage.series as s>
| ${s.service} | ${s.metric} | ${s.samples?c} | ${(s.intervalSeconds / 60)?string("0.#")} min | ${s.gapCount?c} | ${s.missingMinutes?c} min | ${l.ts(s.lastTimestamp!"")} | <#if s.stalenessMinutes??>${s.stalenessMinutes?c} min<#else>—</#if> | ${s.status} |
</#list>
<#else>
No metric data is stored yet.
</#if>
