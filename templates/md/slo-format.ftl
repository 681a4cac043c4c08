<#ftl output_format="Markdown">
<#-- Formatting of SLO values, shared by md/slos.ftl and the e-mail digest (mail.md.ftl). -->
<#function sloPct fraction digits="0.###"><#return fmt.pct(fraction * 100, digits)></#function>
<#function sloRate v><#return fmt.num(v, "0.00")></#function>
<#function sloLeft s><#if !s.budgetRemainingPercent??><#return "no data"><#elseif s.budgetRemainingPercent < 0><#return "overspent by " + fmt.pct(-s.budgetRemainingPercent)><#else><#return fmt.pct(s.budgetRemainingPercent) + " left"></#if></#function>
<#function sloTte s><#if !s.budgetRemainingPercent??><#return "no data"><#elseif !s.timeToExhaustionHours??><#return "not burning"><#elseif s.timeToExhaustionHours == 0><#return "exhausted"><#else><#return fmt.hours(s.timeToExhaustionHours)></#if></#function>
<#function sloThreshold a><#if a.name == "error_budget_critical"><#return "< " + fmt.pct(a.factor, "0.##") + " left"><#else><#return "burn > " + fmt.num(a.factor, "0.##")></#if></#function>
<#-- A budget amount: whole events (a budget of 376,367.4 events is read as 376,367), minutes to one decimal. -->
<#function sloAmount s v><#if s.budgetUnit == "events"><#return fmt.count(v)><#else><#return fmt.num(v, "0.#")></#if></#function>
