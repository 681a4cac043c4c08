<#ftl output_format="Markdown">
<#-- Helpers for the Markdown report. Interpolations are escaped (tables stay intact). -->
<#function ts value><#if value?has_content><#return value?replace("T", " ")?replace("Z", "")?keep_before_last(":")><#else><#return "—"></#if></#function>
