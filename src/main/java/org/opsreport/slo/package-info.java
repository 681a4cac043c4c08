/**
 * SLOs and error budgets: OpenSLO v1 definitions, budget burn, multi-window burn-rate alerts.
 * <p>
 * Plain Java. The pipeline
 * <ol>
 * <li>loads {@code jobs/slos} once with {@link org.opsreport.slo.OpenSloLoader#load(java.nio.file.Path, java.util.Set)}
 * (fails fast with a {@link org.opsreport.slo.SloConfigException} naming file, document and field path);</li>
 * <li>for every {@link org.opsreport.slo.SloDefinition} loads the samples of
 * {@link org.opsreport.slo.SloDefinition#metrics()} in
 * {@code [SloEvaluator.dataStart(slo, end), end)} into {@link org.opsreport.slo.MetricSamples};</li>
 * <li>calls {@link org.opsreport.slo.SloEvaluator#evaluateAll} with the incidents as
 * {@link org.opsreport.slo.IncidentWindow}s and stores the {@link org.opsreport.slo.ObjectiveResult}s, which
 * serialize directly as report.json {@code slos} entries.</li>
 * </ol>
 * In the pipeline, {@code SloSteps} does exactly this (step {@code slos}, report section
 * {@code slos}) with the thresholds of {@link org.opsreport.slo.SloProperties} ({@code opsreport.slo.*});
 * formulas and fields are documented in docs/slo.md.
 * <p>
 * Sources: Google SRE Workbook, "Implementing SLOs" (error budget policy) and "Alerting on SLOs"
 * (multiwindow, multi-burn-rate alerts); the OpenSLO v1 specification; Sloth for the window scaling of the
 * burn-rate factors.
 */
package org.opsreport.slo;
