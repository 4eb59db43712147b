package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.scriptWith;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.argo.go.GoJson;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.values.ConfigMapValues;
import dev.jera.local.values.SemaphoreLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mutexes and semaphores, of templates and of the workflow. */
class SynchronizationTest {
  @TempDir Path home;
  @TempDir Path files;

  private static String lockedLoop(String synchronization, String items) {
    return workflow("""
        entrypoint: main
        arguments:
          parameters:
          - name: env
            value: prod
        templates:
        - name: main
          dag:
            tasks:
            - name: work
              template: work
              arguments:
                parameters:
                - name: key
                  value: "{{item}}"
              withItems: %s
        """.formatted(items), scriptWith("work", "synchronization:\n" + synchronization.indent(2).stripTrailing(), "key"));
  }

  /** A step that counts how many run at once per key, the most in {@code most}. */
  private static ScriptedRunner counting(Map<String, Integer> most) {
    Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    return new ScriptedRunner().step("work", in -> {
      String key = in.raw("key");
      int now = running.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      most.merge(key, now, Math::max);
      Thread.sleep(20);
      running.get(key).decrementAndGet();
      return GoJson.quote(key);
    });
  }

  @Test
  void stepsHoldingTheSameMutexNeverRunTogether() {
    Map<String, Integer> most = new ConcurrentHashMap<>();

    RunReport report = TestRuns.run(lockedLoop("mutexes:\n- name: \"db-{{workflow.parameters.env}}-{{inputs.parameters.key}}\"",
        "[a, a, a, b, b]"), counting(most), home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(most).containsExactly("a", 1, "b", 1);
    assertThat(report.steps().get("work").result()).isEqualTo("[\"a\",\"a\",\"a\",\"b\",\"b\"]");
  }

  @Test
  void aSemaphoreAdmitsAsManyAsItsConfigMapKeySays() {
    Map<String, Integer> two = new ConcurrentHashMap<>();
    Map<String, Integer> one = new ConcurrentHashMap<>();
    String manifest = lockedLoop("semaphores:\n- configMapKeyRef: {name: limits, key: work}", "[x, x, x, x, x]");

    RunReport limited = TestRuns.run(manifest, counting(two), home, request -> request.configMaps(Map.of("limits/work", "2")));
    TestRuns.run(manifest, counting(one), home);

    assertThat(limited.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(two.get("x")).isAtMost(2);
    assertThat(one).containsExactly("x", 1);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aMutexHoldsAcrossJvms(boolean isolated) throws Exception {
    Path log = files.resolve("marks");
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: mark
              template: mark
              arguments:
                parameters:
                - name: log
                  value: "%s"
                - name: name
                  value: "{{item}}"
              withItems: [one, two]
        """.formatted(log), tool("mark", "mark", "synchronization:\n  mutexes:\n  - name: marks", "log", "name"));

    RunReport report = TestRuns.runTools(manifest, home, isolated);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSize(4);
    for (int i = 0; i < 4; i += 2) {
      assertThat(lines.get(i + 1)).isEqualTo(lines.get(i).replace("start", "end"));
    }
  }

  @Test
  void theWorkflowHoldsItsOwnLocksForTheWholeRun() {
    String manifest = lockedLoop("mutexes:\n- name: nightly", "[a]")
        .replace("entrypoint: main\n", "entrypoint: main\n  synchronization:\n    mutexes:\n    - name: etl\n");
    String sameMutex = manifest.replace("- name: nightly", "- name: etl");
    Map<String, Integer> most = new ConcurrentHashMap<>();

    RunReport free = TestRuns.run(manifest, counting(most), home);
    RunReport blocked = TestRuns.run(sameMutex, counting(most), home);

    assertThat(free.phase()).isEqualTo(Phase.SUCCEEDED);
    StepReport item = blocked.steps().get("work").children().get(0);
    assertThat(item.phase()).isEqualTo(Phase.ERROR);
    assertThat(item.detail()).isEqualTo("its mutex 'etl' is held by the workflow itself (spec.synchronization) for the"
        + " whole run, so the step would wait for it forever");
    assertThat(item.message()).isEqualTo("task '" + blocked.workflowName() + ".work(0:a)' errored: " + item.detail());
  }

  @Test
  void aSemaphoreLimitMustBeAPositiveWholeNumber() {
    WorkflowManifest manifest = ManifestReader.read(lockedLoop("semaphores:\n- configMapKeyRef: {name: limits, key: work}", "[x]"), "t");

    InvalidRunException bad = assertThrows(InvalidRunException.class,
        () -> ConfigMapValues.check("w", manifest, Map.of("limits/work", "many"), Map.of()));

    assertThat(bad).hasMessageThat().isEqualTo("ConfigMap key limits/work is 'many', but as the limit of a semaphore of"
        + " step 'work' of workflow 'w' it must be a positive whole number");
  }

  @Test
  void aDatabaseSemaphoreAdmitsAsManyAsItsGivenLimit() {
    Map<String, Integer> three = new ConcurrentHashMap<>();
    Map<String, Integer> one = new ConcurrentHashMap<>();
    String manifest = lockedLoop("semaphores:\n- database: {key: template}", "[x, x, x, x, x, x]");

    RunReport limited = TestRuns.run(manifest, counting(three), home, request -> request.semaphoreLimits(Map.of("template", 3)));
    TestRuns.run(manifest, counting(one), home);

    assertThat(limited.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(three.get("x")).isAtMost(3);
    assertThat(one).containsExactly("x", 1);
  }

  @Test
  void aDatabaseMutexIsAnotherLockThanTheMutexOfItsName() {
    String manifest = lockedLoop("mutexes:\n- name: etl\n  database: true", "[a, a, a]")
        .replace("entrypoint: main\n", "entrypoint: main\n  synchronization:\n    mutexes:\n    - name: etl\n");
    String sameLock = manifest.replace("entrypoint: main\n  synchronization:\n    mutexes:\n    - name: etl\n",
        "entrypoint: main\n  synchronization:\n    mutexes:\n    - name: etl\n      database: true\n");
    Map<String, Integer> most = new ConcurrentHashMap<>();

    RunReport apart = TestRuns.run(manifest, counting(most), home);
    RunReport blocked = TestRuns.run(sameLock, counting(new ConcurrentHashMap<>()), home);

    assertThat(apart.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(most).containsExactly("a", 1);
    assertThat(blocked.steps().get("work").children().get(0).detail()).isEqualTo("its database mutex 'etl' is held by"
        + " the workflow itself (spec.synchronization) for the whole run, so the step would wait for it forever");
  }

  @Test
  void aDatabaseSemaphoreLimitNamesAKeyTheWorkflowHolds() {
    WorkflowManifest manifest = ManifestReader.read(lockedLoop("semaphores:\n- database: {key: template}", "[x]"), "t");

    InvalidRunException unknown = assertThrows(InvalidRunException.class,
        () -> SemaphoreLimits.check("w", manifest, Map.of("templat", "2")));
    InvalidRunException bad = assertThrows(InvalidRunException.class,
        () -> SemaphoreLimits.check("w", manifest, Map.of("template", "0")));

    assertThat(unknown).hasMessageThat()
        .isEqualTo("workflow 'w' holds no database semaphore 'templat' (it holds template); did you mean 'template'?");
    assertThat(bad).hasMessageThat()
        .isEqualTo("the limit of database semaphore 'template' of workflow 'w' is '0'; it must be a positive whole number");
    assertThat(SemaphoreLimits.check("w", manifest, Map.of("template", " 4"))).containsExactly("template", 4);
  }

  @Test
  void aSemaphoreIsAConfigMapKeyOrADatabaseKeyNotBoth() {
    String both = lockedLoop("semaphores:\n- configMapKeyRef: {name: limits, key: work}\n  database: {key: work}", "[x]");

    ManifestException refused = assertThrows(ManifestException.class, () -> ManifestReader.read(both, "t"));

    assertThat(refused).hasMessageThat().contains("a semaphore needs exactly one of configMapKeyRef and database");
  }
}
