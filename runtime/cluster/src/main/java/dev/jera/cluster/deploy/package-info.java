/**
 * Applying the project's templates ({@link dev.jera.cluster.deploy.Applier}: created, updated or unchanged, by a
 * field-by-field comparison with the cluster's, {@link dev.jera.cluster.deploy.SemanticDiff}) and submitting a
 * workflow ({@link dev.jera.cluster.deploy.Submitter}). Depends on {@code api} and {@code project}.
 */
package dev.jera.cluster.deploy;
