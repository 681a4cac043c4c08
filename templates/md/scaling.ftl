<#ftl output_format="Markdown">
<#assign eventsShown = 30>
<#assign flapsShown = 10>

## Scaling

What the scaling policies (jobs/scaling-policies.yaml) would have done over the day's recorded load, compared with what really ran, a predictive replay and Kubernetes-style target tracking. Load = CPU utilization × recorded instances; times UTC.
<#if scaling.forecasts.replayStatement??>

Recorded = what ran in production (exported instance_count); simulated = what the policies would have done. ${scaling.forecasts.replayStatement}
</#if>
<#if scaling.forecasts.note??>

**${scaling.forecasts.note}**
</#if>
<#list scaling.notes as n>

**${n}**
</#list>
<#if scaling.services?has_content>

### Simulated (policy replay): statistics

| Events | Scale-out | Scale-in | Predictive | Per hour |
|---:|---:|---:|---:|---:|
| ${scaling.statistics.totalScalingEvents?c} | ${scaling.statistics.scaleOutEvents?c} | ${scaling.statistics.scaleInEvents?c} | ${scaling.statistics.predictiveScalingEvents?c} | ${scaling.statistics.averageScalingFrequencyPerHour?string("0.00")} |
<#if scaling.recommendations?has_content>

<#list scaling.recommendations as r>
- ${r}
</#list>
</#if>

### Per service

| Service | Recorded: instances at end, changes | Simulated: instances at end, events | Simulated flapping: runs (reversals) | Last simulated scaling |
|---|---:|---:|---:|---|
<#list scaling.services as s>
| ${s.service} | <#if s.recordedInstancesAtEnd??>${s.recordedInstancesAtEnd?c}, ${s.recordedChanges???then(s.recordedChanges?c, "not recorded")}<#else>—</#if> | ${s.currentInstances?c}, ${s.scalingEvents?c} | ${s.flappingRuns???then(s.flappingRuns?c, "runs not recorded")} (${(s.flappingEpisodes!0)?c}) | <#if s.lastScaledAt??>${l.ts(s.lastScaledAt)}<#else>never</#if> |
</#list>

### Per policy

<#if scaling.policies?has_content>
Simulated. Score = 100 × (1 − share of the day under-provisioned on the services using the policy) × (1 − reversals ÷ triggers); rank 1 is best (docs/scaling.md).

| Rank | Policy | Name | Active | Triggers | Reversals | Under-provisioned | Score |
|---:|---|---|---|---:|---:|---:|---:|
<#list scaling.policies as p>
| ${p.rank???then(p.rank?c, "not recorded")} | ${p.policyId} | ${p.policyName} | ${p.active?string("yes", "no")} | ${p.triggerCount?c} | ${p.reversals???then(p.reversals?c, "not recorded")} | ${p.underProvisionedMinutes???then(p.underProvisionedMinutes?c + " min", "not recorded")} | ${p.score???then(p.score?string("0.0"), "not recorded")} |
</#list>
<#else>
No scaling policies are configured.
</#if>

### Actual vs reactive vs predictive vs target tracking

Instance-hours and cost over the day's samples; under-provisioned: minutes in which a utilization policy's metric (CPU above 80 % without one) was above its threshold_up at that variant's instance count. Recommended: the cheapest variant without more under-provisioned minutes than what really ran.

| Service | Variant | Instance-hours | Cost | Under-provisioned | Events |
|---|---|---:|---:|---:|---:|
<#list scaling.comparison as c>
<#list c.variants as v>
| <#if v?is_first>${c.service}</#if> | ${v.variant?replace("_", " ")}<#if v.variant == "predictive" && !scaling.forecasts.predictiveReplay?seq_contains(c.service)> (no forecast: as reactive)</#if><#if v.variant == c.recommendedVariant> **recommended**</#if> | ${v.instanceHours?string("0.0")} | ${v.cost?string("0.00")} | ${fmt.duration(v.underProvisionedMinutes)} | ${v.scalingEvents?c} |
</#list>
</#list>

### Flapping (simulated)

<#if scaling.flapping?has_content>
A scale-out and a scale-in of the same service within twice its cooldown. ${(scaling.flappingRuns![])?size?c} runs with ${scaling.flapping?size?c} reversals in all<#if (scaling.flapping?size > flapsShown)>; the first ${flapsShown?c} shown, all are in report.json</#if>.

| Service | First | Then | Gap | Window |
|---|---|---|---:|---:|
<#list scaling.flapping as f>
<#if f?index == flapsShown><#break></#if>
| ${f.service} | ${l.ts(f.firstAt)} ${f.firstAction?replace("_", "-")} | ${l.ts(f.secondAt)} ${f.secondAction?replace("_", "-")} | ${(f.gapSeconds / 60)?string("0.#")} min | ${(f.windowSeconds / 60)?string("0.#")} min |
</#list>
<#else>
No flapping: no service scaled out and back in (or in and back out) within twice its cooldown.
</#if>

### Replayed events

<#if scaling.events?has_content>
${scaling.events?size?c} events of the policy replay (the predictive variant: policies plus the forecast rule)<#if (scaling.events?size > eventsShown)>; the first ${eventsShown?c} shown, all are in report.json and in the store table scaling\_event</#if>.

| Time | Service | Action | Type | Policy | Instances | Trigger |
|---|---|---|---|---|---:|---|
<#list scaling.events as e>
<#if e?index == eventsShown><#break></#if>
| ${l.ts(e.timestamp)} | ${e.serviceId} | ${e.action?replace("_", "-")} | ${e.type} | ${e.policyId!"—"} | ${e.previousInstances?c} → ${e.newInstances?c} | ${e.triggerMetric} ${e.triggerValue?string("0.0")} (threshold ${e.threshold?string("0.#")}) |
</#list>
<#else>
The policies made no scaling decision over the day.
</#if>

### Capacity plan for tomorrow

<#if scaling.capacityPlan?has_content>
Instances needed per UTC hour to keep the upper 80 % forecast of load under the service's target utilization, within its min/max. ▲ more than ran in that hour today, ▼ fewer.

<#assign hours = ["00","01","02","03","04","05","06","07","08","09","10","11","12","13","14","15","16","17","18","19","20","21","22","23"]>
| Service |<#list hours as h> ${h} |</#list>
|---|<#list hours as h>---:|</#list>
<#list scaling.forecasts.capacityPlan as service>
<#assign entries = scaling.capacityPlan?filter(e -> e.service == service)>
| ${service} |<#list hours as h><#assign hit = entries?filter(e -> e.hour?substring(11, 13) == h)> <#if hit?has_content>${hit[0].instancesNeeded?c}<#if hit[0].action == "scale_up">▲<#elseif hit[0].action == "scale_down">▼</#if><#else>—</#if> |</#list>
</#list>
<#if findings?? && findings.capacity?has_content>

Where the recorded day contradicts this plan, the findings decide what the summary says (one capacity rule): <#list findings.capacity as c>${c.service} ${c.action?replace('_', ' ')}: ${c.detail}<#sep> </#list>
</#if>
<#else>
No capacity plan: there is no load forecast for tomorrow.
</#if>
<#else>

No service could be replayed on this day: the replay needs cpu\_utilization and instance\_count samples of the day.
</#if>
