package dev.jera.samples.argo;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.local.StepReport;
import dev.jera.samples.argo.testing.ArgoExamples;
import dev.jera.samples.argo.testing.Difference;
import dev.jera.samples.argo.testing.ExamplesTable;
import dev.jera.samples.argo.testing.ExamplesTable.Row;
import dev.jera.samples.argo.testing.ExamplesTable.Status;
import dev.jera.samples.argo.testing.PortComparator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ports of Argo's examples (the {@code ported} rows of {@code argo-examples.tsv}): each port's
 * manifests compared with its upstream file (porting-guide.md §2; a difference fails the row with every
 * difference listed), and each port run on the local executor where it can run on one machine.
 */
class ArgoPortsTest {
  /** What each port that runs locally ends as, by manifest name (Argo's examples include failing runs). */
  private static final Map<String, Phase> RUNS_LOCALLY = Map.ofEntries(
      Map.entry("fibonacci", Phase.SUCCEEDED),
      Map.entry("nested-workflow", Phase.SUCCEEDED),
      Map.entry("workflow-template-steps", Phase.SUCCEEDED),
      Map.entry("mixed-cluster-namespaced-wftmpl-steps", Phase.SUCCEEDED),
      Map.entry("global-outputs", Phase.SUCCEEDED),
      Map.entry("workflow-template-ref", Phase.SUCCEEDED),
      Map.entry("dag-nested", Phase.SUCCEEDED),
      Map.entry("coinflip-recursive", Phase.SUCCEEDED),
      Map.entry("dag-diamond-steps", Phase.SUCCEEDED),
      Map.entry("loops-param-arg", Phase.SUCCEEDED),
      Map.entry("custom-metrics", Phase.SUCCEEDED),
      Map.entry("dag-task", Phase.SUCCEEDED),
      Map.entry("withsequence-nested-result", Phase.SUCCEEDED),
      Map.entry("dag-diamond-coinflip", Phase.SUCCEEDED),
      Map.entry("recursive-loop", Phase.SUCCEEDED),
      Map.entry("resubmit", Phase.SUCCEEDED),
      Map.entry("exit-handlers", Phase.FAILED),
      Map.entry("workflow-template-dag-diamond", Phase.SUCCEEDED),
      Map.entry("cluster-wftmpl-dag", Phase.SUCCEEDED),
      Map.entry("workflow-template-submittable", Phase.SUCCEEDED),
      Map.entry("conditional-parameter", Phase.SUCCEEDED),
      Map.entry("dag-conditional-parameter", Phase.SUCCEEDED),
      Map.entry("conditional-artifacts", Phase.SUCCEEDED),
      Map.entry("dag-conditional-artifacts", Phase.SUCCEEDED),
      Map.entry("cluster-workflow-template-submittable", Phase.SUCCEEDED),
      Map.entry("cluster-workflow-template-ref", Phase.SUCCEEDED),
      Map.entry("arguments-parameters", Phase.SUCCEEDED),
      Map.entry("dag-contiue-on-fail", Phase.FAILED),
      Map.entry("dag-diamond", Phase.SUCCEEDED),
      Map.entry("dag-multiroot", Phase.SUCCEEDED),
      Map.entry("global-parameters", Phase.SUCCEEDED),
      Map.entry("loops", Phase.SUCCEEDED),
      Map.entry("retry-container", Phase.SUCCEEDED),
      Map.entry("retry-script", Phase.SUCCEEDED),
      Map.entry("scripts-bash", Phase.SUCCEEDED),
      Map.entry("steps", Phase.SUCCEEDED),
      Map.entry("scripts-python", Phase.SUCCEEDED),
      Map.entry("scripts-javascript", Phase.SUCCEEDED),
      Map.entry("hello-windows", Phase.SUCCEEDED),
      Map.entry("hello-hybrid", Phase.SUCCEEDED),
      Map.entry("image-pull-secrets", Phase.SUCCEEDED),
      Map.entry("synchronization-mutex-wf-level", Phase.SUCCEEDED),
      Map.entry("synchronization-wf-level", Phase.SUCCEEDED),
      Map.entry("dag-enhanced-depends", Phase.SUCCEEDED),
      Map.entry("output-parameter", Phase.SUCCEEDED),
      Map.entry("artifact-passing", Phase.SUCCEEDED),
      Map.entry("artifact-passing-subpath", Phase.SUCCEEDED),
      // Artifact GC is the cluster's: locally both files stay in the run's record.
      Map.entry("artifact-gc", Phase.SUCCEEDED),
      // The argument file text is raw: its first three lines are kept.
      Map.entry("artifact-path-placeholders", Phase.SUCCEEDED),
      Map.entry("parameter-aggregation", Phase.SUCCEEDED),
      Map.entry("parameter-aggregation-dag", Phase.SUCCEEDED),
      Map.entry("parameter-aggregation-script", Phase.SUCCEEDED),
      Map.entry("producer-output-default", Phase.SUCCEEDED),
      Map.entry("consumer-input-default", Phase.SUCCEEDED),
      Map.entry("expression-fallback", Phase.SUCCEEDED),
      Map.entry("expression-destructure-json", Phase.SUCCEEDED),
      Map.entry("expression-destructure-json-complex", Phase.SUCCEEDED),
      Map.entry("expression-reusing-verbose-snippets", Phase.SUCCEEDED),
      Map.entry("conditional", Phase.SUCCEEDED),
      Map.entry("label-value-from", Phase.SUCCEEDED),
      Map.entry("expression-tag-template", Phase.SUCCEEDED),
      Map.entry("memoized", Phase.SUCCEEDED),
      Map.entry("output-artifact-s3", Phase.SUCCEEDED),
      Map.entry("output-artifact-gcs", Phase.SUCCEEDED),
      Map.entry("output-artifact-azure", Phase.SUCCEEDED),
      Map.entry("key-only-artifacts", Phase.SUCCEEDED),
      Map.entry("artifact-repository-ref", Phase.SUCCEEDED),
      Map.entry("hdfs-artifact", Phase.SUCCEEDED),
      Map.entry("artifactory-artifact", Phase.SUCCEEDED),
      Map.entry("artifact-passing-explicit-plugin", Phase.SUCCEEDED),
      Map.entry("pod-spec-from-previous-step", Phase.SUCCEEDED),
      Map.entry("artifact-disable-archive", Phase.SUCCEEDED),
      Map.entry("continue-on-fail", Phase.SUCCEEDED),
      Map.entry("archive-location", Phase.SUCCEEDED),
      Map.entry("dag-target", Phase.SUCCEEDED),
      Map.entry("loops-maps", Phase.SUCCEEDED),
      Map.entry("loops-dag", Phase.SUCCEEDED),
      Map.entry("retry-with-steps", Phase.SUCCEEDED),
      Map.entry("retry-on-error", Phase.SUCCEEDED),
      Map.entry("workflow-template-hello-world", Phase.SUCCEEDED),
      Map.entry("workflow-template-retry-with-steps", Phase.SUCCEEDED),
      Map.entry("conditionals-complex", Phase.SUCCEEDED),
      Map.entry("loops-sequence", Phase.SUCCEEDED),
      // The webhook's URL is upstream's placeholder: the exit handler fails, and with it the workflow.
      Map.entry("exit-handler-slack", Phase.FAILED),
      Map.entry("github-path-filter", Phase.SUCCEEDED),
      Map.entry("hello-world", Phase.SUCCEEDED),
      // flakey-container fails, its continueOn lets the workflow go on and succeed.
      Map.entry("status-reference", Phase.SUCCEEDED),
      // failing-container exits 123 and continues; echo-container is given that exit code.
      Map.entry("exit-code-output-variable", Phase.SUCCEEDED),
      Map.entry("pod-metadata", Phase.SUCCEEDED),
      Map.entry("pod-metadata-wf-field", Phase.SUCCEEDED),
      Map.entry("pod-spec-patch-wf-tmpl", Phase.SUCCEEDED),
      // The scheduler limits and the selector are the cluster's: locally the template just runs.
      Map.entry("pod-resources", Phase.SUCCEEDED),
      Map.entry("pod-spec-patch", Phase.SUCCEEDED),
      Map.entry("pod-spec-yaml-patch", Phase.SUCCEEDED),
      Map.entry("node-selector", Phase.SUCCEEDED),
      // Heads or tails, exactly one of the two conditional steps runs: the workflow succeeds either way.
      Map.entry("coinflip", Phase.SUCCEEDED),
      Map.entry("hello-world-multiple-schedules", Phase.SUCCEEDED),
      Map.entry("input-artifact-raw", Phase.SUCCEEDED),
      Map.entry("test-dns-config", Phase.SUCCEEDED),
      Map.entry("gc-ttl", Phase.SUCCEEDED),
      // fail fails beside succeed (podGC only decides which pods a cluster deletes): the workflow fails.
      Map.entry("pod-gc-strategy", Phase.FAILED),
      Map.entry("pod-gc-strategy-with-label-selector", Phase.FAILED),
      Map.entry("title-and-description-with-markdown", Phase.SUCCEEDED),
      Map.entry("workflow-archive-logs", Phase.SUCCEEDED),
      // The init container's echo runs on this machine before the step.
      Map.entry("init-container", Phase.SUCCEEDED),
      // The sidecar's sh -c "sleep 10" runs beside large and is stopped when it ends, after five seconds.
      Map.entry("pod-resources-template-override", Phase.SUCCEEDED),
      Map.entry("retry-backoff", Phase.SUCCEEDED),
      // No limit: retried until it exits 0.
      Map.entry("retry-to-completion", Phase.SUCCEEDED),
      // retry-script exits 1 or 2; the expression retries a 2 only, so its first 1 (or the limit) fails it.
      Map.entry("retry-conditional", Phase.FAILED),
      Map.entry("job", Phase.SUCCEEDED),
      Map.entry("daily-job", Phase.SUCCEEDED),
      Map.entry("backfill-v2", Phase.SUCCEEDED),
      // Each step's (task's) exit hook runs once it has ended; what comes after waits for it.
      Map.entry("exit-handler-step-level", Phase.SUCCEEDED),
      Map.entry("exit-hanlder-dag-level", Phase.SUCCEEDED),
      Map.entry("exit-handler-with-param", Phase.SUCCEEDED),
      Map.entry("exit-handler-with-artifacts", Phase.SUCCEEDED),
      Map.entry("container-on-exit", Phase.SUCCEEDED),
      // Resumed as soon as reached (RESUMED): the message is supplied; the answer YES runs deploy-prod.
      Map.entry("suspend-outputs", Phase.SUCCEEDED),
      Map.entry("intermediate-parameters-cicd", Phase.SUCCEEDED),
      // Container sets: their members run in one folder, in the order their dependencies give.
      Map.entry("graph", Phase.SUCCEEDED),
      Map.entry("parallel", Phase.SUCCEEDED),
      Map.entry("sequence", Phase.SUCCEEDED),
      Map.entry("outputs-result", Phase.SUCCEEDED),
      // The database locks are held as other locks locally (a database semaphore's limit: --semaphore, else 1).
      Map.entry("synchronization-db-mutex-wf-level", Phase.SUCCEEDED),
      Map.entry("synchronization-db-wf-level", Phase.SUCCEEDED),
      // Given the ConfigMap key of CONFIG_MAPS, as a cluster holding upstream's ConfigMap would give it.
      Map.entry("arguments-parameters-from-configmap", Phase.SUCCEEDED),
      Map.entry("global-parameter-values-from-configmap", Phase.SUCCEEDED),
      Map.entry("global-parameter-from-configmap-as-local-variable", Phase.SUCCEEDED),
      // Each runs the template print-message of a (Cluster)WorkflowTemplate, named as its entrypoint.
      Map.entry("workflow-template-ref-with-entrypoint-arg-passing", Phase.SUCCEEDED),
      Map.entry("cluster-workflow-template-ref-with-entrypoint-arg-passing", Phase.SUCCEEDED),
      // sequence-param waits for get-items' count (3), then prints each item of its file.
      Map.entry("handle-large-output-results", Phase.SUCCEEDED),
      // CronWorkflows sharing their names with a Workflow and a WorkflowTemplate: run once, now.
      Map.entry("hello-world.cronworkflow", Phase.SUCCEEDED),
      Map.entry("dag-inline.cronworkflow", Phase.SUCCEEDED));

