<#ftl output_format="Markdown">

## Data coverage

Samples from ${l.ts(coverage.windowStart)} to ${l.ts(coverage.windowEnd)} UTC. A gap is a spacing longer than three sampling intervals; staleness is the time from the last sample to the end of the report date.

<#if views.coverage.complete gt 0>
${views.coverage.complete?c} of ${coverage.series?size?c} series ok: complete and fresh (listed in report.json, coverage.series).

</#if>
<#if views.coverage.incomplete?has_content>
| Service | Metric | Samples | Interval | Gaps | Missing | Last sample | Stale | Status |
|---|---|---:|---:|---:|---:|---|---:|---|
<#list views.coverage.incomplete as s>
| ${s.service} | ${s.metric} | ${s.samples?c} | ${fmt.num(s.intervalSeconds / 60, "0.#")} min | ${s.gapCount?c} | ${fmt.duration(s.missingMinutes)} | ${l.ts(s.lastTimestamp!"")} | <#if s.stalenessMinutes??>${fmt.duration(s.stalenessMinutes)}<#else>—</#if> | ${s.status} |
</#list>
<#else>
<#if !coverage.series?has_content>No metric data is stored yet.</#if>
</#if>
