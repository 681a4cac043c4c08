<#ftl output_format="Markdown">
<#-- Plain-text twin of mail.html.ftlh (the text/plain part of the e-mail): the same digest, the same
     limits, as GitHub-flavoured Markdown, which reads as plain text. Without the charts: a plain-text
     reader cannot show them, the HTML part has them inline. -->
<#import "md/layout.ftl" as l>
<#include "md/slo-format.ftl">
<#include "md/incident-format.ftl">
<#-- the shared summary and today sections show report.DigestView's first rows (15 services, 10 incidents) -->
<#assign digest = true>
<#assign sectionTitles = {"summary": "Summary", "today": "Incidents of the day", "slos": "SLOs and error budgets", "forecasts": "Forecasts", "scaling": "Scaling", "performance": "Performance and bottlenecks", "incidents": "Incidents", "chaos": "Chaos experiments", "dashboard": "Reliability dashboard", "coverage": "Data coverage", "ingest": "Ingest"}>
<#macro more count what><#if count gt 0>

${count?c} more ${what} in the full report.
</#if></#macro>
# opsreport — ${reportDate}

Generated ${fmt.ts(generatedAt)} UTC. The day at a glance.

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
<#assign sv = views.slos>
${slos?size?c} objectives: ${sv.red?c} red, ${sv.amber?c} amber, ${sv.green?c} green, ${sv.unknown?c} without data. Worst first; burn rate 1 spends exactly the budget over the window.

| Status | Objective | Error budget | Burn 1h / 1d | Exhausted in |
|---|---|---:|---:|---:|
<#list sv.digest as s>
| ${s.status}<#if s.statusReason??> (${s.statusReason})</#if> | **${s.name}** (${s.service}): ${s.objective} | ${sloLeft(s)} | ${sloRate(s.burnRates.oneHour!)} / ${sloRate(s.burnRates.oneDay!)} | ${sloTte(s)} |
</#list>
<@more count=sv.digestMore what="objectives"/>
<#else>
No SLO is configured.
</#if>
</#if>
<#if incidents??>

## Open incidents

<#if incidents.open?has_content>
<#list views.incidents.open as o>
- **${o.severity} ${o.id}** ${o.title} — ${o.services?join(", ")}; open ${incDur(o.openMinutes)}, <#if o.acknowledged>acknowledged<#else>**not acknowledged**</#if>; **${o.currentStep.contact}** engaged<#if o.nextStep??>, next: ${o.nextStep.contact} in ${incDur(o.minutesUntilNextStep)}<#else>, **escalation overdue**</#if>.
</#list>
<@more count=views.incidents.openMore what="open incidents"/>
<#else>
No incident open at the end of ${incidents.window.to}.
</#if>

<#assign iv = views.incidents>
${incidents.total?c} incidents in the 30 days ending ${incidents.window.to} (previous 30 days: ${incidents.previous.total?c}); ${iv.missingTotal?c} SEV1/SEV2 incident(s) without postmortem<#if iv.missingPostmortems?has_content>: ${iv.missingPostmortems?join(", ")}</#if><#if iv.missingMore gt 0> and ${iv.missingMore?c} more</#if>.
</#if>
<#if forecasts?? && forecasts?has_content>

## Forecasts: the weakest series

<#assign fv = views.forecasts>
${forecasts?size?c} series forecast; the chosen model beats seasonal naive (the value one day earlier) on ${fv.beaten?c}. The ${fv.digest?size?c} with the lowest skill (1 − MASE ÷ seasonal naive MASE)<#if fv.withSkill lt forecasts?size>; ${(forecasts?size - fv.withSkill)?c} without a backtest</#if>:

| Service | Metric | Model | MASE | Skill | Cover 80/95 |
|---|---|---|---:|---:|---:|
<#list fv.digest as f>
| ${f.service} | ${f.metric} | ${f.model} | <#if f.mase??>${fmt.num(f.mase, "0.00")}<#else>—</#if> | ${fmt.pct(f.skill * 100, "0")} | <#if f.coverage80??>${fmt.pct(f.coverage80 * 100, "0")} / ${fmt.pct((f.coverage95!0) * 100, "0")}<#else>—</#if> |
</#list>
<@more count=fv.digestMore what="series, and the forecast charts,"/>
<#-- the intervals the capacity plan trusts: how they held over the last nights (report.IntervalsHeldView) -->
<#assign held = fv.held>
<#if held.state == "scored">
Intervals (the capacity plan uses the upper 80% bound): over the last ${held.windowNights?c} nights the 80% / 95% intervals held ${fmt.num(held.held80Percent!, "0")}% / ${fmt.num(held.held95Percent!, "0")}% of ${fmt.count(held.values)} recorded values<#if held.shortfalls?has_content>; more than 3 points short of nominal: <#list held.shortfalls as s>${s.level?c}% ${fmt.band(s.band)} (${fmt.num(s.heldPercent!, "0.0")}%)<#sep>, </#list><#else>, none more than 3 points short of nominal</#if>.

</#if>
</#if>
<#if scaling?? && scaling.services?has_content>

## Scaling

Replayed policies over the day: ${scaling.statistics.totalScalingEvents?c} scaling events (${scaling.statistics.scaleOutEvents?c} out, ${scaling.statistics.scaleInEvents?c} in), ${scaling.flapping?size?c} flapping episodes.
<#if scaling.recommendations?has_content>

<#list views.scaling.recommendations as r>
- ${r}
</#list>
</#if>

| Service | Instances at end | Events | Flapping | Recommended variant |
|---|---:|---:|---:|---|
<#list views.scaling.digest as row><#assign s = row.service>
| ${s.service} | ${s.currentInstances?c} | ${s.scalingEvents?c} | ${(s.flappingEpisodes!0)?c} | <#if row.recommendedVariant??>${row.recommendedVariant?replace("_", " ")}<#else>—</#if> |
</#list>
<@more count=views.scaling.digestMore what="services"/>

Tomorrow's capacity per service is in the summary above; the hourly plan, the replayed events and the cost comparison are in the full report.
</#if>
<#if coverage?? && coverage.series?has_content>

## Data coverage

<#assign cv = views.coverage>
${cv.complete?c} of ${coverage.series?size?c} series complete and fresh from ${l.ts(coverage.windowStart)} to ${l.ts(coverage.windowEnd)} UTC.
<#if cv.incomplete?has_content>

| Service | Metric | Gaps (missing) | Last sample (stale) | Status |
|---|---|---:|---|---|
<#list cv.digest as s>
| ${s.service} | ${s.metric} | ${s.gapCount?c} (${fmt.duration(s.missingMinutes)}) | ${l.ts(s.lastTimestamp!"")}<#if s.stalenessMinutes??> (${fmt.duration(s.stalenessMinutes)})</#if> | ${s.status} |
</#list>
<@more count=cv.digestMore what="series with gaps or stale data"/>
</#if>
</#if>
<#assign rest = views.digest.onlyInReport>

---

<#if rest?has_content>Only in the full report: ${rest?map(n -> sectionTitles[n]!n)?join(", ")}; and every SLO's alerts, budget-spending incidents and burndown, the incident metrics and postmortems.<#else>The full report has every SLO's alerts and burndown, the incident metrics and postmortems.</#if>
<#if mail.reportUrl??>${mail.reportUrl}<#else>Attached as ${mail.attachment}; on ${mail.host} at ${mail.reportFile}.</#if>