  /**
   * The suspend steps that wait until resumed, by port, with the values supplied to each: a local run resumes
   * them as soon as they are reached ({@code LocalRun.resume}), as someone would on a cluster.
   */
  private static final Map<String, Map<String, Map<String, String>>> RESUMED = Map.of(
      "suspend-outputs", Map.of("approve", Map.of("message", "approved by the test")),
      "intermediate-parameters-cicd", Map.of("approval", Map.of("approve", "YES")));


  /**
   * ConfigMap keys the local runs of ports are given, by manifest name, by {@code name/key}: upstream's
   * {@code examples/configmaps/simple-parameters-configmap.yaml} holds {@code msg: 'hello world'}.
   */
  private static final Map<String, Map<String, String>> CONFIG_MAPS = Map.of(
      "arguments-parameters-from-configmap", Map.of("simple-parameters/msg", "hello world"),
      "global-parameter-values-from-configmap", Map.of("simple-parameters/msg", "hello world"),
      "global-parameter-from-configmap-as-local-variable", Map.of("simple-parameters/msg", "hello world"));

  /**
   * Ports whose steps fail at random on purpose, as upstream's do, by manifest name, with how many
   * attempts their retries allow: the run ends as {@link #RUNS_LOCALLY} says or, by chance, Failed with
   * every attempt of each failed step used, never otherwise.
   */
  private static final Map<String, Integer> RANDOM_FAILURES = Map.of(
      "retry-container", 11,
      "retry-script", 11,
      "retry-with-steps", 11,
      "retry-on-error", 3,
      "workflow-template-retry-with-steps", 11,
      "retry-backoff", 11,
      "resubmit", 1,
      "custom-metrics", 1);

