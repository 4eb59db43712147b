/**
 * The project's compiled manifests as the cluster gets them ({@link dev.jera.cluster.project.ProjectManifests}):
 * from the digest-pinned copies when the build wrote some, each with the templates it references, in the order
 * they are applied ({@link dev.jera.cluster.project.ApplyOrder}). Depends on {@code api} and jera-local's catalog.
 */
package dev.jera.cluster.project;
