package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.container;
import static dev.jera.local.TestRuns.scriptWith;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.values.ConfigMapValues;
import dev.jera.local.values.SecretValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** env values, Secret and ConfigMap keys, envFrom; the JVM of its own such a step needs; checks before the run. */
class EnvironmentTest {
  @TempDir Path home;

  private static final String ENV = """
      env:
      - name: REGION
        value: "{{workflow.parameters.region}}-{{inputs.parameters.n}}"
      - name: DB_HOST
        valueFrom:
          configMapKeyRef: {name: warehouse, key: host}
      - name: PASS
        valueFrom:
          secretKeyRef: {name: db, key: password}
      - name: OPT
        valueFrom:
          configMapKeyRef: {name: warehouse, key: port, optional: true}
      - name: CFG_MODE
        value: overridden by envFrom? no, env wins
      envFrom:
      - prefix: CFG_
        configMapRef: {name: etl-settings}
      - secretRef: {name: vault}
      """;

  private static String manifest() {
    String show = tool("show", "env", "", "names", "n");
    // The env block belongs under script:, after its args.
    show = show.replace("    source:", ENV.indent(4) + "    source:");
    return workflow("""
        entrypoint: main
        arguments:
          parameters:
          - name: region
            value: eu
        templates:
        - name: main
          dag:
            tasks:
            - name: show
              template: show
              arguments:
                parameters:
                - name: names
                  value: REGION DB_HOST PASS OPT CFG_MODE CFG_LEVEL TOKEN
                - name: n
                  value: "{{item}}"
              withItems: [1, 2]
        """, show);
  }

  /** Collects what a run tells its progress. */
  private static final class Notes implements RunListener {
    final List<String> notes = new ArrayList<>();

    @Override
    public void stepNote(String step, String note) {
      notes.add(step + ": " + note);
    }
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aStepSeesItsVariablesAsKubernetesBuildsThem(boolean isolated) throws Exception {
    Notes notes = new Notes();

    RunReport report = TestRuns.runTools(manifest(), home, isolated, request -> request
        .configMaps(Map.of("warehouse/host", "db.local", "etl-settings/MODE", "fast", "etl-settings/LEVEL", "3"))
        .secrets(Map.of("db/password", "pw", "vault/TOKEN", "t0k"))
        .listener(notes));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("show").children().get(1).result()).isEqualTo(
        "REGION=eu-2,DB_HOST=db.local,PASS=pw,OPT=null,CFG_MODE=overridden by envFrom? no, env wins,CFG_LEVEL=3,TOKEN=t0k");
    String log = Files.readString(report.folder().resolve("steps/show/0/log"));
    if (isolated) {
      assertThat(notes.notes).isEmpty();
      assertThat(log).doesNotContain("JVM of its own");
    } else {
      String why = "runs in a JVM of its own, not in this one: its template sets environment variables (REGION, DB_HOST,"
          + " PASS, OPT, CFG_MODE, envFrom configMap etl-settings, envFrom secret vault), which only a process of its"
          + " own can have";
      assertThat(notes.notes).containsExactly("show: " + why);
      assertThat(log).contains("jera: show " + why);
    }
  }

  @Test
  void aStepThatReadsOnlyItsSecretsThroughTheRunnerStaysInThisJvm() {
    // test.Runner exists only in this JVM: the step would fail in a JVM of its own.
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: sign
              template: sign
        """, scriptWith("sign", "").replace("    source:", """
            env:
            - name: JERA_SECRET_VAULT_TOKEN
              valueFrom:
                secretKeyRef: {name: vault, key: token}
        """ + "    source:"));
    ScriptedRunner runner = new ScriptedRunner().step("sign", in -> "signed with " + in.secret("vault", "token"));

    RunReport report = TestRuns.run(manifest, runner, home, request -> request.secrets(Map.of("vault/token", "abc")));

    assertThat(report.steps().get("sign").result()).isEqualTo("signed with abc");
  }

  @Test
  void aContainerGetsItsVariablesToo() {
    assumeTrue(TestRuns.installed("sh"), "needs sh");
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: print
              template: print
        """, container("print", "", """
            command: [sh, -c, "echo $REGION/$HOST"]
            env:
            - name: REGION
              value: "{{workflow.name}}"
            envFrom:
            - configMapRef: {name: warehouse}
            """));

    RunReport report = TestRuns.runTools(manifest, home, false,
        request -> request.configMaps(Map.of("warehouse/HOST", "db.local")));

    assertThat(report.steps().get("print").result()).isEqualTo(report.workflowName() + "/db.local");
  }

  @Test
  void configMapKeysAreCheckedBeforeTheRun() {
    WorkflowManifest manifest = ManifestReader.read(manifest(), "test");

    InvalidRunException missing = assertThrows(InvalidRunException.class,
        () -> ConfigMapValues.check("etl", manifest, Map.of("etl-settings/MODE", "x"), Map.of()));
    InvalidRunException whole = assertThrows(InvalidRunException.class,
        () -> ConfigMapValues.check("etl", manifest, Map.of("warehouse/host", "h"), Map.of()));
    Map<String, String> fromEnvironment = ConfigMapValues.check("etl", manifest, Map.of("etl-settings/MODE", "x"),
        Map.of("JERA_CONFIGMAP_WAREHOUSE_HOST", "env-host"));
    InvalidRunException secrets = assertThrows(InvalidRunException.class,
        () -> SecretValues.check("etl", manifest, Map.of("db/password", "pw"), Map.of()));

    assertThat(missing).hasMessageThat().isEqualTo("workflow 'etl' needs ConfigMap key warehouse/host (step 'show');"
        + " give it with --config-map warehouse/host=VALUE or the environment variable JERA_CONFIGMAP_WAREHOUSE_HOST");
    assertThat(whole).hasMessageThat().isEqualTo("workflow 'etl' needs the keys of ConfigMap etl-settings (envFrom of"
        + " step 'show'); give each with --config-map etl-settings/KEY=VALUE");
    assertThat(fromEnvironment).containsExactly("etl-settings/MODE", "x", "warehouse/host", "env-host");
    assertThat(secrets).hasMessageThat().isEqualTo("workflow 'etl' needs the keys of secret vault (envFrom of step"
        + " 'show'); give each with --secret vault/KEY=VALUE");
    assertThat(ConfigMapValues.variable("etl-settings", "db.host")).isEqualTo("JERA_CONFIGMAP_ETL_SETTINGS_DB_HOST");
  }
}
