<#ftl output_format="Markdown">

## Incidents on ${reportDate}

<#if today.incidents?has_content>
| Incident | Severity | Services | Detected (UTC) | Status | Duration |
|---|---|---|---|---|---:|
<#list today.incidents as i><#if todayRowsShown?? && i?index == todayRowsShown><#break></#if>
| **${i.id}** ${i.title} | ${i.severity?has_content?then(i.severity, "unclassified")} | ${i.services?join(", ")} | ${l.ts(i.detectedAt)} | ${i.status} | ${fmt.duration(i.durationMinutes)} |
</#list>
<#if todayRowsShown?? && today.incidents?size gt todayRowsShown>

${(today.incidents?size - todayRowsShown)?c} more incidents of the day in the full report.
</#if>
<#else>
No incident was open or detected on this day.
</#if>
