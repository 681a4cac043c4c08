<#ftl output_format="Markdown">
<#-- Markdown twin of html/incidents.ftlh. -->
<#include "incident-format.ftl">
<#assign inc = incidents>
<#assign prev = inc.previous>

## Incidents (${inc.window.from} to ${inc.window.to})

${inc.total?c} incidents in the 30 days ending ${inc.window.to} (previous 30 days: ${prev.total?c}); an incident counts in the window it was resolved in, open ones in the current window. ${inc.incidentsLastDays?c} detected in the last 7 days.

### By severity

| Severity | Incidents | Previous | Open | MTTA mean | MTTR mean | MTTR median | MTTR p90 | MTTR previous | MTTR estimated |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
<#list ["sev1", "sev2", "sev3", "sev4"] as k>
<#assign g = inc.bySeverity[k]><#assign p = prev.bySeverity[k]><#assign est = inc.estimatedVsActualMttr[k?index]>
| **${k?upper_case}** | ${g.count?c} | ${incPrevious(g.count, p.count)} | ${g.open?c} | ${incMin(g.mttaMinutes!)} | ${incMin(g.mttrMinutes!)} | ${incMin(g.mttrMedianMinutes!)} | ${incMin(g.mttrP90Minutes!)} | ${incMin(p.mttrMinutes!)} | ${incMin(est.estimatedMinutes)}<#if est.ratio??> (actual ×${fmt.num(est.ratio, "0.0")})</#if> |
</#list>
| **All** | **${inc.overall.count?c}** | ${incPrevious(inc.overall.count, prev.overall.count)} | ${inc.overall.open?c} | ${incMin(inc.overall.mttaMinutes!)} | ${incMin(inc.overall.mttrMinutes!)} | ${incMin(inc.overall.mttrMedianMinutes!)} | ${incMin(inc.overall.mttrP90Minutes!)} | ${incMin(prev.overall.mttrMinutes!)} | |
<#if inc.overall.unacknowledged gt 0>

${inc.overall.unacknowledged?c} incident(s) never acknowledged: left out of MTTA.
</#if>

### By service

<#if inc.byService?has_content>
| Service | Status | Incidents | Previous | Open | MTTA mean | MTTR mean | MTTR p90 | MTTR previous |
|---|---|---:|---:|---:|---:|---:|---:|---:|
<#list inc.byService as svc, g>
<#assign p = prev.byService[svc]!{}>
| **${svc}** | ${(views.serviceStatus[svc].label())!"unknown"} | ${g.count?c} | ${incPrevious(g.count, p.count!0)} | ${g.open?c} | ${incMin(g.mttaMinutes!)} | ${incMin(g.mttrMinutes!)} | ${incMin(g.mttrP90Minutes!)} | ${incMin(p.mttrMinutes!)} |
</#list>
<#else>
No incident in this window.
</#if>

### Open incidents

<#if inc.open?has_content>
<#list inc.open as o>
- **${o.severity} ${o.id}** ${o.title} — ${o.services?join(", ")}; detected ${l.ts(o.detectedAt)} UTC, open ${incDur(o.openMinutes)}, <#if o.acknowledged>acknowledged<#else>**not acknowledged**</#if>.
  - Escalation: **${o.currentStep.contact}** engaged (due at ${fmt.duration(o.currentStep.afterMinutes)}, ${incDur(o.minutesPastCurrentStep)} ago); <#if o.nextStep??>next: ${o.nextStep.contact} in ${incDur(o.minutesUntilNextStep)}.<#else>**escalation timeline exhausted — overdue**.</#if>
  - Immediate actions: ${o.plan.immediateActions?join("; ")}.
  - Communication: <#list o.plan.communicationPlan as who, when>${who?replace("_", " ")} ${when?replace("_", " ")}<#sep>; </#list>.
<#if o.plan.recoveryProcedures?has_content>
  - Recovery: ${o.plan.recoveryProcedures?join("; ")}.
</#if>
</#list>
<#else>
No incident open at the end of ${inc.window.to}.
</#if>

### Postmortems

<#assign pm = inc.postmortems>
<#if pm.required gt 0>
${pm.completed?c} of ${pm.required?c} SEV1/SEV2 incidents resolved in the window have a postmortem (${fmt.pct(pm.completionRate * 100, '0')}). Median time to postmortem: ${(pm.medianDaysToPostmortem??)?then(fmt.hours(pm.medianDaysToPostmortem * 24), 'no postmortem yet')}.
<#else>
No SEV1/SEV2 incident was resolved in the window, so no postmortem was required.
</#if>

<#if inc.missingPostmortems?has_content>
| Missing postmortem | Severity | Resolved (UTC) |
|---|---|---|
<#list inc.missingPostmortems as m>
| **${m.id}** ${m.title} | ${m.severity} | ${l.ts(m.resolvedAt)} |
</#list>
<#else>
No SEV1/SEV2 incident is missing its postmortem.
</#if>

<#if inc.actionItems?has_content>
| Action item | Incident |
|---|---|
<#list inc.actionItems as a>
| ${a.item} | **${a.incidentId}** (${a.severity}) ${a.incidentTitle} |
</#list>
<#else>
No postmortem action items recorded for the window's incidents.
</#if>

### Recurring causes

<#if inc.recurringCauses?has_content>
| Primary cause | Incidents | Ids |
|---|---:|---|
<#list inc.recurringCauses as c>
| ${c.example} | ${c.count?c} | ${c.incidentIds?join(", ")} |
</#list>

Over this window and the previous one.
<#else>
No primary cause is shared by two or more incidents of this and the previous window.
</#if>

### Severity classification

<#if inc.classificationDisagreements?has_content>
| Incident | Given | By the rules | Why |
|---|---|---|---|
<#list inc.classificationDisagreements as d>
| **${d.id}** | ${d.given} | ${d.computed} | ${d.reason} |
</#list>

The given severity is kept; the rules' severity is shown for review.
<#else>
Every given severity agrees with the classification rules.
</#if>
