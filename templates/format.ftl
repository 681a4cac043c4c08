<#-- The one formatting library of every template (report.html, report.md, mail.html, mail.md, index):
     imported as "fmt". Functions return text; the caller's output format escapes it. A missing value
     (null) is shown as "—": call with value! so that a null arrives as an empty string. -->
<#-- A number with the given pattern, e.g. num(x, "0.00"). -->
<#function num v digits="0.#"><#if v?is_number><#return v?string(digits)><#else><#return "—"></#if></#function>
<#-- A percentage of a value already in percent, e.g. pct(42.17) = "42.2%". -->
<#function pct v digits="0.0"><#if v?is_number><#return v?string(digits) + "%"><#else><#return "—"></#if></#function>
<#-- A count of things (events, requests): an integer with thousands separators, e.g. 376,367. -->
<#function count v><#if v?is_number><#return v?round?string(",##0")><#else><#return "—"></#if></#function>
<#-- A duration in minutes in human units: "45 min", "6 h 10 min", "4 d 16 h", "> 1 year". -->
<#-- units.Durations.minutes: one implementation for templates and Java-made text. -->
<#function duration minutes><#if minutes?is_number><#return durations.minutes(minutes)><#else><#return "—"></#if></#function>
<#-- A duration in hours in human units (see duration). -->
<#function hours h><#if h?is_number><#return duration(h * 60)><#else><#return "—"></#if></#function>
<#-- A timestamp (ISO-8601 instant) to the minute, UTC: "2026-11-24 23:55". -->
<#function ts value><#if value?has_content><#local text = value?string><#return text?replace("T", " ")?replace("Z", "")?keep_before_last(":")><#else><#return "—"></#if></#function>
<#-- A forecast horizon band by its report.json key (forecast.IntervalsHeld): "first 6 h", "6-24 h", "beyond 24 h". -->
<#function band key><#return {"first6h": "first 6 h", "from6To24h": "6-24 h", "from24h": "beyond 24 h"}[key]!key></#function>