  /** Ports that need a cluster, by manifest name, with why; the comparison is their whole test. */
  private static final Map<String, String> NEEDS_A_CLUSTER = Map.ofEntries(
      Map.entry("loop-arbitrary-sequential-steps", "its steps template's own failFast, which the local executor does not run"),
      Map.entry("daemoned-stateful-set-with-service", "resource templates: it creates, waits for and deletes a Service and a StatefulSet"),
      Map.entry("buildkit", "a claim created per run, the Secret docker-config, the network and three non-Java images"),
      Map.entry("input-artifact-s3", "an S3 bucket and the Secret my-s3-credentials"),
      Map.entry("input-artifact-azure", "an Azure Blob Storage container and the Secret my-azure-credentials"),
      Map.entry("input-artifact-oss", "an OSS bucket and the Secret my-oss-credentials"),
      Map.entry("k8s-wait-wf", "a cluster to create the Workflow in and wait for"),
      Map.entry("k8s-orchestrate", "a cluster to run, read and delete the Job"),
      Map.entry("input-output-artifact-webhdfs", "a WebHDFS endpoint and the Secrets oauth-sec and cert-sec"),
      Map.entry("input-artifact-gcs", "a GCS bucket and the Secret my-gcs-credentials"),
      Map.entry("input-artifact-git", "the network: it clones github.com/argoproj/argo-workflows"),
      Map.entry("input-artifact-http", "the network: it downloads kubectl from storage.googleapis.com"),
      Map.entry("http-template", "the network: its HTTP template gets a file from raw.githubusercontent.com"),
      Map.entry("http-template-condition", "the network: its HTTP templates request httpbin.org and google.com"),
      Map.entry("lifecycle-hook-tmpl-level", "the network: its hooks' HTTP template gets a file from raw.githubusercontent.com"),
      Map.entry("lifecycle-hook", "the network: its hooks' HTTP template gets a file from raw.githubusercontent.com"),
      Map.entry("volumes-emptydir", "a volume mounted at /mnt/vol (the local executor does not emulate mounts)"),
      Map.entry("volumes-existing", "the claim my-existing-volume mounted at /mnt/vol"),
      Map.entry("volumes-pvc", "a claim created per run, mounted at /mnt/vol"),
      Map.entry("arguments-artifacts", "the network: it downloads kubectl from storage.googleapis.com"),
      Map.entry("workflow-template-input-artifacts", "an S3 bucket and the Secret s3-creds"),
      Map.entry("ci-output-artifact", "a claim created per run, mounted at /go, the network (a git checkout) and the images golang, debian, alpine and ubuntu"),
      Map.entry("ci", "a claim created per run, mounted at sub-folders per step, the network (a git clone, Go modules) and the image golang"),
      Map.entry("ci-example", "a claim created per run, mounted at /go, the network (a git checkout) and the images golang, debian, alpine and ubuntu"),
      Map.entry("data-transformations", "the bucket my-bucket in S3 (its listing), keys of the artifact repository and the image argoproj/argosay"),
      Map.entry("work-avoidance", "a claim created per run, mounted at /work, and the MinIO at minio:9000 with the Secret my-minio-cred"),
      Map.entry("secrets", "the Secret my-secret, as a variable and as files mounted at /secret/mountpath"),
      Map.entry("resource-claims", "the ResourceClaimTemplate example-device-claim-template and a DRA driver that allocates its device"),
      Map.entry("resource-claims-template-override",
          "the ResourceClaimTemplates example-device-claim-template and example-large-device-claim-template and a DRA driver"),
      Map.entry("sidecar", "InfluxDB as the sidecar (locally its command influxd would have to be installed)"),
      Map.entry("sidecar-nginx", "nginx as the sidecar (locally its command nginx would have to be installed)"),
      Map.entry("sidecar-dind", "a privileged Docker daemon as the sidecar, and the Docker client of the step's image"),
      Map.entry("daemon-nginx", "nginx as the daemon: its image's own command, which the local executor cannot know"),
      Map.entry("daemon-step", "InfluxDB as the daemon: its image's own command, which the local executor cannot know"),
      Map.entry("dag-daemon-task", "InfluxDB as the daemon: its image's own command, which the local executor cannot know"),
      Map.entry("steps-daemon-retry", "nginx as the daemon on port 80 (locally its command nginx would have to be installed)"),
      Map.entry("dag-daemon-retry", "nginx as the daemon on port 80 (locally its command nginx would have to be installed)"),
      Map.entry("k8s-owner-reference", "a resource template: it creates a Workflow owned by this one"),
      Map.entry("k8s-patch-json-pod", "a resource template: it patches its own pod"),
      Map.entry("k8s-patch-json-workflow", "a resource template: it patches the workflow"),
      Map.entry("k8s-patch-merge-pod", "a resource template: it patches its own pod"),
      Map.entry("k8s-patch-pod", "a resource template: it patches its own pod"),
      Map.entry("k8s-jobs-log-selector", "a resource template: it creates a Kubeflow TFJob (the CRD and its operator)"),
      Map.entry("k8s-set-owner-reference", "a resource template: it creates a ConfigMap"),
      Map.entry("k8s-jobs", "a resource template: it creates a batch/v1 Job"),
      Map.entry("resource-delete-with-flags", "resource templates: they create and delete a ConfigMap"),
      Map.entry("resource-validate", "resource templates: they create an OpenShift Route (its CRD)"),
      Map.entry("workflow-of-workflows", "resource templates: they create Workflows from the WorkflowTemplate workflow-template-submittable"),
      Map.entry("backfill-v1", "a resource template: it applies a Workflow per day, which runs the WorkflowTemplate job"),
      Map.entry("workspace", "the emptyDir volume workspace mounted at /workspace in both containers of the set"),
      Map.entry("artifacts", "the network (it downloads annual.csv from datahub.io), the volumes in and out mounted in"
          + " every container of the set, and an S3 artifact repository for its outputs"));

