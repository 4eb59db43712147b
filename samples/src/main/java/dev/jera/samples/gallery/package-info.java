/**
 * A gallery of Jera's features, each shown after one of the well-known Argo Workflows examples
 * ({@code examples/} of argoproj/argo-workflows): one small class per example, compiled to
 * {@code META-INF/argo/gallery-*.yaml}. These are Jera's own samples, not ports: each differs from its
 * upstream file in names or in what it does (its Javadoc says how). The faithful ports, with the upstream
 * names and semantics and compared with the upstream files, are in {@code dev.jera.samples.argo}.
 *
 * <table>
 *   <caption>Samples and the Argo examples they follow</caption>
 *   <tr><th>class</th><th>after Argo example</th></tr>
 *   <tr><td>{@link HelloWorld}</td><td>hello-world.yaml</td></tr>
 *   <tr><td>{@link Steps}</td><td>steps.yaml</td></tr>
 *   <tr><td>{@link DagDiamond}</td><td>dag-diamond.yaml</td></tr>
 *   <tr><td>{@link Parameters}</td><td>arguments-parameters.yaml, global-parameters.yaml</td></tr>
 *   <tr><td>{@link Loops}</td><td>loops.yaml</td></tr>
 *   <tr><td>{@link LoopsWithParam}</td><td>loops-param-argument.yaml, loops-maps.yaml</td></tr>
 *   <tr><td>{@link LoopsSequence}</td><td>loops-sequence.yaml</td></tr>
 *   <tr><td>{@link CoinFlip}</td><td>coinflip.yaml</td></tr>
 *   <tr><td>{@link Conditionals}</td><td>conditionals.yaml</td></tr>
 *   <tr><td>{@link CoinFlipRecursive}</td><td>coinflip-recursive.yaml (as a bounded retry-until)</td></tr>
 *   <tr><td>{@link RetryBackoff}</td><td>retry-backoff.yaml</td></tr>
 *   <tr><td>{@link RetryOnError}</td><td>retry-on-error.yaml</td></tr>
 *   <tr><td>{@link TaskTimeout}</td><td>dag-task-level-timeout.yaml</td></tr>
 *   <tr><td>{@link PodGcAndTtl}</td><td>pod-gc-strategy.yaml, gc-ttl.yaml, timeouts-workflow.yaml</td></tr>
 *   <tr><td>{@link ExitHandlers}</td><td>exit-handlers.yaml</td></tr>
 *   <tr><td>{@link EnhancedDepends}</td><td>dag-enhanced-depends.yaml</td></tr>
 *   <tr><td>{@link AnySucceeded}</td><td>docs/enhanced-depends-logic.md (AnySucceeded, AllFailed)</td></tr>
 *   <tr><td>{@link ArtifactPassing}</td><td>artifact-passing.yaml</td></tr>
 *   <tr><td>{@link ArtifactDisableArchive}</td><td>artifact-disable-archive.yaml</td></tr>
 *   <tr><td>{@link InputArtifactS3}</td><td>input-artifact-s3.yaml</td></tr>
 *   <tr><td>{@link InputArtifactGcs}</td><td>input-artifact-gcs.yaml</td></tr>
 *   <tr><td>{@link InputArtifactGit}</td><td>input-artifact-git.yaml</td></tr>
 *   <tr><td>{@link InputArtifactHttp}</td><td>input-artifact-http.yaml</td></tr>
 *   <tr><td>{@link InputArtifactRaw}</td><td>input-artifact-raw.yaml</td></tr>
 *   <tr><td>{@link InputArtifactAzure}</td><td>input-artifact-azure.yaml</td></tr>
 *   <tr><td>{@link InputArtifactOss}</td><td>input-artifact-oss.yaml</td></tr>
 *   <tr><td>{@link InputArtifactWebHdfs}</td><td>webhdfs-input-output-artifacts.yaml (its input)</td></tr>
 *   <tr><td>{@link OutputArtifactS3}</td><td>output-artifact-s3.yaml</td></tr>
 *   <tr><td>{@link KeyOnlyArtifact}</td><td>key-only-artifact.yaml</td></tr>
 *   <tr><td>{@link PrintSecret}</td><td>secrets.yaml</td></tr>
 *   <tr><td>{@link VolumesEmptyDir}</td><td>volumes-emptydir.yaml</td></tr>
 *   <tr><td>{@link VolumesExisting}</td><td>volumes-existing.yaml</td></tr>
 *   <tr><td>{@link VolumesPvc}</td><td>volumes-pvc.yaml</td></tr>
 *   <tr><td>{@link ConfigMapEnv}</td><td>arguments-parameters-from-configmap.yaml</td></tr>
 *   <tr><td>{@link PrintMessageTemplate}</td><td>workflow-template/templates.yaml</td></tr>
 *   <tr><td>{@link TemplateRef}</td><td>workflow-template/hello-world.yaml</td></tr>
 *   <tr><td>{@link WorkflowTemplateRef}</td><td>workflow-template/workflow-template-ref.yaml</td></tr>
 *   <tr><td>{@link ClusterTemplate}</td><td>cluster-workflow-template/clustertemplates.yaml</td></tr>
 *   <tr><td>{@link ClusterTemplateDag}</td><td>cluster-workflow-template/cluster-wftmpl-dag.yaml</td></tr>
 *   <tr><td>{@link TextTools}, {@link LibraryGreeting}, {@link LibraryWordCount}</td><td>none: Jera's {@code @Library}</td></tr>
 *   <tr><td>{@link SynchronizationMutex}</td><td>synchronization-mutex-wf-level.yaml</td></tr>
 *   <tr><td>{@link SynchronizationSemaphore}</td><td>synchronization-tmpl-level.yaml</td></tr>
 *   <tr><td>{@link MemoizeSimple}</td><td>memoize-simple.yaml</td></tr>
 *   <tr><td>{@link ContainerStep}</td><td>scripts-bash.yaml</td></tr>
 *   <tr><td>{@link KeyValueDaemon}</td><td>daemon-step.yaml</td></tr>
 *   <tr><td>{@link NodeSelector}</td><td>node-selector.yaml</td></tr>
 *   <tr><td>{@link PodResources}</td><td>pod-spec-patch.yaml</td></tr>
 *   <tr><td>{@link ParallelismLimit}</td><td>parallelism-limit.yaml</td></tr>
 *   <tr><td>{@link CronWorkflow}</td><td>cron-workflow.yaml</td></tr>
 *   <tr><td>{@link ApprovalGate}</td><td>suspend-template.yaml (not supported; the closest alternative)</td></tr>
 * </table>
 *
 * <p>Not supported by Jera, so not in the gallery as such: a template that calls itself
 * (coinflip-recursive.yaml, see {@link CoinFlipRecursive}), suspend templates and manual approval
 * (suspend-template.yaml, see {@link ApprovalGate}), daemons and sidecars, resource templates
 * (k8s-*.yaml), HTTP templates, container sets, nested DAGs and {@code continueOn}.
 */
package dev.jera.samples.gallery;
