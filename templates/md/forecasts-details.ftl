<#ftl output_format="Markdown">
<#-- Markdown twin of html/forecasts-details.ftlh. -->
<#if forecasts?? && forecasts?has_content>
<#include "forecast-row.ftl">

## Forecasts — details

Every forecast series, in report order (the report shows the weakest).

<@forecastHeader/>
<#list forecasts as f><@forecastRow f=f/></#list>
</#if>
<#-- the charts stand on their own: a chart can exist where the section has no table here -->
<@l.chartList list=views.charts.inDetails("forecasts")/>