  /**
   * Ports that run on one machine but for longer than the suite can spend on one, by manifest name, with
   * how long; the comparison is their test here ({@code jera run <name>} runs them).
   */
  private static final Map<String, String> TOO_LONG_TO_RUN_HERE = Map.ofEntries(
      Map.entry("synchronization-tmpl-level", "five ten-second sleeps, as many at once as the ConfigMap's limit"),
      Map.entry("synchronization-tmpl-level-mutex", "five 20-second and five 50-second sleeps, one at a time per mutex"),
      Map.entry("parallelism-nested", "sixteen ten-second jobs, four workers of four in sequence: about 40 seconds"),
      Map.entry("parallelism-nested-workflow", "four rounds, one at a time, of two thirty-second jobs: about two minutes"),
      Map.entry("parallelism-nested-dag", "fifteen ten-second jobs, two at a time: about 80 seconds"),
      Map.entry("loops-param-result", "eleven steps sleeping 20 to 30 seconds"),
      Map.entry("colored-logs", "99 seconds of printing, one line a second"),
      Map.entry("forever", "1000 seconds of printing, one line a second"),
      Map.entry("default-pdb-support", "a ten-second sleep"),
      Map.entry("sleep-when", "a ten-second sleep"),
      Map.entry("parallelism-template-limit", "ten ten-second sleeps, two at a time"),
      Map.entry("dag-primay-branch", "a thirty-second sleep before the rest of its branch"),
      Map.entry("parallelism-limit", "ten ten-second sleeps, two at a time"),
      Map.entry("timeouts-workflow", "steps a day long, stopped by the workflow's 30-second deadline"),
      Map.entry("steps-tmpl-timeout", "two steps stopped by their ten-second timeouts"),
      Map.entry("dag-task-level-timeout", "three 15-second sleeps in two rounds, one stopped by its ten-second timeout"),
      Map.entry("timeouts-step", "a sleep stopped by its ten-second activeDeadlineSeconds"),
      Map.entry("suspend-template", "a 20-second suspend (delay), after approve, which waits until resumed (--resume approve)"),
      Map.entry("synchronization-db-tmpl-level-mutex", "five 20-second and five 50-second sleeps, one at a time per mutex"),
      Map.entry("synchronization-db-tmpl-level", "five ten-second sleeps, one at a time unless --semaphore template=N"));


