<#ftl output_format="Markdown">
<#-- Markdown twin of html/slos.ftlh. -->
<#include "slo-format.ftl">

## SLOs and error budgets

<#if slos?has_content>
Error budgets at the end of ${reportDate} (UTC), per objective over its window. Burn rate = error ratio ÷ (1 − target): 1 spends exactly the budget over the window, 14.4 spends 2% of a 30-day budget in one hour. Time to exhaustion at the 1-day burn rate. Red: under 10% left or a page alert firing; amber: under 50% left, a ticket alert firing or a 1-day burn rate above 1.
<#list views.slos.byService as group><#assign service = group.service>

### ${service}

| Status | Objective | Target | SLI | Error budget | Burn 1h | 6h | 1d | 3d | window | Exhausted in |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
<#list group.objectives as s>
| **${s.status?upper_case}**<#if s.statusReason??> (${s.statusReason})</#if> | **${s.name}**: ${s.objective} (${s.budgetingMethod}, ${s.window}<#if s.lowTraffic>, low traffic: ${fmt.count(s.eventsInWindow)} events</#if>) | ${sloPct(s.target)} | <#if s.sli??>${sloPct(s.sli, "0.000")}<#else>no data</#if> | <#if (s.budgetRemainingPercent!1) < 0>**${sloLeft(s)}**<#else>${sloLeft(s)}</#if> (${sloAmount(s, s.budgetConsumed)} of ${sloAmount(s, s.budgetTotal)} ${s.budgetUnit}) | ${sloRate(s.burnRates.oneHour!)} | ${sloRate(s.burnRates.sixHours!)} | ${sloRate(s.burnRates.oneDay!)} | ${sloRate(s.burnRates.threeDays!)} | ${sloRate(s.burnRates.window!)} | ${sloTte(s)} |
</#list>
</#list>

### Alerts on ${reportDate}

<#if views.slos.alertsByObjective?has_content>
Per objective: the alerts still firing at the end of the day and those that fired and stopped. Alerts are replayed at every sample interval of the day; a first firing at 00:05 (5-minute data) means the alert was already firing at midnight. Every alert with its windows, threshold and firing time is in [the detail page](details.md#slos--details).

| SLO | Firing at end of day | Fired and stopped | First fired (UTC) |
|---|---|---|---|
<#list views.slos.alertsByObjective as row><#assign s = row.slo>
| ${s.name}: ${s.objective} | <#if row.page>**page** </#if><#list row.firing as a>${a.name}<#sep>, </#list><#if !row.firing?has_content>—</#if> | <#list row.stopped as a>${a.name}<#sep>, </#list><#if !row.stopped?has_content>—</#if> | ${l.ts(row.firstFiredAt!"")} |
</#list>
<#else>
No SLO alert fired on this day.
</#if>

### Incidents that spent the most budget (per SLO objective)

<#if views.slos.topSpenders?has_content>
| Incident | SLO | Budget spent |
|---|---|---:|
<#list views.slos.topSpenders as i>
| **${i.id}** | ${i.slo}: ${i.objective} | ${fmt.pct(i.percent, "0.0")} of the budget |
</#list>
<#if views.slos.moreSpenders gt 0>

${views.slos.moreSpenders?c} more in report.json (slos[].topIncidents).
</#if>
<#include "slo-attribution.ftl">
<#else>
No incident in the SLO windows spent error budget.
</#if>

### Error budget policy

<#if views.slos.findings?has_content>
<#list views.slos.findings as f>
- **${f.code?replace("_", " ")}** (${f.severity}): ${f.message}
</#list>
<#else>
Every objective is within its error budget policy: no release freeze, no missing postmortem, no low-traffic SLO.
</#if>

The last 7 days of every objective's burndown and the burndown charts of the green objectives are in [the detail page](details.md#slos--details).
<#else>
No SLO is configured: add OpenSLO definitions to the slos/ folder of the configuration directory (see jobs/slos/README.md).
</#if>
