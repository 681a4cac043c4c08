package org.opsreport.job;

import org.springframework.batch.core.step.Step;

/**
 * A step a feature contributes to the jobs, with its place in the pipeline. Features declare these
 * as beans next to their step configuration; {@link JobsConfiguration} assembles them, so adding an
 * analysis never means editing the job.
 *
 * @param phase where in the pipeline the step runs
 * @param order the position within the phase (lower first; ties by step name)
 * @param step the step
 */
public record PipelineStep(Phase phase, int order, Step step) {

	public enum Phase {

		/** Read exports into the store (nightly only). */
		INGEST,
		/** Retrain models and forecast (nightly only). */
		TRAIN,
		/** Compute the report date's results and store them (nightly only). */
		ANALYZE,
		/** Render the stored results (nightly and report). */
		RENDER,
		/** Send the rendered report (nightly and report). */
		DELIVER

	}

}
