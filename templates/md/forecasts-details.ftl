<#ftl output_format="Markdown">
<#-- Markdown twin of html/forecasts-details.ftlh. -->
<#if forecasts?? && forecasts?has_content>
<#include "forecast-row.ftl">

## Forecasts — details

Every forecast series, in report order (the report shows the weakest).

<@forecastHeader/>
<#list forecasts as f><@forecastRow f=f/></#list>
<#assign held = views.forecasts.held>
<#assign iv = views.forecasts.intervals!>
<#if held.state == "scored">

How the intervals held over the last ${held.windowNights?c} nights (${held.nightsScored?c} scored): each night's recorded values against the intervals stored for them (the previous night's forecast up to 24 hours ahead, the night before's beyond), per horizon band, pooled over all series; "short" marks more than 3 points under nominal. Tonight: the multiplier of the series' own interval offsets in that band, and the adaptive conformal level it was read at (docs/forecasting.md, "Pooled calibration across nights").

| Horizon | Values | Nights | 80% held | 95% held | Tonight 80% | Tonight 95% |
|---|---:|---:|---:|---:|---:|---:|
<#list held.bands as b>
| ${fmt.band(b.band)?cap_first} | ${fmt.count(b.values)} | ${b.at80.nights?c} | ${fmt.pct(b.at80.heldPercent!, "0.0")}<#if b.at80.shortOfNominal> short</#if> | ${fmt.pct(b.at95.heldPercent!, "0.0")}<#if b.at95.shortOfNominal> short</#if> | ×${fmt.num(b.at80.multiplier, "0.0##")} at ${fmt.pct(b.at80.adaptiveLevelPercent, "0.#")} | ×${fmt.num(b.at95.multiplier, "0.0##")} at ${fmt.pct(b.at95.adaptiveLevelPercent, "0.#")} |
</#list>
</#if>
<#if iv?has_content && iv.nearSeries gt 0>

In the backtest (each series' own intervals, before the calibration across nights) the 80% intervals held ${fmt.num(iv.near80Percent!, "0")}% of the values in the first 6 hours (mean over ${iv.nearSeries?c} series)<#if iv.farSeries gt 0> and ${fmt.num(iv.far80Percent!, "0")}% beyond 24 hours (${iv.farSeries?c} series)</#if>.
</#if>
</#if>
<#-- the charts stand on their own: a chart can exist where the section has no table here -->
<@l.chartList list=views.charts.inDetails("forecasts")/>
