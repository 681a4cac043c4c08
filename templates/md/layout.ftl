<#ftl output_format="Markdown">
<#-- Helpers for the Markdown report. Interpolations are escaped (tables stay intact). -->
<#function ts value><#return fmt.ts(value)></#function>
<#-- The given charts (nothing when the list is empty). -->
<#macro chartList list>
<#list list>

<#items as c>
![${c.title}](${c.file})
</#items>
</#list>
</#macro>
