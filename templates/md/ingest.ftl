<#ftl output_format="Markdown">

## Ingest

<#assign t = ingest.totals>
${t.files?c} files: ${t.read?c} rows read, ${t.inserted?c} new, ${t.replaced?c} replaced, ${t.unchanged?c} unchanged, ${t.rejected?c} rejected.

<#if ingest.files?has_content>
| File | Read | New | Replaced | Unchanged | Rejected | Warnings |
|---|---:|---:|---:|---:|---:|---|
<#list ingest.files as f>
| ${f.file} | ${f.read?c} | ${f.inserted?c} | ${f.replaced?c} | ${f.unchanged?c} | ${f.rejected?c} | ${f.warnings!""} |
</#list>
</#if>
<#if ingest.rejectsShown?has_content>

Rejected rows (all ${t.rejected?c} are in ${ingest.rejectsFile}):

| File | Line | Column | Reason |
|---|---:|---|---|
<#list ingest.rejectsShown as r>
| ${r.file} | ${r.line?c} | ${r.column!""} | ${r.reason} |
</#list>
</#if>
