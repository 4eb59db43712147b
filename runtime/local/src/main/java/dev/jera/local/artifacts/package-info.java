/**
 * A step's input and output files: where an input comes from (another step's output, a URL, a repository, a
 * store, or a local copy a user gives: {@link dev.jera.local.artifacts.ArtifactOverrides}), staged into the
 * step's folder before it runs ({@link dev.jera.local.artifacts.ArtifactStaging}). Depends on {@code manifest},
 * {@code values} and {@code launch} (a repository is fetched by a command).
 */
package dev.jera.local.artifacts;
