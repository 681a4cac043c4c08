<#ftl output_format="Markdown">
<#-- Formatting of incident durations, shared by md/incidents.ftl and the e-mail digest (mail.md.ftl). -->
<#function incMin v><#return fmt.duration(v)></#function>
<#function incDur v><#return fmt.duration(v)></#function>
<#function incCountTrend now before><#if now gt before><#return "▲ " + (now - before)?c><#elseif now lt before><#return "▼ " + (before - now)?c><#else><#return "="></#if></#function>
