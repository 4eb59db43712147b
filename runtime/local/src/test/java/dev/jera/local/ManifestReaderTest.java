package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.manifest.ConfigMapKey;
import dev.jera.local.manifest.DagTemplate;
import dev.jera.local.manifest.EnvSource;
import dev.jera.local.manifest.EnvVariable;
import dev.jera.local.manifest.InputArtifact;
import dev.jera.local.manifest.InputParameter;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.OutputArtifact;
import dev.jera.local.manifest.PodContainer;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.RetrySettings;
import dev.jera.local.manifest.SecretRef;
import dev.jera.local.manifest.SequenceRange;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.TemplateReference;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.manifest.WorkflowTemplateReference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading manifests into what the executor runs, and refusing what it does not run. */
class ManifestReaderTest {

  private static final String CRON = """
      apiVersion: argoproj.io/v1alpha1
      kind: CronWorkflow
      metadata:
        name: nightly
        labels:
          team: data
      spec:
        schedules: ['0 1 * * *']
        workflowSpec:
          entrypoint: main
          parallelism: 3
          onExit: done
          arguments:
            parameters:
            - name: pair
              value: USD-THB
              enum: [USD-THB, EUR-THB]
            - name: day
          templates:
          - name: main
            dag:
              tasks:
              - name: a
                template: a
                arguments:
                  parameters:
                  - name: n
                    value: 1
              - name: b
                template: a
                dependencies: [a]
                withItems: [x, 2]
          - name: a
            inputs:
              parameters:
              - name: n
                default: "0"
            timeout: 2m
            retryStrategy:
              limit: "2"
              retryPolicy: Always
              backoff: {duration: "5", factor: 2, maxDuration: 1m}
            script:
              command: [java]
              args: [-cp, x, r.Runner, a]
              env:
              - name: JERA_SECRET_DB_PASSWORD
                valueFrom: {secretKeyRef: {name: db, key: password}}
              source: "{{inputs.parameters}}"
          - name: done
            script:
              command: [java]
              args: [-cp, x, r.Runner, done]
      """;

  @Test
  void readsTheWorkflowSpecOfACronWorkflow() {
    WorkflowManifest manifest = ManifestReader.read(CRON, "test");

    assertThat(manifest.kind()).isEqualTo("CronWorkflow");
    assertThat(manifest.name()).isEqualTo("nightly");
    assertThat(manifest.labels()).containsExactly("team", "data");
    assertThat(manifest.parallelism()).isEqualTo(3);
    assertThat(manifest.onExit()).isEqualTo("done");
    assertThat(manifest.parameters().get(0).allowed()).containsExactly("USD-THB", "EUR-THB").inOrder();
    assertThat(manifest.parameters().get(1).value()).isNull();
    DagTemplate main = (DagTemplate) manifest.entryTemplate();
    assertThat(main.failFast()).isTrue();
    assertThat(main.tasks().get(0).arguments()).containsExactly("n", "1");
    assertThat(main.tasks().get(1).depends()).isEqualTo("a");
    assertThat(main.tasks().get(1).withItems()).containsExactly("\"x\"", "2").inOrder();
    PodTemplate a = (PodTemplate) manifest.templates().get("a");
    assertThat(a.inputs().get(0)).isEqualTo(new InputParameter("n", null, "0"));
    assertThat(a.timeout()).isEqualTo("2m");
    assertThat(a.retryStrategy()).isEqualTo(new RetrySettings("2", "Always", "5", "2", "1m", null, null));
    assertThat(a.secrets()).containsExactly(new SecretRef("JERA_SECRET_DB_PASSWORD", "db", "password"));
    assertThat(((PodTemplate) manifest.templates().get("done")).source()).isEmpty();
  }

