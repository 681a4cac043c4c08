<#ftl output_format="Markdown">

## Forecasts

<#if forecasts?has_content>
<#assign fv = views.forecasts>
${forecasts?size} series retrained; the chosen model beats seasonal naive (the value one day earlier) in the backtest on ${fv.beaten?c} of them. MASE below 1 beats a one-day-ago forecast on average; coverage is the share of backtest actuals inside the 80% and 95% intervals.<#if fv.scored gt 0> Today, against what was recorded, last night's forecasts beat seasonal naive on ${fv.beatenToday?c} of ${fv.scored?c} series (the last column: skill, and the share of today's values inside the 80% / 95% intervals).</#if>
<#include "forecast-intervals.ftl">

| Service | Metric | Model | MASE | Seasonal naive | Skill | Cover 80/95 | Drift (MASE) | Last night → today |
|---|---|---|---:|---:|---:|---:|---|---:|
<#list forecasts as f>
| ${f.service} | ${f.metric} | ${f.model} | <#if f.mase??>${f.mase?string("0.00")}<#else>—</#if> | <#if f.seasonalNaiveMase??>${f.seasonalNaiveMase?string("0.00")}<#else>—</#if> | <#if f.skill??>${(f.skill * 100)?string("0")}%<#else>—</#if> | <#if f.coverage80??>${(f.coverage80 * 100)?string("0")}% / ${((f.coverage95!0) * 100)?string("0")}%<#else>—</#if> | <#list f.drift as d><#if d.mase??>${d.mase?string("0.00")}<#else>—</#if><#sep> → </#list> | <#if f.realized?? && f.realized.points gt 0><#if f.realized.skill??>${(f.realized.skill * 100)?string("0")}%<#else>—</#if> (${(f.realized.coverage80 * 100)?string("0")}% / ${(f.realized.coverage95 * 100)?string("0")}%)<#else>—</#if> |
</#list>
<#list fv.withMessages as f>
<#if f?is_first>

Notes:

</#if>
- ${f.service}/${f.metric}: ${f.messages?join("; ")}
</#list>
<#else>
No series had enough history in the training window to be forecast.
</#if>
