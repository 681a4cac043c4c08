<#ftl output_format="Markdown">
<#-- GitHub-flavoured Markdown twin of report.html.ftlh: same sections, same order. -->
<#import "md/layout.ftl" as l>
# opsreport — ${reportDate}

Generated ${fmt.ts(generatedAt)} UTC.
<#list sectionNames as name>
<#include "md/" + name + ".ftl" ignore_missing=true>
<@l.chartList list=views.charts.inReport(name)/>
</#list>