  @Test
  void readsInitContainersAndSidecarsAndRefusesANameThatIsNotALabel() {
    String manifest = """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: pod-
        spec:
          entrypoint: work
          templates:
          - name: work
            container:
              image: alpine:3.23
              command: [echo, hi]
            initContainers:
            - name: hello
              image: alpine:3.23
              command: [echo, hello]
            sidecars:
            - name: web
              image: nginx:1.13
              command: [nginx]
              args: ["-g", "daemon off;"]
              env:
              - name: MODE
                value: fast
        """;
    PodTemplate work = (PodTemplate) ManifestReader.read(manifest, "workflow 'w'").templates().get("work");
    assertThat(work.initContainers()).containsExactly(
        new PodContainer("hello", "alpine:3.23", java.util.List.of("echo", "hello"), java.util.List.of(), java.util.List.of()));
    assertThat(work.sidecars().get(0).argv()).containsExactly("nginx", "-g", "daemon off;").inOrder();
    assertThat(work.sidecars().get(0).env()).containsExactly(new EnvVariable.Plain("MODE", "fast"));

    String escaping = manifest.replace("name: web", "name: ../web");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(escaping, "workflow 'w'")))
        .hasMessageThat().startsWith("workflow 'w': spec.templates[0].sidecars[0]");
  }

  @Test
  void readsWhatAResourceTemplateDoesToWhichKindAndItsOutputsReadFromTheObject() {
    String manifest = """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: jobs-
        spec:
          entrypoint: main
          templates:
          - name: main
            steps:
            - - name: create
                template: create-job
            - - name: delete
                template: delete-job
          - name: create-job
            outputs:
              parameters:
              - name: job-name
                valueFrom:
                  jsonPath: "{.metadata.name}"
            resource:
              action: create
              manifest: |
                apiVersion: batch/v1
                kind: Job
                metadata:
                  generateName: pi-
          - name: delete-job
            resource:
              action: delete
              flags: [configmap, --selector, cleanup=true]
        """;
    WorkflowManifest read = ManifestReader.read(manifest, "workflow 'w'");
    PodTemplate create = (PodTemplate) read.templates().get("create-job");
    PodTemplate delete = (PodTemplate) read.templates().get("delete-job");

    assertThat(create.resource().describe()).isEqualTo("create of a Job");
    assertThat(create.outputParameters().get(0).name()).isEqualTo("job-name");
    assertThat(delete.resource().describe()).isEqualTo("delete of a configmap");
    String noAction = manifest.replace("action: delete", "mergeStrategy: json");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(noAction, "workflow 'w'")))
        .hasMessageThat().startsWith("workflow 'w': spec.templates[2].resource");
  }

  @Test
  void refusesWhatItDoesNotRunFaithfullyAndReadsNestedGraphs() {
    String continueOn = CRON.replace("dependencies: [a]", "dependencies: [a]\n          continueOn: {failed: true}");
    String nested = CRON.replace("template: a\n          dependencies", "template: main\n          dependencies");
    String missing = CRON.replace("onExit: done", "onExit: gone");
    String badDepends = CRON.replace("dependencies: [a]", "depends: a &&");
    String templateFailFast = CRON.replaceFirst("\n( *)dag:", "\n$1failFast: true\n$1dag:");

    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(continueOn, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': spec.templates[0].dag.tasks[1].continueOn: a DAG task's 'continueOn' is not run locally");
    // A task that calls a graph (here its own: recursion) runs it as a nested graph.
    WorkflowManifest recursive = ManifestReader.read(nested, "workflow 'w'");
    Task calling = recursive.entryTasks().stream().filter(task -> task.name().equals("b")).findFirst().orElseThrow();
    assertThat(recursive.graphOf(calling)).isSameInstanceAs(recursive.entryTemplate());
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(missing, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': spec.onExit: there is no template 'gone'");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(badDepends, "workflow 'w'")))
        .hasMessageThat().startsWith("workflow 'w': spec.templates[0].dag.tasks[1].depends: Invalid 'depends' expression 'a &&'");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(templateFailFast, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': spec.templates[0].failFast: a template's 'failFast' is not run locally");
  }

  private static final String POD_SETTINGS = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        generateName: etl-
      spec:
        entrypoint: main
        activeDeadlineSeconds: 7200
        ttlStrategy: {secondsAfterCompletion: 86400}
        podGC: {strategy: OnPodSuccess}
        securityContext: {runAsNonRoot: true}
        nodeSelector: {disktype: ssd}
        tolerations: [{key: dedicated, operator: Equal, value: etl, effect: NoSchedule}]
        affinity: {nodeAffinity: {}}
        podPriorityClassName: batch
        imagePullSecrets: [{name: regcred}]
        serviceAccountName: runner
        artifactRepositoryRef: {configMap: artifact-repos, key: minio}
        synchronization:
          mutexes: [{name: etl}]
        volumes: [{name: scratch, emptyDir: {}}]
        volumeClaimTemplates: [{metadata: {name: work}, spec: {accessModes: [ReadWriteOnce]}}]
        templates:
        - name: main
          dag:
            tasks:
            - name: extract
              template: extract
              withSequence: {count: "3", format: "p%d"}
            - name: region
              templateRef: {name: report-1.0, template: region, clusterScope: true}
              depends: extract
              arguments:
                artifacts:
                - name: file
                  from: "{{tasks.extract.outputs.artifacts.result}}"
        - name: extract
          nodeSelector: {kubernetes.io/arch: amd64}
          priorityClassName: batch
          synchronization:
            semaphores: [{configMapKeyRef: {name: etl-limits, key: extract}}]
          memoize: {key: "x", maxAge: 1h, cache: {configMap: {name: etl-cache}}}
          inputs:
            artifacts:
            - name: csv
              path: /tmp/jera/inputs/csv
              http: {url: "https://example.com/rates.csv"}
            - name: repo
              path: /tmp/jera/inputs/repo
              git: {repo: "https://github.com/argoproj/argo-workflows.git", revision: v3.6.0, depth: 1}
            - name: day
              path: /tmp/jera/inputs/day
              optional: true
              s3: {key: in/day.csv}
          outputs:
            artifacts:
            - name: result
              path: /tmp/jera/outputs/result
              archive: {none: {}}
          script:
            image: etl:1
            command: [java]
            args: [-cp, /app/classes, test.Etl_JeraRunner, extract]
            env:
            - {name: REGION, value: us-east-1}
            - name: DB_HOST
              valueFrom: {configMapKeyRef: {name: warehouse, key: host}}
            envFrom:
            - {prefix: DB_, secretRef: {name: db-creds}}
            volumeMounts: [{name: scratch, mountPath: /scratch}]
            resources: {requests: {cpu: 250m}}
            securityContext: {allowPrivilegeEscalation: false}
            source: "[]"
        - name: upload
          container:
            image: amazon/aws-cli:2.15.0
            command: [aws, s3, cp]
            args: ["{{inputs.parameters.file}}"]
      """;

  @Test
  void readsPodSettingsAndIgnoresWhatHasNoLocalMeaning() {
    WorkflowManifest manifest = ManifestReader.read(POD_SETTINGS, "test");

    assertThat(manifest.activeDeadlineSeconds()).isEqualTo(7200);
    assertThat(manifest.synchronization().mutexes()).containsExactly("etl");
    assertThat(manifest.unresolved()).isTrue();
    Task extract = manifest.entryTasks().get(0);
    assertThat(extract.withSequence()).isEqualTo(new SequenceRange("3", null, null, "p%d"));
    Task region = manifest.entryTasks().get(1);
    assertThat(region.template()).isNull();
    assertThat(region.templateRef()).isEqualTo(new TemplateReference("report-1.0", "region", true));
    assertThat(region.artifacts()).containsExactly(new InputArtifact("file", null, false,
        new InputArtifact.From("{{tasks.extract.outputs.artifacts.result}}")));
    PodTemplate pod = (PodTemplate) manifest.templates().get("extract");
    assertThat(pod.synchronization().semaphores()).containsExactly(new ConfigMapKey("etl-limits", "extract"));
    assertThat(pod.inputArtifacts().get(0).location()).isEqualTo(new InputArtifact.Http("https://example.com/rates.csv", Map.of()));
    assertThat(pod.inputArtifacts().get(1).location()).isEqualTo(new InputArtifact.Git(
        "https://github.com/argoproj/argo-workflows.git", "v3.6.0", 1));
    assertThat(pod.inputArtifacts().get(2)).isEqualTo(new InputArtifact("day", "/tmp/jera/inputs/day", true,
        new InputArtifact.Remote("S3", "key in/day.csv, in the artifact repository", "s3:in/day.csv")));
    assertThat(pod.outputArtifacts()).containsExactly(new OutputArtifact("result", "/tmp/jera/outputs/result", false));
    assertThat(pod.env()).containsExactly(new EnvVariable.Plain("REGION", "us-east-1"),
        new EnvVariable.FromConfigMap("DB_HOST", new ConfigMapKey("warehouse", "host"), false)).inOrder();
    assertThat(pod.envFrom()).containsExactly(new EnvSource("DB_", null, "db-creds", false));
    assertThat(pod.mounts()).containsExactly("/scratch");
    PodTemplate upload = (PodTemplate) manifest.templates().get("upload");
    assertThat(upload.container()).isTrue();
    assertThat(upload.image()).isEqualTo("amazon/aws-cli:2.15.0");
    assertThat(upload.argv()).containsExactly("aws", "s3", "cp", "{{inputs.parameters.file}}").inOrder();
    assertThat(upload.source()).isEmpty();
  }

  @Test
  void readsAWorkflowThatRunsATemplate() {
    WorkflowManifest manifest = ManifestReader.read("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: report-feb-
        spec:
          workflowTemplateRef:
            name: report-1.0
          arguments:
            parameters:
            - name: month
              value: "2024-02"
        """, "test");

    assertThat(manifest.workflowTemplateRef()).isEqualTo(new WorkflowTemplateReference("report-1.0", false));
    assertThat(manifest.entrypoint()).isNull();
    assertThat(manifest.unresolved()).isTrue();
  }

  @Test
  void refusesPodSettingsItCannotRunFaithfully() {
    String fieldRef = POD_SETTINGS.replace("valueFrom: {configMapKeyRef: {name: warehouse, key: host}}",
        "valueFrom: {fieldRef: {fieldPath: metadata.name}}");
    String expression = POD_SETTINGS.replace("from: \"{{tasks.extract.outputs.artifacts.result}}\"",
        "fromExpression: \"tasks.extract.outputs.artifacts.result\"");

    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(fieldRef, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': spec.templates[1].script.env[1].valueFrom: only values and keys of"
            + " Secrets and ConfigMaps are run locally (fieldRef and resourceFieldRef need a cluster)");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(expression, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': spec.templates[0].dag.tasks[1].arguments.artifacts[0].fromExpression:"
            + " 'fromExpression' is not run locally");
  }

  @Test
  void readsDatabaseLocksApartFromTheOthers() {
    String database = POD_SETTINGS.replace("semaphores: [{configMapKeyRef: {name: etl-limits, key: extract}}]",
        "{semaphores: [{database: {key: extract}}], mutexes: [{name: etl, database: true}]}");

    PodTemplate pod = (PodTemplate) ManifestReader.read(database, "workflow 'w'").templates().get("extract");

    assertThat(pod.synchronization().databaseSemaphores()).containsExactly("extract");
    assertThat(pod.synchronization().databaseMutexes()).containsExactly("etl");
    assertThat(pod.synchronization().semaphores()).isEmpty();
    assertThat(pod.synchronization().mutexes()).isEmpty();
  }
}
