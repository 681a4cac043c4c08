<#ftl output_format="Markdown">
<#-- Markdown twin of html/slos-details.ftlh. -->
<#if slos?? && slos?has_content>

## SLOs — details
<#include "slo-format.ftl">

### Alerts on ${reportDate}

<#if views.slos.alerts?has_content>
Alerts are replayed at every sample interval of the day; a first firing at the first evaluation of the day (00:05 for 5-minute data) means the alert was already firing at midnight.

| SLO | Alert | Severity | Windows | Threshold | First fired (UTC) | Firing | At end of day |
|---|---|---|---|---:|---|---:|---|
<#list views.slos.alerts as row><#assign s = row.slo><#assign a = row.alert>
| ${s.name}: ${s.objective} | ${a.name} | ${a.severity} | ${a.longWindow}<#if a.shortWindow??> + ${a.shortWindow}</#if> | ${sloThreshold(a)} | ${l.ts(a.firstFiredAt!"")} | ${fmt.duration(a.firingMinutes)} | ${a.firing?then("firing", "stopped")} |
</#list>
<#else>
No SLO alert fired on this day.
</#if>

### Burndown: budget left at the end of the last 7 days

Share of the window's error budget left at the end of each day (negative: overspent). The full daily series of each window is in report.json, slos[].burndown.

| SLO | Window start | Last 7 days |
|---|---|---|
<#list views.slos.burndowns as row><#assign s = row.slo>
| ${s.name}: ${s.objective} | ${l.ts(s.windowStart)} | <#if row.lastDays?has_content><#list row.lastDays as p>${p.date?substring(5)} <#if p.budgetRemainingPercent??>${fmt.pct(p.budgetRemainingPercent)}<#else>no data</#if><#sep> · </#sep></#list><#else>no data</#if> |
</#list>
</#if>
<#-- the charts stand on their own: a chart can exist where the section has no table here -->
<@l.chartList list=views.charts.inDetails("slos")/>
