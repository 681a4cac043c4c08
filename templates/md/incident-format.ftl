<#ftl output_format="Markdown">
<#-- Formatting of incident durations, shared by md/incidents.ftl and the e-mail digest (mail.md.ftl). -->
<#function incMin v><#if v?is_number><#return v?string("0") + " min"><#else><#return "—"></#if></#function>
<#function incDur v><#if v?is_number><#if v gte 120><#return (v / 60)?string("0.0") + " h"><#else><#return v?string("0") + " min"></#if><#else><#return "—"></#if></#function>
<#function incCountTrend now before><#if now gt before><#return "▲ " + (now - before)?c><#elseif now lt before><#return "▼ " + (before - now)?c><#else><#return "="></#if></#function>
