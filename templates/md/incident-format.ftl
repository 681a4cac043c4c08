<#ftl output_format="Markdown">
<#-- Formatting of incident durations, shared by md/incidents.ftl and the e-mail digest (mail.md.ftl). -->
<#function incMin v><#return fmt.duration(v)></#function>
<#function incDur v><#return fmt.duration(v)></#function>
<#function incCountTrend now before><#if now gt before><#return "▲ " + (now - before)?c><#elseif now lt before><#return "▼ " + (before - now)?c><#else><#return "="></#if></#function>
<#-- The previous window's count and the change, or "not enough history" where the store does not cover
     the previous window (views.incidents.trendsJudged, the dashboard's rule). -->
<#function incPrevious now before><#if views.incidents?? && !views.incidents.trendsJudged><#return "not enough history"></#if><#return before?c + " (" + incCountTrend(now, before) + ")"></#function>
