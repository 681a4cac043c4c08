<#ftl output_format="Markdown">
<#function chaosValue v expression><#if !(v?is_number)><#return "no data"><#elseif expression?starts_with("error_ratio")><#return fmt.pct(v * 100, "0.00#")><#else><#return fmt.num(v, "0.0##")></#if></#function>

## Chaos experiments

<#if chaos?has_content>
Experiments started in the 30 days ending ${reportDate}, judged on the stored metrics of their target services over the experiment window. A criterion holds when it holds on every target service; the value shown is the worst one.
<#list chaos as x>

### ${x.id} ${x.name!""} — ${x.status}<#if x.verdict??>, ${(x.verdict == "confirmed")?then("hypothesis confirmed", "hypothesis not confirmed")}</#if><#if x.resilienceScore??>, resilience score ${fmt.num(x.resilienceScore, "0")}/100</#if>

<#if x.status == "refused">
Refused as unsafe: ${x.reasons?join("; ")}.
<#elseif x.status == "no_data">
No verdict: ${x.reasons?join("; ")}.
</#if>
<#if x.status == "completed" && x.criteria?has_content>
| Criterion | Measured | Service | Result |
|---|---:|---|---|
<#list x.criteria as c>
| ${c.expression} | ${chaosValue(c.measured!, c.expression)} | ${c.service!"—"} | ${c.passed?then("pass", "fail")} |
</#list>
<#if x.reasons?has_content>

${x.reasons?join("; ")}
</#if>
</#if>
</#list>
<#else>
No chaos experiment started in the 30 days ending ${reportDate}.
</#if>