  /**
   * WorkflowTemplates whose templates other ports call or run, by manifest name, with which: they run
   * through those (a library of templates has no entrypoint; the others need their caller's arguments).
   */
  private static final Map<String, String> RUN_BY_OTHER_PORTS = Map.ofEntries(
      Map.entry("workflow-template-print-message", "workflow-template-dag-diamond calls its print-message"),
      Map.entry("workflow-template-random-fail-template", "a library: no example of this folder calls random-fail-template"),
      Map.entry("workflow-template-inner-steps", "a library: its steps template inner-steps is called by workflow-template/steps.yaml"),
      Map.entry("workflow-template-inner-dag", "workflow-template-dag-diamond calls its DAG inner-diamond"),
      Map.entry("cluster-workflow-template-print-message", "cluster-wftmpl-dag calls its print-message"),
      Map.entry("cluster-workflow-template-random-fail-template", "a library: no example of this folder calls random-fail-template"),
      Map.entry("cluster-workflow-template-inner-steps", "a library: its steps template inner-steps is called by mixed-cluster-namespaced-wftmpl-steps.yaml"),
      Map.entry("cluster-workflow-template-inner-dag", "cluster-wftmpl-dag calls its DAG inner-diamond"));

  @TempDir Path home;

  static Stream<Row> ported() {
    return ExamplesTable.read().stream().filter(r -> r.status() == Status.PORTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ported")
  void thePortIsFaithfulToItsUpstreamFile(Row row) {
    assumeTrue(ArgoExamples.folder().isPresent(),
        "Argo's examples (../shared/argo/v4.1.2/examples) are not beside the project: skipping the comparison");
    String upstream = ArgoExamples.read(ArgoExamples.folder().get(), row.upstream());
    List<String> manifests = row.manifests().stream().map(ArgoPortsTest::manifest).toList();
    List<Difference> differences = PortComparator.compare(upstream, manifests);
    assertWithMessage("%s (argo-examples.tsv:%s) ported as %s differs from upstream:\n%s", row.upstream(), row.line(),
        row.manifests(), differences.stream().map(Difference::toString).collect(Collectors.joining("\n")))
        .that(differences).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ported")
  void thePortRunsLocallyAsArgoWould(Row row) {
    for (String name : row.manifests()) {
      if (NEEDS_A_CLUSTER.containsKey(name) || TOO_LONG_TO_RUN_HERE.containsKey(name) || RUN_BY_OTHER_PORTS.containsKey(name)) {
        continue;
      }
      Integer attempts = RANDOM_FAILURES.get(name);
      // Retries decide as on Argo without sitting out their backoffs (LocalRun.fastRetries).
      LocalRun run = LocalRun.of(name).home(home.resolve(name));
      RESUMED.getOrDefault(name, Map.of()).forEach(run::resume);
      CONFIG_MAPS.getOrDefault(name, Map.of()).forEach((key, value) -> {
        int slash = key.indexOf('/');
        run.configMap(key.substring(0, slash), key.substring(slash + 1), value);
      });
      LocalReport report = (attempts != null ? run.fastRetries() : run).run();
      if (attempts != null && report.phase() == Phase.FAILED) {
        report.steps().forEach((step, result) -> failedAttempts(name, result, attempts));
        continue;
      }
      assertWithMessage("local run of %s, nodes:\n%s", name, report.nodes().stream()
              .map(node -> node.displayName() + ": " + node.phase() + " " + node.message()).collect(Collectors.joining("\n")))
          .that(report.phase()).isEqualTo(RUNS_LOCALLY.get(name));
    }
  }

  /** Each failed step of a randomly failing run used every attempt; a step that ran a graph, through its steps. */
  private static void failedAttempts(String workflow, StepReport step, int attempts) {
    if (step.phase() != Phase.FAILED) {
      return;
    }
    if (step.children().isEmpty()) {
      assertWithMessage("attempts of %s in a failed run of %s", step.name(), workflow).that(step.attempts()).isEqualTo(attempts);
    }
    step.children().forEach(child -> failedAttempts(workflow, child, attempts));
  }

  @Test
  void everyPortSaysWhetherItRunsLocally() {
    Set<String> ported = ported().flatMap(r -> r.manifests().stream()).collect(Collectors.toCollection(TreeSet::new));
    List<String> undeclared = new ArrayList<>();
    for (String name : ported) {
      int declared = (RUNS_LOCALLY.containsKey(name) ? 1 : 0) + (NEEDS_A_CLUSTER.containsKey(name) ? 1 : 0)
          + (TOO_LONG_TO_RUN_HERE.containsKey(name) ? 1 : 0) + (RUN_BY_OTHER_PORTS.containsKey(name) ? 1 : 0);
      if (declared != 1) {
        undeclared.add(name);
      }
    }
    assertWithMessage("ports in none or several of RUNS_LOCALLY, NEEDS_A_CLUSTER and TOO_LONG_TO_RUN_HERE")
        .that(undeclared).isEmpty();
    assertWithMessage("RUNS_LOCALLY, NEEDS_A_CLUSTER and TOO_LONG_TO_RUN_HERE name only ported manifests")
        .that(ported).containsAtLeastElementsIn(new TreeSet<>(Stream.of(
            RUNS_LOCALLY.keySet(), NEEDS_A_CLUSTER.keySet(), TOO_LONG_TO_RUN_HERE.keySet()).flatMap(Set::stream).toList()));
  }

  @Test
  void theTableListsEveryUpstreamExampleOnce() {
    assumeTrue(ArgoExamples.folder().isPresent(),
        "Argo's examples (../shared/argo/v4.1.2/examples) are not beside the project: skipping");
    List<String> listed = ExamplesTable.read().stream().map(Row::upstream).toList();
    assertThat(listed).containsNoDuplicates();
    assertThat(listed).containsExactlyElementsIn(ArgoExamples.workflowFiles(ArgoExamples.folder().get()));
  }

  /** A port's manifest as the processor wrote it into the samples' class output. */
  private static String manifest(String name) {
    String resource = "META-INF/argo/" + name + ".yaml";
    try (InputStream in = ArgoPortsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertWithMessage("no manifest %s: is the port's @Workflow named '%s'?", resource, name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
