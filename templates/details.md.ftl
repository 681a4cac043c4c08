<#ftl output_format="Markdown">
<#-- Markdown twin of details.html.ftlh: the long tables and charts report.md links to. -->
<#import "md/layout.ftl" as l>
# opsreport — ${reportDate} — details

The detail tables and charts of [the report of ${reportDate}](report.md); every figure is also in report.json.
<#list sectionNames as name>
<#include "md/" + name + "-details.ftl" ignore_missing=true>
</#list>
