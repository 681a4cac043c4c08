<#ftl output_format="Markdown">

## Summary

**${summary.headline.status?upper_case}** — ${summary.headline.text}
<#if summary.headline.action??>

**First action**<#if summary.headline.owner??> (owner: ${summary.headline.owner})</#if>: ${summary.headline.action}
</#if>

<#if summary.services?has_content>
| Service | Status | Budget left (worst SLO) | <#if summary.incidentWindowDays??>Incidents open / last ${summary.incidentWindowDays?c} d<#else>Incidents open</#if> | Tomorrow's capacity |
|---|---|---:|---:|---|
<#list digest???then(views.digest.summaryServices, summary.services) as s>
| ${s.service}<#if s.owner??> (${s.owner})</#if> | ${s.status.label()} | <#if s.budgetRemainingPercent??>${s.budgetRemainingPercent?string("0.0")}%<#if s.worstObjective??> (${s.worstObjective})</#if><#else>—</#if> | <#if s.openIncidents??>${s.openIncidents?c}<#else>—</#if><#if s.incidentsInWindow??> / ${s.incidentsInWindow?c}</#if> | <#if s.capacityAction??>${s.capacityAction?replace("_", " ")}: ${s.capacityDetail!""}<#else>no capacity plan</#if> |
</#list>
<#if digest?? && views.digest.summaryMore gt 0>

${views.digest.summaryMore?c} more services, in better shape, in the full report.
</#if>
<#else>
No service has SLO, incident or capacity results for this day.
</#if>

### Top recommendations

<#if summary.recommendations?has_content>
<#list summary.recommendations as r>
${r.rank?c}. ${r.message} (${r.impact?replace("_", " ")}<#if r.owner??>; owner: ${r.owner}</#if>)
</#list>

Ranked by impact (page-level burn, exhausted budget, missing postmortem, ticket-level burn, high bottleneck, scale-up, savings, medium bottleneck, advice): ${summary.recommendations?size?c} of ${summary.recommendationsConsidered?c}.
<#else>
Nothing to recommend today.
</#if>
