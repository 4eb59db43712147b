package dev.jera.runtime.local;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    Manifest manifest = ManifestReader.read(CRON, "test");

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
    ScriptTemplate a = (ScriptTemplate) manifest.templates().get("a");
    assertThat(a.inputs().get(0)).isEqualTo(new InputParameter("n", null, "0"));
    assertThat(a.timeout()).isEqualTo("2m");
    assertThat(a.retryStrategy()).isEqualTo(new RetryStrategy("2", "Always", "5", "2", "1m", null));
    assertThat(a.secrets()).containsExactly(new SecretRef("JERA_SECRET_DB_PASSWORD", "db", "password"));
    assertThat(((ScriptTemplate) manifest.templates().get("done")).source()).isEmpty();
  }

  @Test
  void refusesWhatItDoesNotRunFaithfully() {
    String continueOn = CRON.replace("dependencies: [a]", "dependencies: [a]\n          continueOn: {failed: true}");
    String nested = CRON.replace("template: a\n          dependencies", "template: main\n          dependencies");
    String missing = CRON.replace("onExit: done", "onExit: gone");
    String badDepends = CRON.replace("dependencies: [a]", "depends: a &&");

    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(continueOn, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': spec.templates[0].dag.tasks[1].continueOn: 'continueOn' is not run locally");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(nested, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': task 'b': calls 'main': the local executor runs tasks that call script templates");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(missing, "workflow 'w'")))
        .hasMessageThat().isEqualTo("workflow 'w': spec.onExit: there is no template 'gone'");
    assertThat(assertThrows(ManifestException.class, () -> ManifestReader.read(badDepends, "workflow 'w'")))
        .hasMessageThat().startsWith("workflow 'w': spec.templates[0].dag.tasks[1].depends: Invalid 'depends' expression 'a &&'");
  }
}
