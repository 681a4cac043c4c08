<#ftl output_format="Markdown">

## Performance

Judged on the day's p95 of each metric and the longest stretch above the threshold (a bottleneck needs a p95 above the threshold or 30 minutes in a row above it). Score: 100 minus penalties for CPU above 80%, memory above 85%, response time above 1000 ms and queue depth above 50, on the p95 values.

<#if performance.services?has_content>
| Service | Score | CPU p95 | Memory p95 | Response p95 | Queue p95 | Bottlenecks |
|---|---:|---:|---:|---:|---:|---:|
<#list performance.services as s>
| ${s.service} | ${fmt.num(s.score, "0.0")} | ${fmt.pct(s.inputs.cpuUtilization)} | ${fmt.pct(s.inputs.memoryUtilization)} | ${fmt.num(s.inputs.avgResponseTimeMs, "0")} ms | ${fmt.num(s.inputs.queueDepth, "0")} | ${s.bottlenecks?size?c} |
</#list>
<#assign withBottlenecks = views.bottlenecks>
<#if withBottlenecks?has_content>

### Bottlenecks

| Service | Bottleneck | Severity | p95 | Longest stretch | What to do |
|---|---|---|---:|---:|---|
<#list withBottlenecks as s>
<#list s.bottlenecks as b>
| ${s.service} | ${b.description} | ${b.severity} | ${fmt.num(b.value, "0.0")} | ${fmt.duration(b.longestStretchMinutes)} | ${s.recommendations[b?index]!""} |
</#list>
</#list>

### Optimization plan
<#list withBottlenecks as s>

**${s.service}**

<#list s.plan.immediateActions as a>
- Now: ${a}
</#list>
<#list s.plan.shortTermActions as a>
- Short term: ${a}
</#list>
<#if !s.plan.immediateActions?has_content && !s.plan.shortTermActions?has_content>
- No high-severity bottleneck: no immediate or short-term action.
</#if>
</#list>
<#else>

No sustained bottleneck on this day.
</#if>
<#assign longTerm = performance.services[0].plan.longTermActions>
<#if longTerm?has_content>

**Long term (every service)**

<#list longTerm as a>
- ${a}
</#list>
</#if>
<#else>
No service could be analysed on this day (see the notes of the scaling section).
</#if>
