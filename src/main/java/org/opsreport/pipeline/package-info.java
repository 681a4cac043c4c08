/**
 * What the features share with the job, and nothing else: the report date every step works on and
 * the small helper that turns "do this for the report date" into a Batch step. The features depend on
 * this package, never on {@code job}, which assembles their steps into the {@code nightly} and
 * {@code report} jobs.
 */
package org.opsreport.pipeline;
