/**
 * What a compiled manifest says, as the executor reads it: {@link dev.jera.local.manifest.ManifestReader} reads a
 * Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow ({@link dev.jera.local.manifest.StrictYaml}
 * refusing what a lenient reading would change) into a {@link dev.jera.local.manifest.WorkflowManifest} of
 * templates, tasks and their settings; {@link dev.jera.local.manifest.ManifestCheck} and
 * {@link dev.jera.local.manifest.ManifestNames} hold it to Argo's and Kubernetes' rules, so a hostile manifest on
 * the class path is refused before anything runs; {@link dev.jera.local.manifest.TemplateReferences} resolves
 * {@code templateRef} and {@code workflowTemplateRef} against other compiled workflows. Plain data and checks:
 * depends on jera-argo, the API's exceptions and Jackson, never on how a run goes.
 */
package dev.jera.local.manifest;
