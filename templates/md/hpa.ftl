<#ftl output_format="Markdown">
<#if hpa.services?has_content || hpa.notes?has_content>

## Kubernetes HPA replay

Each HorizontalPodAutoscaler of jobs/hpa/ replayed as the Kubernetes ${hpa.kubernetesRelease} controller would have acted: a sync every ${hpa.syncPeriodSeconds?c} s over the recorded samples (each holds until the next), the replica calculator with whole-percent utilization and the tolerance band, stabilization windows, rate policies, min/max. Compared with what ran and with the policy replay of jobs/scaling-policies.yaml, all measured at the same syncs. Under-provisioned: minutes in which the load of a per-pod metric of the HPA was above its target × replicas.
<#list hpa.notes as n>

**${n}**
</#list>
<#list hpa.services as h>

### ${h.hpa} → ${h.service} (${h.file}, ${h.minReplicas?c}–${h.maxReplicas?c} replicas)

Metrics: ${h.metrics}. Behavior: ${h.behavior}.

| Variant | Instance hours | Cost | Minutes under-provisioned | Events | Flapping |
|---|---:|---:|---:|---:|---:|
<#list h.variants as v>
| ${v.variant?replace("_", " ")} | ${fmt.num(v.instanceHours, "0.0")} | ${fmt.num(v.cost, "0.00")} | ${fmt.duration(v.underProvisionedMinutes)} | ${v.scalingEvents?c} | ${v.flappingEpisodes?c} |
</#list>

${h.difference}

Behaviour variants on the same day:

| Variant | Instance hours | Cost | Minutes under-provisioned | Events | Flapping |
|---|---:|---:|---:|---:|---:|
<#list h.tuning as t>
| ${t.description}<#if t.variant == h.cheapest && t.variant != "as_written"> (cheapest)</#if><#if t.variant == h.leastUnderProvisioned && t.variant != "as_written"> (least under-provisioned)</#if> | ${fmt.num(t.instanceHours, "0.0")} | ${fmt.num(t.cost, "0.00")} | ${fmt.duration(t.underProvisionedMinutes)} | ${t.scalingEvents?c} | ${t.flappingEpisodes?c} |
</#list>

${h.advice}
<#list h.tuning as t>
<#if t.yaml?has_content && (t.variant == h.cheapest || t.variant == h.leastUnderProvisioned)>

To apply "${t.description}", change in ${h.file?keep_before_last("#")}:

```yaml
${t.yaml?no_esc}```
</#if>
</#list>
</#list>
</#if>
