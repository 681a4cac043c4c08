<#ftl output_format="Markdown">

## Forecasts

<#if forecasts?has_content>
<#assign fv = views.forecasts>
${forecasts?size} series retrained; the chosen model beats seasonal naive (the value one day earlier) in the backtest on ${fv.beaten?c} of them. MASE below 1 beats a one-day-ago forecast on average; coverage is the share of backtest actuals inside the 80% and 95% intervals.<#if fv.scored gt 0> Today, against what was recorded, last night's forecasts beat seasonal naive on ${fv.beatenToday?c} of ${fv.scored?c} series (the last column: skill, and the share of today's values inside the 80% / 95% intervals).</#if>
<#include "forecast-intervals.ftl">
<#include "forecast-row.ftl">

<#if fv.digest?has_content>

The ${fv.digest?size?c} series with the lowest backtest skill, weakest first.

<@forecastHeader/>
<#list fv.digest as f><@forecastRow f=f/></#list>
</#if>

Every series (${forecasts?size?c}) and the forecast charts are in [the detail page](details.md#forecasts--details); every forecast step is in forecasts.csv.
<#list fv.withMessages as f>
<#if f?is_first>

Notes:

</#if>
- ${f.service}/${f.metric}: ${f.messages?join("; ")}
</#list>
<#else>
No series had enough history in the training window to be forecast.
</#if>
