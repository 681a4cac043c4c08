<#ftl output_format="Markdown">

## Incidents on ${reportDate}

<#if today.incidents?has_content>
| Incident | Severity | Services | Detected (UTC) | Status | Duration |
|---|---|---|---|---|---:|
<#list digest???then(views.digest.todayIncidents, today.incidents) as i>
| **${i.id}** ${i.title} | ${i.severity?has_content?then(i.severity, "unclassified")} | ${i.services?join(", ")} | ${l.ts(i.detectedAt)} | ${i.status} | ${fmt.duration(i.durationMinutes)} |
</#list>
<#if digest?? && views.digest.todayMore gt 0>

${views.digest.todayMore?c} more incidents of the day in the full report.
</#if>
<#else>
No incident was open or detected on this day.
</#if>
