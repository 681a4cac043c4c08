<#ftl output_format="Markdown">
<#-- "due by" / "overdue since" of a recommendation, where a policy gives a date (Summary.Recommendation). -->
<#macro due r><#if r.dueBy??><#if r.overdue!false>**overdue since ${fmt.ts(r.dueBy)} UTC**<#else>**due by ${fmt.ts(r.dueBy)} UTC**</#if> (${r.dueReason!""})</#if></#macro>
<#macro owner r><#if r.owner??>owner: ${r.owner}<#elseif r.ownerNote??>${r.ownerNote}</#if></#macro>

## Summary

**${summary.headline.status?upper_case}** — ${summary.headline.text}
<#if summary.headline.action??>

**First action**<#if summary.headline.owner??> (owner: ${summary.headline.owner})</#if>: ${summary.headline.action}<#if summary.recommendations?has_content && summary.recommendations[0].dueBy??> <@due r=summary.recommendations[0]/></#if>
</#if>

<#if summary.services?has_content>
| Service | Status | Budget left (worst SLO) | <#if summary.incidentWindowDays??>Incidents open / last ${summary.incidentWindowDays?c} d<#else>Incidents open</#if> | Tomorrow's capacity |
|---|---|---:|---:|---|
<#list digest???then(views.digest.summaryServices, summary.services) as s>
| ${s.service}<#if s.owner??> (${s.owner})</#if> | ${s.status.label()}<#if s.statusReason??> (${s.statusReason})</#if> | <#if s.budgetRemainingPercent??>${fmt.pct(s.budgetRemainingPercent)}<#if s.worstObjective??> (${s.worstObjective})</#if><#else>—</#if> | ${fmt.count(s.openIncidents!)}<#if s.incidentsInWindow??> / ${fmt.count(s.incidentsInWindow)}</#if> | <#if s.capacityAction??>${s.capacityAction?replace("_", " ")}: ${s.capacityDetail!""}<#else>no capacity plan</#if> |
</#list>
<#if digest?? && views.digest.summaryMore gt 0>

${fmt.count(views.digest.summaryMore)} more services, in better shape, in the full report.
</#if>
<#else>
No service has SLO, incident or capacity results for this day.
</#if>

### Top recommendations

<#if summary.recommendations?has_content>
<#list summary.recommendations as r>
${r.rank?c}. ${r.message} (${r.impact?replace("_", " ")}<#if r.owner?? || r.ownerNote??>; <@owner r=r/></#if>)<#if r.dueBy??> <@due r=r/></#if>
</#list>

Ranked by impact (page-level burn, exhausted budget, re-classification, overdue escalation, missing postmortem, ticket-level burn, saturation, high bottleneck, scale-up, savings, medium bottleneck, advice): ${fmt.count(summary.recommendations?size)} of ${fmt.count(summary.recommendationsConsidered)}.
<#else>
Nothing to recommend today.
</#if>
