<#-- Markdown twin of html/slo-attribution.ftlh. -->
<#assign attributed = views.slos.attributed>
<#if attributed?has_content>

| SLO | Budget consumed | By incidents | Not linked to an incident |
|---|---:|---:|---:|
<#list attributed as s>
| ${s.name}: ${s.objective} | ${fmt.pct(s.budgetAttribution.consumedPercent, "0.0")} | ${fmt.pct(s.budgetAttribution.incidentsPercent, "0.0")} | ${fmt.pct(s.budgetAttribution.notLinkedPercent, "0.0")} |
</#list>

A bad event or slice inside several incidents is split evenly between them, so the incidents' shares add up to at most the budget consumed.
</#if>
