<#-- One line: how well last night's intervals held today, and the backtest's coverage per horizon band. -->
<#assign held = forecasts?filter(f -> f.realized?? && f.realized.points gt 0 && f.realized.coverage80?? && f.realized.coverage95??)>
<#assign banded = forecasts?filter(f -> f.intervals?? && f.intervals.first6h?? && f.intervals.first6h.coverage80??)>
<#assign farBanded = banded?filter(f -> f.intervals.from24h?? && f.intervals.from24h.coverage80??)>
<#if held?has_content || banded?has_content>
<#assign values = 0><#assign in80 = 0><#assign in95 = 0>
<#list held as f><#assign values = values + f.realized.points><#assign in80 = in80 + f.realized.coverage80 * f.realized.points><#assign in95 = in95 + f.realized.coverage95 * f.realized.points></#list>
<#assign near = 0><#assign far = 0>
<#list banded as f><#assign near = near + f.intervals.first6h.coverage80></#list>
<#list farBanded as f><#assign far = far + f.intervals.from24h.coverage80></#list>
<#assign today = ""><#assign backtest = "">
<#if held?has_content><#assign today = "last night's 80% / 95% intervals held " + (in80 / values * 100)?string('0') + "% / " + (in95 / values * 100)?string('0') + "% of today's " + values?c + " recorded values (" + held?size?c + " series). "></#if>
<#if banded?has_content><#assign backtest = "In the backtest the 80% intervals held " + (near / banded?size * 100)?string('0') + "% of the values in the first 6 hours (mean over " + banded?size?c + " series)" + farBanded?has_content?then(" and " + (far / [farBanded?size, 1]?max * 100)?string('0') + "% beyond 24 hours (" + farBanded?size?c + " series)", "") + "."></#if>

Intervals: ${today}${backtest}
</#if>
