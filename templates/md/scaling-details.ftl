<#ftl output_format="Markdown">
<#-- Markdown twin of html/scaling-details.ftlh. -->
<#if scaling?? && (scaling.services?has_content || views.charts.inDetails("scaling")?has_content)>
<#assign sv = views.scaling>

## Scaling — details
<#if scaling.services?has_content>

### Actual vs reactive vs predictive vs target tracking

Instance-hours and cost over the day's samples; under-provisioned: minutes in which a utilization policy's metric (CPU above 80 % without one) was above its threshold_up at that variant's instance count. Recommended: the cheapest variant without more under-provisioned minutes than what really ran.

| Service | Variant | Instance-hours | Cost | Under-provisioned | Events |
|---|---|---:|---:|---:|---:|
<#list sv.comparison as c><#assign v = c.variant>
| ${c.service!""} | ${v.variant?replace("_", " ")}<#if c.withoutForecast> (no forecast: as reactive)</#if><#if c.recommended> **recommended**</#if> | ${fmt.num(v.instanceHours, "0.0")} | ${fmt.num(v.cost, "0.00")} | ${fmt.duration(v.underProvisionedMinutes)} | ${v.scalingEvents?c} |
</#list>

### Flapping (simulated)

<#if scaling.flapping?has_content>
A scale-out and a scale-in of the same service within twice its cooldown. ${(scaling.flappingRuns![])?size?c} runs with ${scaling.flapping?size?c} reversals in all<#if sv.flappingMore gt 0>; the first ${sv.flapping?size?c} shown, all are in report.json</#if>.

| Service | First | Then | Gap | Window |
|---|---|---|---:|---:|
<#list sv.flapping as f>
| ${f.service} | ${l.ts(f.firstAt)} ${f.firstAction?replace("_", "-")} | ${l.ts(f.secondAt)} ${f.secondAction?replace("_", "-")} | ${fmt.duration(f.gapSeconds / 60)} | ${fmt.duration(f.windowSeconds / 60)} |
</#list>
<#else>
No flapping: no service scaled out and back in (or in and back out) within twice its cooldown.
</#if>

### Replayed events

<#if scaling.events?has_content>
${scaling.events?size?c} events of the policy replay (the predictive variant: policies plus the forecast rule)<#if sv.eventsMore gt 0>; the first ${sv.events?size?c} shown, all are in report.json and in the store table scaling\_event</#if>.

| Time | Service | Action | Type | Policy | Instances | Trigger |
|---|---|---|---|---|---:|---|
<#list sv.events as e>
| ${l.ts(e.timestamp)} | ${e.serviceId} | ${e.action?replace("_", "-")} | ${e.type} | ${e.policyId!"—"} | ${e.previousInstances?c} → ${e.newInstances?c} | ${e.triggerMetric} ${fmt.num(e.triggerValue, "0.0")} (threshold ${fmt.num(e.threshold)}) |
</#list>
<#else>
The policies made no scaling decision over the day.
</#if>

### Capacity plan for tomorrow

<#if scaling.capacityPlan?has_content>
Instances needed per UTC hour to keep the upper 80 % forecast of load under the service's target utilization, within its min/max. ▲ more than ran in that hour today, ▼ fewer.

| Service |<#list sv.capacityDay.hours as h> ${h} |</#list>
|---|<#list sv.capacityDay.hours as h>---:|</#list>
<#list sv.capacityDay.rows as row>
| ${row.service} |<#list row.cells as cell> <#if cell.instancesNeeded??>${cell.instancesNeeded?c}<#if cell.up()>▲<#elseif cell.down()>▼</#if><#else>—</#if> |</#list>
</#list>
<#if findings?? && findings.capacity?has_content>

Where the recorded day contradicts this plan, the findings decide what the summary says (one capacity rule): <#list findings.capacity as c>${c.service} ${c.action?replace('_', ' ')}: ${c.detail}<#sep> </#list>
</#if>
<#else>
No capacity plan: there is no load forecast for tomorrow.
</#if>
<#else>

No service was replayed on this day; the charts below are what the replay compared.
</#if>
<@l.chartList list=views.charts.inDetails("scaling")/>
</#if>
