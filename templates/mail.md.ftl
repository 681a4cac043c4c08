<#ftl output_format="Markdown">
<#-- Plain-text twin of mail.html.ftlh (the text/plain part of the e-mail): the same digest, the same
     limits, as GitHub-flavoured Markdown, which reads as plain text. Without the charts: a plain-text
     reader cannot show them, the HTML part has them inline. -->
<#import "md/layout.ftl" as l>
<#include "md/slo-format.ftl">
<#include "md/incident-format.ftl">
<#assign shown = 10>
<#assign summaryRowsShown = 15>
<#assign todayRowsShown = 10>
<#assign sectionTitles = {"summary": "Summary", "today": "Incidents of the day", "slos": "SLOs and error budgets", "forecasts": "Forecasts", "scaling": "Scaling", "performance": "Performance and bottlenecks", "incidents": "Incidents", "chaos": "Chaos experiments", "dashboard": "Reliability dashboard", "coverage": "Data coverage", "ingest": "Ingest"}>
<#macro more count what><#if count gt 0>

${count?c} more ${what} in the full report.
</#if></#macro>
# opsreport — ${reportDate}

Generated ${generatedAt}. The day at a glance.

<#if mail.reportUrl??>
Full report, with every table and chart: ${mail.reportUrl}
<#else>
The full report, with every table and chart, is attached (${mail.attachment}: open it in a browser) and kept on ${mail.host} at ${mail.reportFile}.
</#if>
<#if summary??>
<#include "md/summary.ftl">
<#else>

## Summary

No summary was computed for this day: see the sections below and the full report.
</#if>
<#if today??>
<#include "md/today.ftl">
</#if>
<#if slos??>

## SLOs and error budgets

<#if slos?has_content>
<#assign ranked = []>
<#list ["red", "amber", "unknown", "green"] as status>
<#assign same = slos?filter(s -> s.status == status)>
<#assign ranked += same?filter(s -> s.budgetRemainingPercent??)?sort_by("budgetRemainingPercent") + same?filter(s -> !s.budgetRemainingPercent??)>
</#list>
<#assign ranked += slos?filter(s -> !["red", "amber", "unknown", "green"]?seq_contains(s.status))>
${slos?size?c} objectives: ${slos?filter(s -> s.status == 'red')?size?c} red, ${slos?filter(s -> s.status == 'amber')?size?c} amber, ${slos?filter(s -> s.status == 'green')?size?c} green, ${slos?filter(s -> s.status == 'unknown')?size?c} without data. Worst first; burn rate 1 spends exactly the budget over the window.

| Status | Objective | Error budget | Burn 1h / 1d | Exhausted in |
|---|---|---:|---:|---:|
<#list ranked as s><#if s?index == shown><#break></#if>
| ${s.status} | **${s.name}** (${s.service}): ${s.objective} | ${sloLeft(s)} | ${sloRate(s.burnRates.oneHour!)} / ${sloRate(s.burnRates.oneDay!)} | ${sloTte(s)} |
</#list>
<@more count=(slos?size - shown) what="objectives"/>
<#else>
No SLO is configured.
</#if>
</#if>
<#if incidents??>

## Open incidents

<#if incidents.open?has_content>
<#list incidents.open as o><#if o?index == shown><#break></#if>
- **${o.severity} ${o.id}** ${o.title} — ${o.services?join(", ")}; open ${incDur(o.openMinutes)}, <#if o.acknowledged>acknowledged<#else>**not acknowledged**</#if>; **${o.currentStep.contact}** engaged<#if o.nextStep??>, next: ${o.nextStep.contact} in ${incDur(o.minutesUntilNextStep)}<#else>, **escalation overdue**</#if>.
</#list>
<@more count=(incidents.open?size - shown) what="open incidents"/>
<#else>
No incident open at the end of ${incidents.window.to}.
</#if>

<#assign missing = incidents.missingPostmortems?map(m -> m.id)>
${incidents.total?c} incidents in the 30 days ending ${incidents.window.to} (previous 30 days: ${incidents.previous.total?c}); ${missing?size?c} SEV1/SEV2 incident(s) without postmortem<#if missing?has_content>: ${missing[0..<[shown, missing?size]?min]?join(", ")}</#if><#if missing?size gt shown> and ${(missing?size - shown)?c} more</#if>.
</#if>
<#if forecasts?? && forecasts?has_content>

