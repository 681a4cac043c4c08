<#ftl output_format="Markdown">

## Incidents on ${reportDate}

<#if today.incidents?has_content>
| Incident | Severity | Services | Detected (UTC) | Status | Duration |
|---|---|---|---|---|---:|
<#list today.incidents as i>
| **${i.id}** ${i.title} | ${i.severity?has_content?then(i.severity, "unclassified")} | ${i.services?join(", ")} | ${l.ts(i.detectedAt)} | ${i.status} | ${i.durationMinutes?c} min |
</#list>
<#else>
No incident was open or detected on this day.
</#if>
