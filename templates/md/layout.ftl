<#ftl output_format="Markdown">
<#-- Helpers for the Markdown report. Interpolations are escaped (tables stay intact). -->
<#function ts value><#return fmt.ts(value)></#function>
<#-- The charts of a section (drawn by the renderer only when their data exists), below it. -->
<#macro charts list section>
<@chartList list=list?filter(c -> c.section == section)/>
</#macro>
<#-- The given charts (nothing when the list is empty). -->
<#macro chartList list>
<#list list>

<#items as c>
![${c.title}](${c.file})
</#items>
</#list>
</#macro>
