<#-- One line: how well last night's intervals held today, and the backtest's coverage per horizon band. -->
<#-- Markdown twin of html/forecast-intervals.ftlh (computed in report.ForecastView.Intervals). -->
<#assign iv = views.forecasts.intervals!>
<#if iv?has_content>

Intervals: <#if iv.heldSeries gt 0>last night's 80% / 95% intervals held ${fmt.num(iv.held80Percent!, "0")}% / ${fmt.num(iv.held95Percent!, "0")}% of today's ${iv.heldValues?c} recorded values (${iv.heldSeries?c} series). </#if><#if iv.nearSeries gt 0>In the backtest the 80% intervals held ${fmt.num(iv.near80Percent!, "0")}% of the values in the first 6 hours (mean over ${iv.nearSeries?c} series)<#if iv.farSeries gt 0> and ${fmt.num(iv.far80Percent!, "0")}% beyond 24 hours (${iv.farSeries?c} series)</#if>.</#if>
</#if>
