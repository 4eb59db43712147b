/**
 * From the build to the cluster: lint, apply, submit, watch and read the logs of compiled workflows through
 * Argo Server's REST API, as a library (the commands that parse a command line are in jera-cli's
 * {@code dev.jera.cli.cluster}).
 *
 * <ul>
 *   <li>{@code api}: the HTTP client of Argo Server (configured as the {@code argo} CLI is), its requests,
 *       faults and retries; depends on the JDK and Jackson only;
 *   <li>{@code project}: the project's compiled manifests, their digest-pinned copies and the order templates
 *       are applied in; depends on {@code api} and jera-local's catalog;
 *   <li>{@code deploy}: applying and submitting, compared field by field with what the cluster holds; depends on
 *       {@code api} and {@code project};
 *   <li>{@code status}: a Workflow's status read as a run (the reports of a local run); depends on {@code api}
 *       and jera-local's report types.
 * </ul>
 */
package dev.jera.cluster;
