<#ftl output_format="Markdown">
<#-- Markdown twin of html/dashboard.ftlh. -->
<#function dashPct v digits><#if v?is_number><#return v?string(digits) + " %"><#else><#return "—"></#if></#function>
<#function dashNum v digits><#if v?is_number><#return v?string(digits)><#else><#return "—"></#if></#function>
<#function dashTrend t><#switch t.direction><#case "improving"><#return "↑ improving"><#case "degrading"><#return "↓ degrading"><#case "stable"><#return "→ stable"><#default><#return "not enough history"></#switch></#function>
<#assign d = dashboard>

## SRE dashboard (${d.window.from} to ${d.window.to})

<#if d.sloCompliance.total == 0>
No SLO results are stored for this date (no SLOs configured, or the SLO step did not run): availability, error budget and burn rate are not shown, and the availability and budget trends cannot be judged.
<#else>
SLO compliance: ${d.sloCompliance.compliant?c} of ${d.sloCompliance.total?c} SLOs meet their target<#if views.dashboard.sloCounts??>; status ${views.dashboard.sloCounts.red?c} red, ${views.dashboard.sloCounts.amber?c} amber, ${views.dashboard.sloCounts.green?c} green</#if><#if d.sloCompliance.noData gt 0>; ${d.sloCompliance.noData?c} without data</#if>. A service's status is the summary's: its worst objective, raised by incidents open on it.
</#if>

| Service | Status | SLO | Availability | Target | Budget left | Burn 1d | Incidents | MTTR mean |
|---|---|---|---:|---:|---:|---:|---:|---:|
<#list views.dashboard.rows as row><#assign s = row.service>
| **${s.service}** | ${row.status.label()}<#if row.statusReason??> (${row.statusReason})</#if> | ${s.objective!"no SLO"} | ${dashPct(s.availabilityPercent!, "0.000")} | ${dashPct(s.targetPercent!, "0.0##")} | ${dashPct(s.budgetRemainingPercent!, "0.0")} | ${dashNum(s.burnRate1d!, "0.00")} | ${((s.incidents.count)!0)?c} | ${dashNum((s.incidents.mttrMinutes)!, "0")}<#if (s.incidents.mttrMinutes)??> min</#if> |
</#list>

<#assign m = d.incidentMetrics>
Incidents in the window: ${m.totalIncidents?c} (SEV1 ${m.sev1Incidents?c}, SEV2 ${m.sev2Incidents?c}); ${m.recentIncidents?c} in the last 7 days; mean MTTR ${dashNum(m.averageMttrMinutes!, '0')} min; ${m.incidentsWithPostmortems?c} resolved incidents with a postmortem.

### Reliability trends (this 30-day period against the previous one)

<#assign rt = d.reliabilityTrends>
<#if views.dashboard.baselineNote??>
${views.dashboard.baselineNote}

</#if>
| Trend | Direction | Now | Before | Change | Compared |
|---|---|---:|---:|---:|---|
<#list [["Availability", d.reliabilityTrends.availability], ["Error budget", d.reliabilityTrends.errorBudget], ["MTTR", d.reliabilityTrends.mttr], ["Incident frequency", d.reliabilityTrends.incidentFrequency]] as pair>
<#assign t = pair[1]>
| **${pair[0]}** | ${dashTrend(t)} | ${dashNum(t.current!, "0.0##")} | ${dashNum(t.previous!, "0.0##")} | <#if t.relativeChange??>${(t.relativeChange * 100)?string("+0;-0")} %<#if pair?is_first> of unavailability</#if><#else>—</#if> | ${t.basis} |
</#list>

A change of at most ${(d.trendThreshold * 100)?string('0')}% either way is stable.
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
