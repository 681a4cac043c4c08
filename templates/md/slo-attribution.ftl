<#-- Markdown twin of html/slo-attribution.ftlh. -->
<#assign attributed = views.slos.attributed>
<#if attributed?has_content>

| SLO | Budget consumed | By incidents | Not linked to an incident |
|---|---:|---:|---:|
<#list attributed as s>
| ${s.name}: ${s.objective} | ${s.budgetAttribution.consumedPercent?string("0.0")}% | ${s.budgetAttribution.incidentsPercent?string("0.0")}% | ${s.budgetAttribution.notLinkedPercent?string("0.0")}% |
</#list>

A bad event or slice inside several incidents is split evenly between them, so the incidents' shares add up to at most the budget consumed.
</#if>
