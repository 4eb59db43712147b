/**
 * From the build to the cluster: lint, apply, submit, watch and read the logs of compiled workflows
 * through Argo Server's REST API.
 *
 * <ul>
 *   <li>{@code api}: the HTTP client of Argo Server (configured as the {@code argo} CLI is), its
 *       requests, faults and retries;
 *   <li>{@code project}: the project's compiled manifests, their digest-pinned copies and the order
 *       templates are applied in;
 *   <li>{@code status}: a Workflow's status read as a run (the step table of a local run);
 *   <li>{@code cli}: one class per command, and a {@code main} to try them.
 * </ul>
 */
package dev.jera.cluster;
