<#ftl output_format="Markdown">
<#-- Markdown twin of html/dashboard.ftlh. -->
<#function dashTrend t><#switch t.direction><#case "improving"><#return "↑ improving"><#case "degrading"><#return "↓ degrading"><#case "stable"><#return "→ stable"><#default><#return "not enough history"></#switch></#function>
<#-- A trend value in its unit: availability and budget in percent, MTTR as a duration, incidents per window. -->
<#function trendValue unit v><#switch unit><#case "availability"><#return fmt.pct(v, "0.000")><#case "budget"><#return fmt.pct(v, "0.0")><#case "minutes"><#return fmt.duration(v)><#default><#return fmt.num(v, "0.#")></#switch></#function>
<#assign d = dashboard>

## SRE dashboard (${d.window.from} to ${d.window.to})

<#if d.sloCompliance.total == 0>
No SLO results are stored for this date (no SLOs configured, or the SLO step did not run): availability, error budget and burn rate are not shown, and the availability and budget trends cannot be judged.
<#else>
SLO compliance: ${fmt.count(d.sloCompliance.compliant)} of ${fmt.count(d.sloCompliance.total)} SLOs meet their target<#if views.dashboard.sloCounts??>; status ${fmt.count(views.dashboard.sloCounts.red)} red, ${fmt.count(views.dashboard.sloCounts.amber)} amber, ${fmt.count(views.dashboard.sloCounts.green)} green</#if><#if d.sloCompliance.noData gt 0>; ${fmt.count(d.sloCompliance.noData)} without data</#if>. A service's status is the summary's: its worst objective, raised by incidents open on it.
</#if>

| Service | Status | SLO | Availability | Target | Budget left | Burn 1d | Incidents | MTTR mean |
|---|---|---|---:|---:|---:|---:|---:|---:|
<#list views.dashboard.rows as row><#assign s = row.service>
| **${s.service}** | ${row.status.label()}<#if row.statusReason??> (${row.statusReason})</#if> | ${s.objective!"no SLO"} | ${fmt.pct(s.availabilityPercent!, "0.000")} | ${fmt.pct(s.targetPercent!, "0.0##")} | ${fmt.pct(s.budgetRemainingPercent!, "0.0")} | ${fmt.num(s.burnRate1d!, "0.00")} | ${fmt.count((s.incidents.count)!0)} | ${fmt.duration((s.incidents.mttrMinutes)!)} |
</#list>

<#assign m = d.incidentMetrics>
Incidents in the window: ${fmt.count(m.totalIncidents)} (SEV1 ${fmt.count(m.sev1Incidents)}, SEV2 ${fmt.count(m.sev2Incidents)}); ${fmt.count(m.recentIncidents)} in the last 7 days; mean MTTR ${fmt.duration(m.averageMttrMinutes!)}; ${fmt.count(m.incidentsWithPostmortems)} resolved incidents with a postmortem.

### Reliability trends (this 30-day period against the previous one)

<#assign rt = d.reliabilityTrends>
<#if views.dashboard.baselineNote??>
${views.dashboard.baselineNote}

</#if>
| Trend | Direction | Now | Before | Change | Compared |
|---|---|---:|---:|---:|---|
<#list [["Availability", d.reliabilityTrends.availability, "availability"], ["Error budget", d.reliabilityTrends.errorBudget, "budget"], ["MTTR", d.reliabilityTrends.mttr, "minutes"], ["Incident frequency", d.reliabilityTrends.incidentFrequency, "count"]] as pair>
<#assign t = pair[1]>
| **${pair[0]}** | ${dashTrend(t)} | ${trendValue(pair[2], t.current!)} | ${trendValue(pair[2], t.previous!)} | <#if t.relativeChange??>${fmt.pct(t.relativeChange * 100, "+0;-0")}<#if pair?is_first> of unavailability</#if><#else>—</#if> | ${t.basis} |
</#list>

A change of at most ${fmt.pct(d.trendThreshold * 100, '0')} either way is stable.
<#if views.dashboard.lateData?has_content>

### Late data

Each burndown shows a past day as that day's report said it. Late (or corrected) data changed these points since:

<#list views.dashboard.lateData as p>
- ${p.slo} (${p.objective}), ${p.date}: late data changed this point: was ${fmt.pct(p.reportedPercent!"")} in that day's report, ${fmt.pct(p.recomputedPercent!"")} with the data stored now
</#list>
</#if>

### Recommendations

<#if d.recommendations?has_content>
<#list d.recommendations as r>
- ${r}
</#list>
<#else>
None of the recommendation rules fired (error budgets under 10%, more than 5 incidents in 7 days, SEV1/SEV2 without postmortem).
</#if>
