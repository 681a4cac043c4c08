<#ftl output_format="Markdown">
<#-- Markdown twin of html/scaling.ftlh; the long tables are in md/scaling-details.ftl. -->

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
| ${scaling.statistics.totalScalingEvents?c} | ${scaling.statistics.scaleOutEvents?c} | ${scaling.statistics.scaleInEvents?c} | ${scaling.statistics.predictiveScalingEvents?c} | ${fmt.num(scaling.statistics.averageScalingFrequencyPerHour, "0.00")} |
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
| ${p.rank???then(p.rank?c, "not recorded")} | ${p.policyId} | ${p.policyName} | ${p.active?string("yes", "no")} | ${p.triggerCount?c} | ${p.reversals???then(p.reversals?c, "not recorded")} | ${p.underProvisionedMinutes???then(fmt.duration(p.underProvisionedMinutes), "not recorded")} | ${p.score???then(fmt.num(p.score, "0.0"), "not recorded")} |
</#list>
<#else>
No scaling policies are configured.
</#if>

<#else>

No service could be replayed on this day: the replay needs cpu\_utilization and instance\_count samples of the day.
</#if>
<#if scaling.services?has_content || views.charts.inDetails("scaling")?has_content>

Details in [the detail page](details.md#scaling--details): the replay compared with what ran (cost, under-provisioned time), the flapping reversals, the replayed events, tomorrow's hourly capacity plan and the charts.
</#if>