## Forecasts: the weakest series

<#assign scored = forecasts?filter(f -> f.skill??)?sort_by("skill")>
${forecasts?size?c} series forecast; the chosen model beats seasonal naive (the value one day earlier) on ${forecasts?filter(f -> (f.skill!0) > 0)?size?c}. The ${[shown, scored?size]?min?c} with the lowest skill (1 − MASE ÷ seasonal naive MASE)<#if scored?size lt forecasts?size>; ${(forecasts?size - scored?size)?c} without a backtest</#if>:

| Service | Metric | Model | MASE | Skill | Cover 80/95 |
|---|---|---|---:|---:|---:|
<#list scored as f><#if f?index == shown><#break></#if>
| ${f.service} | ${f.metric} | ${f.model} | <#if f.mase??>${f.mase?string("0.00")}<#else>—</#if> | ${(f.skill * 100)?string("0")}% | <#if f.coverage80??>${(f.coverage80 * 100)?string("0")}% / ${((f.coverage95!0) * 100)?string("0")}%<#else>—</#if> |
</#list>
<@more count=(forecasts?size - [shown, scored?size]?min) what="series, and the forecast charts,"/>
</#if>
<#if scaling?? && scaling.services?has_content>

## Scaling

Replayed policies over the day: ${scaling.statistics.totalScalingEvents?c} scaling events (${scaling.statistics.scaleOutEvents?c} out, ${scaling.statistics.scaleInEvents?c} in), ${scaling.flapping?size?c} flapping episodes.
<#if scaling.recommendations?has_content>

<#list scaling.recommendations as r><#if r?index == shown><#break></#if>
- ${r}
</#list>
</#if>

| Service | Instances at end | Events | Flapping | Recommended variant |
|---|---:|---:|---:|---|
<#list scaling.services?sort_by("scalingEvents")?reverse as s><#if s?index == shown><#break></#if>
<#assign compared = scaling.comparison?filter(c -> c.service == s.service)>
| ${s.service} | ${s.currentInstances?c} | ${s.scalingEvents?c} | ${(s.flappingEpisodes!0)?c} | <#if compared?has_content && compared[0].recommendedVariant??>${compared[0].recommendedVariant?replace("_", " ")}<#else>—</#if> |
</#list>
<@more count=(scaling.services?size - shown) what="services"/>

Tomorrow's capacity per service is in the summary above; the hourly plan, the replayed events and the cost comparison are in the full report.
</#if>
<#if coverage?? && coverage.series?has_content>

## Data coverage

<#assign incomplete = coverage.series?filter(s -> s.status != "ok")>
${(coverage.series?size - incomplete?size)?c} of ${coverage.series?size?c} series complete and fresh from ${l.ts(coverage.windowStart)} to ${l.ts(coverage.windowEnd)} UTC.
<#if incomplete?has_content>

| Service | Metric | Gaps (missing) | Last sample (stale) | Status |
|---|---|---:|---|---|
<#list incomplete as s><#if s?index == shown><#break></#if>
| ${s.service} | ${s.metric} | ${s.gapCount?c} (${s.missingMinutes?c} min) | ${l.ts(s.lastTimestamp!"")}<#if s.stalenessMinutes??> (${s.stalenessMinutes?c} min)</#if> | ${s.status} |
</#list>
<@more count=(incomplete?size - shown) what="series with gaps or stale data"/>
</#if>
</#if>
<#assign rest = sectionNames?filter(n -> !["summary", "today", "slos", "incidents", "forecasts", "scaling", "coverage"]?seq_contains(n))>

---

<#if rest?has_content>Only in the full report: ${rest?map(n -> sectionTitles[n]!n)?join(", ")}; and every SLO's alerts, budget-spending incidents and burndown, the incident metrics and postmortems.<#else>The full report has every SLO's alerts and burndown, the incident metrics and postmortems.</#if>
<#if mail.reportUrl??>${mail.reportUrl}<#else>Attached as ${mail.attachment}; on ${mail.host} at ${mail.reportFile}.</#if>
