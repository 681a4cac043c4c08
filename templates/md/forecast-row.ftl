<#ftl output_format="Markdown">
<#-- One forecast series as a table row (report: the weakest series; detail page: every series). -->
<#macro forecastRow f>
| ${f.service} | ${f.metric} | ${f.model} | ${fmt.num(f.mase!, "0.00")} | ${fmt.num(f.seasonalNaiveMase!, "0.00")} | ${fmt.pct((f.skill * 100)!, "0")} | <#if f.coverage80??>${fmt.pct(f.coverage80 * 100, "0")} / ${fmt.pct((f.coverage95!0) * 100, "0")}<#else>—</#if> | <#list f.drift as d>${fmt.num(d.mase!, "0.00")}<#sep> → </#list> | <#if f.realized?? && f.realized.points gt 0>${fmt.pct((f.realized.skill * 100)!, "0")} (${fmt.pct(f.realized.coverage80 * 100, "0")} / ${fmt.pct(f.realized.coverage95 * 100, "0")})<#else>—</#if> |
</#macro>
<#macro forecastHeader>
| Service | Metric | Model | MASE | Seasonal naive | Skill | Cover 80/95 | Drift (MASE) | Last night → today |
|---|---|---|---:|---:|---:|---:|---|---:|
</#macro>
