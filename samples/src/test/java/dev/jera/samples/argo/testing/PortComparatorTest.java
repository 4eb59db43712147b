package dev.jera.samples.argo.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The comparator itself: each normalisation lets through what means the same to Argo, and changes that
 * matter are reported with their path and both values.
 */
class PortComparatorTest {
  private static final String DIAMOND = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        generateName: dag-diamond-
      spec:
        entrypoint: diamond
        templates:
        - name: diamond
          dag:
            tasks:
            - name: A
              template: echo
              arguments: {parameters: [{name: message, value: A}]}
            - name: B
              depends: A
              template: echo
              arguments: {parameters: [{name: message, value: B}]}
            - name: C
              depends: A
              template: echo
              arguments: {parameters: [{name: message, value: C}]}
            - name: D
              depends: B && C
              template: echo
              arguments: {parameters: [{name: message, value: D}]}
        - name: echo
          inputs:
            parameters:
            - name: message
          container:
            image: alpine:3.7
            command: [echo, "{{inputs.parameters.message}}"]
      """;

  private static final String STEPS = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        generateName: steps-
      spec:
        entrypoint: hello-hello-hello
        onExit: bye
        arguments:
          parameters:
          - name: greeting
            value: hello
        templates:
        - name: hello-hello-hello
          steps:
          - - name: hello1
              template: print-message
              arguments:
                parameters: [{name: message, value: "{{workflow.parameters.greeting}}"}]
          - - name: hello2a
              template: print-message
              arguments:
                parameters: [{name: message, value: hello2a}]
            - name: hello2b
              template: print-message
              when: "{{steps.hello1.status}} == Succeeded"
              arguments:
                parameters: [{name: message, value: hello2b}]
        - name: print-message
          retryStrategy:
            limit: 3
          inputs:
            parameters:
            - name: message
              default: hi
          container:
            image: busybox
            command: [echo]
            args: ["{{inputs.parameters.message}}"]
        - name: bye
          container:
            image: busybox
            command: [echo, bye]
      """;

  private static List<Difference> compare(String upstream, String port) {
    return PortComparator.compare(upstream, List.of(port));
  }

  /** Asserts that a port written differently means the same. */
  private static void assertSame(String upstream, String port) {
    assertWithMessage("the fixture changed nothing").that(port).isNotEqualTo(upstream);
    assertWithMessage("differences").that(compare(upstream, port)).isEmpty();
  }

  /** Asserts a difference is reported at exactly {@code path}, and returns it. */
  private static Difference assertDiffersAt(String upstream, String port, String path) {
    List<Difference> differences = compare(upstream, port);
    List<String> paths = differences.stream().map(Difference::path).toList();
    assertWithMessage("differences %s", differences).that(paths).contains(path);
    return differences.get(paths.indexOf(path));
  }

  private static String replace(String yaml, String from, String to) {
    assertWithMessage("test fixture contains %s", from).that(yaml).contains(from);
    return yaml.replace(from, to);
  }

  @Test
  void anExampleIsTheSameAsItself() {
    assertThat(compare(DIAMOND, DIAMOND)).isEmpty();
    assertThat(compare(STEPS, STEPS)).isEmpty();
  }

  @Test
  void aDifferenceNamesItsPathAndBothValues() {
    Difference d = assertDiffersAt(STEPS, replace(STEPS, "default: hi", "default: hello"),
        "spec.templates[print-message].inputs.parameters[message].default");
    assertThat(d.upstream()).isEqualTo("\"hi\"");
    assertThat(d.port()).isEqualTo("\"hello\"");
    assertThat(d.toString()).isEqualTo(
        "spec.templates[print-message].inputs.parameters[message].default: upstream \"hi\", port \"hello\"");
  }

  @Test
  void everyDifferenceIsReportedNotJustTheFirst() {
    String port = replace(replace(STEPS, "default: hi", "default: ho"), "limit: 3", "limit: 4");
    assertThat(compare(STEPS, port).stream().map(Difference::path).toList()).containsExactly(
        "spec.templates[print-message].retryStrategy.limit",
        "spec.templates[print-message].inputs.parameters[message].default");
  }

  /** Fixture pieces of STEPS, with their indentation. */
  private static final String TEMPLATE_FIELDS = "    retryStrategy:\n      limit: 3\n";
  private static final String CONTAINER_FIELDS = "      command: [echo]\n";
  private static final String HELLO2A = "        template: print-message\n        arguments:\n          parameters: [{name: message, value: hello2a}]\n";

  /** STEPS with {@code text} added among print-message's fields. */
  private static String withTemplateField(String yaml, String text) {
    return replace(yaml, TEMPLATE_FIELDS, text + TEMPLATE_FIELDS);
  }

  /** STEPS with {@code text} added among print-message's container fields. */
  private static String withContainerField(String yaml, String text) {
    return replace(yaml, CONTAINER_FIELDS, CONTAINER_FIELDS + text);
  }

  /** STEPS with {@code text} added among step hello2a's fields. */
  private static String withHello2aField(String yaml, String text) {
    return replace(yaml, HELLO2A, "        template: print-message\n" + text
        + (text.contains("{{item}}") ? "" : "        arguments:\n          parameters: [{name: message, value: hello2a}]\n"));
  }

  @Nested
  class MustDiffer {
    @Test
    void aChangedDefault() {
      assertDiffersAt(STEPS, replace(STEPS, "value: hello\n", "value: bonjour\n"), "spec.arguments.parameters[greeting].value");
    }

    @Test
    void aRemovedDefault() {
      assertDiffersAt(STEPS, replace(STEPS, "        default: hi\n", ""), "spec.templates[print-message].inputs.parameters[message].default");
    }

    @Test
    void aDroppedStep() {
      String port = replace(STEPS, "      - name: hello2b\n        template: print-message\n"
          + "        when: \"{{steps.hello1.status}} == Succeeded\"\n        arguments:\n"
          + "          parameters: [{name: message, value: hello2b}]\n", "");
      assertDiffersAt(STEPS, port, "spec.templates[hello-hello-hello].steps[1][hello2b]");
    }

    @Test
    void aRenamedStep() {
      String port = replace(STEPS, "name: hello2b", "name: hello-2b");
      assertDiffersAt(STEPS, port, "spec.templates[hello-hello-hello].steps[1][hello2b]");
      assertDiffersAt(STEPS, port, "spec.templates[hello-hello-hello].steps[1][hello-2b]");
    }

    @Test
    void aStepMovedToAnotherGroup() {
      String split = replace(STEPS, "      - name: hello2b\n", "    - - name: hello2b\n");
      assertDiffersAt(STEPS, split, "spec.templates[hello-hello-hello].steps[1][hello2b]");
      assertDiffersAt(STEPS, split, "spec.templates[hello-hello-hello].steps[2]");
      String merged = replace(STEPS, "    - - name: hello2a\n", "      - name: hello2a\n");
      assertDiffersAt(STEPS, merged, "spec.templates[hello-hello-hello].steps[0][hello2a]");
    }

    @Test
    void aRenamedParameter() {
      String port = replace(replace(STEPS, "      - name: message\n        default: hi", "      - name: msg\n        default: hi"),
          "{{inputs.parameters.message}}", "{{inputs.parameters.msg}}");
      assertDiffersAt(STEPS, port, "spec.templates[print-message].inputs.parameters[message]");
      assertDiffersAt(STEPS, port, "spec.templates[print-message].inputs.parameters[msg]");
    }

    @Test
    void aChangedRetryLimit() {
      Difference d = assertDiffersAt(STEPS, replace(STEPS, "limit: 3", "limit: \"2\""), "spec.templates[print-message].retryStrategy.limit");
      assertThat(d.upstream()).isEqualTo("\"3\"");
      assertThat(d.port()).isEqualTo("\"2\"");
    }

    @Test
    void aDroppedRetry() {
      assertDiffersAt(STEPS, replace(STEPS, TEMPLATE_FIELDS, ""), "spec.templates[print-message].retryStrategy");
    }

    @Test
    void aDifferentLoop() {
      String upstream = withHello2aField(STEPS,
          "        withItems: [a, b]\n        arguments:\n          parameters: [{name: message, value: \"{{item}}\"}]\n");
      String path = "spec.templates[hello-hello-hello].steps[1][hello2a]";
      assertDiffersAt(upstream, replace(upstream, "withItems: [a, b]", "withItems: [b, a]"), path + ".withItems[0]");
      assertDiffersAt(upstream, replace(upstream, "withItems: [a, b]", "withItems: [a, b, c]"), path + ".withItems[2]");
      assertDiffersAt(upstream, replace(upstream, "withItems: [a, b]", "withParam: \"{{workflow.parameters.greeting}}\""), path + ".withItems");
      assertDiffersAt(upstream, replace(upstream, "withItems: [a, b]", "withSequence: {count: 2}"), path + ".withSequence");
      // Go's json.Unmarshal rejects text after the array, so this is no literal list (Argo fails the step)
      assertDiffersAt(upstream, replace(upstream, "withItems: [a, b]", "withParam: '[\"a\", \"b\"]-x'"), path + ".withItems");
    }

    @Test
    void aMissingExitHandler() {
      assertDiffersAt(STEPS, replace(STEPS, "  onExit: bye\n", ""), "spec.hooks");
      assertDiffersAt(STEPS, replace(STEPS, "onExit: bye", "onExit: print-message"), "spec.hooks[exit].template");
    }

    @Test
    void aChangedWhen() {
      String path = "spec.templates[hello-hello-hello].steps[1][hello2b].when";
      assertDiffersAt(STEPS, replace(STEPS, "== Succeeded", "!= Failed"), path);
      assertDiffersAt(STEPS, replace(STEPS, "        when: \"{{steps.hello1.status}} == Succeeded\"\n", ""), path);
    }

    @Test
    void aChangedArtifactLocation() {
      String upstream = withTemplateField(STEPS, """
              outputs:
                artifacts:
                - name: report
                  path: /tmp/report.txt
                  s3:
                    key: reports/{{workflow.name}}.txt
          """);
      String path = "spec.templates[print-message].outputs.artifacts[report]";
      assertDiffersAt(upstream, replace(upstream, "key: reports/", "key: report/"), path + ".s3.key");
      assertDiffersAt(upstream, replace(upstream, "name: report", "name: result"), path);
      assertDiffersAt(upstream, replace(upstream, "path: /tmp/report.txt\n", "path: /tmp/report.txt\n        optional: true\n"), path + ".optional");
      assertDiffersAt(upstream, replace(upstream, "path: /tmp/report.txt\n", "path: /tmp/report.txt\n        archive: {none: {}}\n"),
          path + ".archive.none");
    }

    @Test
    void aChangedDependency() {
      String path = "spec.templates[diamond].dag.tasks[D].depends";
      assertDiffersAt(DIAMOND, replace(DIAMOND, "depends: B && C", "depends: B"), path);
      Difference d = assertDiffersAt(DIAMOND, replace(DIAMOND, "depends: B && C", "depends: B || C"), path);
      assertThat(d.why()).startsWith("upstream is ");
      assertDiffersAt(DIAMOND, replace(DIAMOND, "depends: B && C", "depends: B.Succeeded && C.Succeeded"), path);
    }

    @Test
    void aChangedMountOrVolume() {
      String upstream = withContainerField(withTemplateField(STEPS, "    volumes:\n    - name: workdir\n      emptyDir: {}\n"),
          "      volumeMounts:\n      - {name: workdir, mountPath: /mnt/vol}\n");
      assertDiffersAt(upstream, replace(upstream, "mountPath: /mnt/vol", "mountPath: /mnt/data"),
          "spec.templates[print-message].container.volumeMounts[*]");
      assertDiffersAt(upstream, replace(upstream, "      volumeMounts:\n      - {name: workdir, mountPath: /mnt/vol}\n", ""),
          "spec.templates[print-message].container.volumeMounts");
      assertDiffersAt(upstream, replace(upstream, "emptyDir: {}", "persistentVolumeClaim: {claimName: data}"), "spec.volumes[workdir].emptyDir");
    }

    @Test
    void aChangedTimeoutOrDeadline() {
      String upstream = withTemplateField(STEPS, "    timeout: 10s\n");
      assertDiffersAt(upstream, replace(upstream, "timeout: 10s", "timeout: 1s"), "spec.templates[print-message].timeout");
      assertDiffersAt(upstream, replace(upstream, "timeout: 10s", "activeDeadlineSeconds: 10"), "spec.templates[print-message].timeout");
    }

    @Test
    void aChangedSynchronizationOrMemoize() {
      String upstream = withTemplateField(STEPS, """
              synchronization:
                mutexes:
                - name: welcome
              memoize:
                key: "{{inputs.parameters.message}}"
                maxAge: 10s
                cache:
                  configMap: {name: my-cache}
          """);
      String path = "spec.templates[print-message]";
      assertDiffersAt(upstream, replace(upstream, "name: welcome", "name: hello"), path + ".synchronization.mutexes[*]");
      assertDiffersAt(upstream, replace(upstream, "maxAge: 10s", "maxAge: 10m"), path + ".memoize.maxAge");
      assertDiffersAt(upstream, replace(upstream, "name: my-cache", "name: cache"), path + ".memoize.cache.configMap.name");
      assertDiffersAt(upstream, replace(upstream, "key: \"{{inputs.parameters.message}}\"", "key: \"{{workflow.name}}\""), path + ".memoize.key");
    }

    @Test
    void aChangedParallelismOrContinueOn() {
      String upstream = replace(replace(DIAMOND, "  entrypoint: diamond\n", "  entrypoint: diamond\n  parallelism: 2\n"),
          "      - name: B\n", "      - name: B\n        continueOn: {failed: true}\n");
      assertDiffersAt(upstream, replace(upstream, "parallelism: 2", "parallelism: 3"), "spec.parallelism");
      assertDiffersAt(upstream, replace(upstream, "continueOn: {failed: true}", "continueOn: {error: true}"),
          "spec.templates[diamond].dag.tasks[B].continueOn.failed");
    }

    @Test
    void aFixedNameAgainstAGeneratedOne() {
      assertDiffersAt(DIAMOND, replace(DIAMOND, "generateName: dag-diamond-", "name: dag-diamond"), "metadata.fixedName");
    }

    @Test
    void aRenamedWorkflowTemplate() {
      String template = replace(STEPS, "kind: Workflow\nmetadata:\n  generateName: steps-", "kind: WorkflowTemplate\nmetadata:\n  name: steps");
      assertDiffersAt(template, replace(template, "name: steps\n", "name: my-steps\n"), "metadata.name");
    }

    @Test
    void anExtraInputParameterOrTemplate() {
      assertDiffersAt(STEPS, replace(STEPS, "        default: hi\n", "        default: hi\n      - name: tone\n"),
          "spec.templates[print-message].inputs.parameters[tone]");
      assertDiffersAt(STEPS, replace(STEPS, "      value: hello\n", "      value: hello\n    - name: tone\n      value: loud\n"),
          "spec.arguments.parameters[tone]");
      assertDiffersAt(STEPS, STEPS + "  - name: extra\n    container: {image: busybox}\n", "spec.templates[extra]");
    }

    @Test
    void aChangedEntrypointOrKindOfTemplate() {
      assertDiffersAt(STEPS, replace(STEPS, "entrypoint: hello-hello-hello", "entrypoint: bye"), "spec.entrypoint");
      String port = replace(STEPS, "  - name: bye\n    container:\n      image: busybox\n      command: [echo, bye]\n",
          "  - name: bye\n    suspend: {}\n");
      assertDiffersAt(STEPS, port, "spec.templates[bye].kind");
    }

    @Test
    void aDuplicateName() {
      Difference d = assertDiffersAt(STEPS, STEPS + "  - name: bye\n    container: {image: busybox}\n", "spec.templates[bye]");
      assertThat(d.port()).isEqualTo("given more than once");
    }

    @Test
    void aDifferentKindOrDocumentCount() {
      assertDiffersAt(STEPS, replace(STEPS, "kind: Workflow", "kind: WorkflowTemplate"), "kind");
      assertThat(PortComparator.compare(STEPS + "---\n" + DIAMOND, List.of(STEPS)).get(0).path()).isEqualTo("documents");
    }

    @Test
    void aChangedSecretReference() {
      String upstream = withContainerField(STEPS, """
                env:
                - name: PASSWORD
                  valueFrom:
                    secretKeyRef: {name: my-secret, key: password}
          """);
      assertDiffersAt(upstream, replace(upstream, "key: password", "key: pass"), "spec.templates[print-message].container.env[*]");
    }

    @Test
    void aChangedLabelOrAnnotation() {
      String upstream = replace(DIAMOND, "  generateName: dag-diamond-\n",
          "  generateName: dag-diamond-\n  labels:\n    workflows.argoproj.io/archive-strategy: \"false\"\n"
              + "  annotations:\n    workflows.argoproj.io/description: |\n      A diamond.\n");
      assertDiffersAt(upstream, replace(upstream, "archive-strategy: \"false\"", "archive-strategy: \"true\""),
          "metadata.labels.workflows.argoproj.io/archive-strategy");
      assertDiffersAt(upstream, replace(upstream, "A diamond.", "A square."), "metadata.annotations.workflows.argoproj.io/description");
    }
  }

  @Nested
  class Normalisations {
    @Test
    void anArgumentNamingNoInputOfTheCalledTemplateIsIgnored() {
      // bye declares no inputs: ProcessArgs (workflow/common/util.go) never reads an argument it has no input for
      String upstream = replace(STEPS, "      - name: hello2b\n", "      - name: bye-now\n        template: bye\n"
          + "        arguments: {parameters: [{name: seconds, value: \"{{item}}\"}]}\n        withParam: '[\"1\",\"2\"]'\n"
          + "      - name: hello2b\n");
      String port = replace(upstream, "        arguments: {parameters: [{name: seconds, value: \"{{item}}\"}]}\n", "");
      assertSame(upstream, port);
      // an argument of an input the template declares is not dropped
      assertDiffersAt(STEPS, replace(STEPS, HELLO2A, "        template: print-message\n"),
          "spec.templates[hello-hello-hello].steps[1][hello2a].arguments");
    }

    @Test
    void anArgumentNamingNoInputOfAReferencedTemplateIsIgnored() {
      assumeTrue(ArgoExamples.folder().isPresent(), "Argo's examples are not beside the project: skipping");
      // inner-steps of the example WorkflowTemplate workflow-template-inner-steps declares no inputs; print-message does
      String call = "      - name: hello2b\n        templateRef: {name: workflow-template-inner-steps, template: inner-steps}\n";
      String upstream = replace(STEPS, "      - name: hello2b\n        template: print-message\n", call);
      assertSame(upstream, replace(upstream, call + "        when: \"{{steps.hello1.status}} == Succeeded\"\n        arguments:\n"
          + "          parameters: [{name: message, value: hello2b}]\n", call + "        when: \"{{steps.hello1.status}} == Succeeded\"\n"));
      String declared = replace(STEPS, "      - name: hello2b\n        template: print-message\n",
          "      - name: hello2b\n        templateRef: {name: workflow-template-print-message, template: print-message}\n");
      assertDiffersAt(declared, replace(declared, "value: hello2b}", "value: hello-2b}"),
          "spec.templates[hello-hello-hello].steps[1][hello2b].arguments.parameters[message].value");
    }

    @Test
    void n1WorkflowNamesHarnessMetadataAndJerasVersionLabel() {
      String port = replace(DIAMOND, "  generateName: dag-diamond-\n",
          "  generateName: my-diamond-\n  labels:\n    app.kubernetes.io/version: 0.1.0\n");
      String upstream = replace(DIAMOND, "  generateName: dag-diamond-\n", """
            generateName: dag-diamond-
            labels:
              workflows.argoproj.io/no-test: "true"
            annotations:
              workflows.argoproj.io/no-test-reason: needs a cluster
              workflows.argoproj.io/version: '>= 3.1.0'
              workflows.argoproj.io/verify.py: |
                assert True
          """);
      assertSame(upstream, port);
    }

    @Test
    void n1AnnotationsCompareWithWhitespaceCollapsed() {
      String upstream = replace(DIAMOND, "  generateName: dag-diamond-\n",
          "  generateName: dag-diamond-\n  annotations:\n    workflows.argoproj.io/description: |\n      A diamond\n      of four.\n");
      String port = replace(DIAMOND, "  generateName: dag-diamond-\n",
          "  generateName: dag-diamond-\n  annotations:\n    workflows.argoproj.io/description: A diamond of four.\n");
      assertSame(upstream, port);
    }

    @Test
    void n2ParameterValuesAreAnyStrings() {
      String upstream = replace(replace(STEPS, "value: hello\n", "value: 1.50\n"), "default: hi", "default: true");
      String port = replace(replace(STEPS, "value: hello\n", "value: \"1.5\"\n"), "default: hi", "default: \"true\"");
      assertSame(upstream, port);
      assertDiffersAt(upstream, replace(port, "value: \"1.5\"\n", "value: \"1.50\"\n"), "spec.arguments.parameters[greeting].value");
    }

    @Test
    void n2ScalarsAreReadAsArgoReadsThem() {
      // Go's yaml.v2 (sigs.k8s.io/yaml) reads an unquoted yes as true and 0755 as octal; a date stays text
      assertSame(replace(STEPS, "default: hi", "default: yes"), replace(STEPS, "default: hi", "default: \"true\""));
      assertSame(replace(STEPS, "default: hi", "default: 0755"), replace(STEPS, "default: hi", "default: \"493\""));
      assertSame(replace(STEPS, "default: hi", "default: 2024-01-02"), replace(STEPS, "default: hi", "default: \"2024-01-02\""));
    }

    @Test
    void n2IntOrStringAndLoopItems() {
      assertSame(STEPS, replace(STEPS, "limit: 3", "limit: \"3\""));
      String upstream = withHello2aField(STEPS,
          "        withItems: [1, true, 2.50, \"x\"]\n        arguments:\n          parameters: [{name: message, value: \"{{item}}\"}]\n");
      assertSame(upstream, replace(upstream, "[1, true, 2.50, \"x\"]", "[\"1\", \"true\", \"2.5\", x]"));
      // inside a map item the JSON type shows in {{item}}: {"a":1} is not {"a":"1"}
      String maps = replace(upstream, "[1, true, 2.50, \"x\"]", "[{a: 1}]");
      assertDiffersAt(maps, replace(maps, "[{a: 1}]", "[{a: \"1\"}]"), "spec.templates[hello-hello-hello].steps[1][hello2a].withItems[0].a");
    }

    @Test
    void n3DurationsAndQuantities() {
      String upstream = withContainerField(withTemplateField(STEPS, """
              timeout: "10"
              podSpecPatch: '{"containers":[{"name":"main"}]}'
          """), "      resources:\n        requests: {cpu: 500m, memory: 1Gi}\n")
          .replace(TEMPLATE_FIELDS, "    retryStrategy:\n      limit: 3\n      backoff: {duration: \"1\", factor: 2, maxDuration: 1m, cap: 90s}\n");
      String port = withContainerField(withTemplateField(STEPS, """
              timeout: 10s
              podSpecPatch: |
                containers:
                - name: main
          """), "      resources:\n        requests: {cpu: \"0.5\", memory: \"1073741824\"}\n")
          .replace(TEMPLATE_FIELDS, "    retryStrategy:\n      limit: \"3\"\n      backoff: {duration: 1s, factor: \"2\", maxDuration: 60s, cap: 1m30s}\n");
      assertSame(upstream, port);
      assertDiffersAt(upstream, replace(port, "memory: \"1073741824\"", "memory: 1G"),
          "spec.templates[print-message].container.resources.requests.memory");
      assertDiffersAt(upstream, replace(port, "maxDuration: 60s", "maxDuration: 5s"),
          "spec.templates[print-message].retryStrategy.backoff.maxDuration");
    }

    @Test
    void n3MemoizeMaxAgeHasNoBareSeconds() {
      String upstream = withTemplateField(STEPS, "    memoize: {key: k, maxAge: 10s, cache: {configMap: {name: c}}}\n");
      assertSame(upstream, replace(upstream, "maxAge: 10s", "maxAge: 10000ms"));
      assertDiffersAt(upstream, replace(upstream, "maxAge: 10s", "maxAge: \"10\""), "spec.templates[print-message].memoize.maxAge");
    }

    @Test
    void n4OnExitIsTheExitHook() {
      assertSame(STEPS, replace(STEPS, "  onExit: bye\n", "  hooks:\n    exit:\n      template: bye\n"));
      String stepLevel = withHello2aField(STEPS, "        onExit: bye\n");
      assertSame(stepLevel, replace(stepLevel, "onExit: bye", "hooks: {exit: {template: bye}}"));
      assertDiffersAt(stepLevel, STEPS, "spec.templates[hello-hello-hello].steps[1][hello2a].hooks");
    }

    @Test
    void n4DependenciesAreADepends() {
      String port = replace(replace(DIAMOND, "depends: B && C", "dependencies: [C, B]"), "      - name: A\n", "      - name: A\n        dependencies: []\n")
          .replace("      - name: C\n        depends: A\n", "      - name: C\n        dependencies: [A]\n");
      assertSame(DIAMOND, port);
    }

    @Test
    void n4LiteralWithParamIsWithItems() {
      String upstream = withHello2aField(STEPS,
          "        withItems: [a, {b: 1}]\n        arguments:\n          parameters: [{name: message, value: \"{{item}}\"}]\n");
      assertSame(upstream, replace(upstream, "withItems: [a, {b: 1}]", "withParam: '[\"a\", {\"b\": 1.0}]'"));
    }

    @Test
    void n4VolumesByNameWhereverDeclared() {
      String upstream = withContainerField(withTemplateField(STEPS, "    volumes:\n    - {name: workdir, emptyDir: {}}\n"),
          "      volumeMounts:\n      - {name: workdir, mountPath: /mnt/vol}\n");
      String port = replace(replace(upstream, "    volumes:\n    - {name: workdir, emptyDir: {}}\n", ""),
          "  onExit: bye\n", "  onExit: bye\n  volumes:\n  - {name: workdir, emptyDir: {}}\n");
      assertSame(upstream, port);
    }

    @Test
    void n4DefaultsArgoApplies() {
      String upstream = replace(replace(DIAMOND, "  - name: diamond\n    dag:\n", "  - name: diamond\n    failFast: false\n    dag:\n"),
          "  - name: echo\n", """
            - name: get
              http: {url: "https://example.com", insecureSkipVerify: false}
            - name: patch
              resource:
                action: patch
                setOwnerReference: false
                manifest: |
                  apiVersion: v1
                  kind: Pod
            - name: seq
              steps:
              - - name: s
                  template: echo
                  withSequence: {count: "3"}
                  continueOn: {}
                  templateRef: {name: t, template: u, clusterScope: false}
                  arguments: {parameters: [{name: message, value: "{{item}}"}]}
            - name: echo
              retryStrategy: {limit: 1}
              outputs:
                artifacts:
                - {name: out, path: /tmp/out, optional: false}
          """);
      String port = upstream
          .replace("  - name: diamond\n    failFast: false\n    dag:\n", "  - name: diamond\n    dag:\n      failFast: true\n")
          .replace("http: {url: \"https://example.com\", insecureSkipVerify: false}", "http: {url: \"https://example.com\", method: GET}")
          .replace("      setOwnerReference: false\n", "      mergeStrategy: strategic\n")
          .replace("withSequence: {count: \"3\"}", "withSequence: {count: 3, start: 0}")
          .replace("        continueOn: {}\n", "")
          .replace("templateRef: {name: t, template: u, clusterScope: false}", "templateRef: {name: t, template: u}")
          .replace("retryStrategy: {limit: 1}", "retryStrategy: {limit: 1, retryPolicy: OnFailure}")
          .replace("- {name: out, path: /tmp/out, optional: false}", "- {name: out, path: /tmp/out, archive: {tar: {}}}");
      assertThat(port).isNotEqualTo(upstream);
      assertSame(upstream, port);
      assertDiffersAt(upstream, replace(port, "retryPolicy: OnFailure", "retryPolicy: Always"), "spec.templates[echo].retryStrategy.retryPolicy");
      assertDiffersAt(upstream, replace(port, "failFast: true", "failFast: false"), "spec.templates[diamond].dag.failFast");
      assertDiffersAt(upstream, replace(port, "archive: {tar: {}}", "archive: {tar: {compressionLevel: 0}}"),
          "spec.templates[echo].outputs.artifacts[out].archive.tar.compressionLevel");
    }

    @Test
    void n4RetryWithAnExpressionRetriesAlways() {
      String upstream = replace(STEPS, "      limit: 3\n", "      limit: 3\n      expression: lastRetry.status == \"Error\"\n");
      assertSame(upstream, replace(upstream, "      limit: 3\n", "      limit: 3\n      retryPolicy: Always\n"));
      assertDiffersAt(upstream, replace(upstream, "      limit: 3\n", "      limit: 3\n      retryPolicy: OnFailure\n"),
          "spec.templates[print-message].retryStrategy.retryPolicy");
    }

    @Test
    void n4CronDefaults() {
      String cron = """
          apiVersion: argoproj.io/v1alpha1
          kind: CronWorkflow
          metadata:
            name: hello-world
          spec:
            schedules: ["* * * * *"]
            timezone: America/Los_Angeles
            workflowSpec:
              entrypoint: hello
              templates:
              - name: hello
                container: {image: busybox}
          """;
      String explicit = replace(cron, "  timezone:", "  concurrencyPolicy: Allow\n  suspend: false\n"
          + "  successfulJobsHistoryLimit: 3\n  failedJobsHistoryLimit: 1\n  timezone:");
      assertSame(cron, explicit);
      assertDiffersAt(cron, replace(explicit, "failedJobsHistoryLimit: 1", "failedJobsHistoryLimit: 4"), "spec.failedJobsHistoryLimit");
      assertDiffersAt(cron, replace(explicit, "concurrencyPolicy: Allow", "concurrencyPolicy: Replace"), "spec.concurrencyPolicy");
      assertDiffersAt(cron, replace(cron, "* * * * *", "*/5 * * * *"), "spec.schedules[0]");
      assertDiffersAt(cron, replace(explicit, "suspend: false", "suspend: true"), "spec.suspend");
    }

    @Test
    void n5WhatRunsInsideAPodIsThePorts() {
      String port = replace(STEPS, """
              container:
                image: busybox
                command: [echo]
                args: ["{{inputs.parameters.message}}"]
          """, """
              script:
                image: registry.example.com/jera-samples:0.1.0
                command: [java]
                args: [-cp, /app/classes, Runner, print-message]
                source: "{{inputs.parameters}}"
                workingDir: /app
                env:
                - {name: JAVA_OPTS, value: -Xmx64m}
                securityContext:
                  runAsNonRoot: true
                  allowPrivilegeEscalation: false
                readinessProbe:
                  exec: {command: ["true"]}
          """).replace("  entrypoint: hello-hello-hello\n",
          "  entrypoint: hello-hello-hello\n  securityContext: {runAsNonRoot: true, runAsUser: 65532}\n");
      assertSame(STEPS, port);
    }

    @Test
    void n5SecretReferencesKeepTheirSourceNotTheirVariable() {
      String upstream = withContainerField(STEPS, """
                env:
                - name: MYSECRETPASSWORD
                  valueFrom:
                    secretKeyRef: {name: my-secret, key: mypassword}
          """);
      assertSame(upstream, replace(upstream, "MYSECRETPASSWORD", "PASSWORD"));
    }

    @Test
    void n5PrivilegedStays() {
      String upstream = withContainerField(STEPS, "      securityContext: {privileged: true, runAsUser: 0}\n");
      assertSame(upstream, replace(upstream, ", runAsUser: 0", ""));
      assertDiffersAt(upstream, STEPS, "spec.templates[print-message].container.securityContext");
    }

    @Test
    void n5ADaemonsProbeKeepsItsKindAndTimings() {
      String upstream = withTemplateField(withContainerField(STEPS, """
                readinessProbe:
                  httpGet: {path: /ping, port: 8086}
                  initialDelaySeconds: 5
                  timeoutSeconds: 1
          """), "    daemon: true\n");
      String path = "spec.templates[print-message].container.readinessProbe";
      assertSame(upstream, replace(upstream, "httpGet: {path: /ping, port: 8086}", "httpGet: {path: /health, port: 8080}"));
      assertDiffersAt(upstream, replace(upstream, "httpGet: {path: /ping, port: 8086}", "tcpSocket: {port: 8086}"), path + ".handler");
      assertDiffersAt(upstream, replace(upstream, "initialDelaySeconds: 5", "initialDelaySeconds: 1"), path + ".initialDelaySeconds");
      assertDiffersAt(upstream, replace(upstream, "    daemon: true\n", ""), "spec.templates[print-message].daemon");
    }

    @Test
    void n6ArtifactPathsAndOutputFiles() {
      String upstream = withTemplateField(STEPS, """
              outputs:
                parameters:
                - name: count
                  valueFrom: {path: /tmp/count.txt}
                artifacts:
                - {name: report, path: /tmp/report.txt, mode: 0644}
          """);
      String port = replace(replace(upstream, "path: /tmp/count.txt", "path: /jera/outputs/count"),
          "{name: report, path: /tmp/report.txt, mode: 0644}", "{name: report, path: /jera/outputs/report}");
      assertSame(upstream, port);
      assertDiffersAt(upstream, replace(upstream, "valueFrom: {path: /tmp/count.txt}", "valueFrom: {expression: \"1\"}"),
          "spec.templates[print-message].outputs.parameters[count].valueFrom.path");
    }

    @Test
    void n7TransportInputsCarryWhatUpstreamReadsInItsCommand() {
      String upstream = replace(STEPS, "      command: [echo, bye]\n", "      command: [echo, \"bye {{workflow.status}} after {{ workflow.duration }}\"]\n");
      String withValue = replace(upstream, "  - name: bye\n    container:\n", """
            - name: bye
              inputs:
                parameters:
                - {name: status, value: "{{workflow.status}}"}
                - {name: took, value: "{{workflow.duration}}"}
              container:
          """);
      assertSame(upstream, withValue);
      // passed by every call instead of given as a value
      String byCall = replace(upstream, "  onExit: bye\n",
              "  hooks:\n    exit:\n      template: bye\n      arguments:\n        parameters: [{name: status, value: \"{{workflow.status}}\"}]\n")
          .replace("  - name: bye\n    container:\n", "  - name: bye\n    inputs:\n      parameters: [{name: status}]\n    container:\n");
      assertSame(upstream, byCall);
      // an input upstream neither declares nor reads is a difference
      String unrelated = replace(withValue, "value: \"{{workflow.duration}}\"", "value: \"{{workflow.name}}\"");
      assertDiffersAt(upstream, unrelated, "spec.templates[bye].inputs");
      assertThat(compare(upstream, unrelated).get(0).port()).isEqualTo("{parameters: {[took] {value: \"{{workflow.name}}\"}}}");
      // an input upstream declares is compared as usual
      String declared = replace(upstream, "  - name: bye\n    container:\n", "  - name: bye\n    inputs:\n      parameters: [{name: status, value: \"{{workflow.status}}\"}]\n    container:\n");
      assertDiffersAt(declared, replace(declared, "parameters: [{name: status, value: \"{{workflow.status}}\"}]", "parameters: [{name: status}]"),
          "spec.templates[bye].inputs.parameters[status].value");
    }

    @Test
    void n8TagsAndExpressions() {
      assertSame(STEPS, replace(replace(STEPS, "\"{{steps.hello1.status}} == Succeeded\"", "\"{{ steps.hello1.status }}   ==  Succeeded\""),
          "{{workflow.parameters.greeting}}", "{{ workflow.parameters.greeting }}"));
      String expression = replace(STEPS, "\"{{steps.hello1.status}} == Succeeded\"", "\"{{=steps.hello1.status == 'a  b'}}\"");
      assertSame(expression, replace(expression, "{{=steps.hello1.status == 'a  b'}}", "{{= steps.hello1.status  ==  'a  b' }}"));
      assertDiffersAt(expression, replace(expression, "'a  b'", "'a b'"), "spec.templates[hello-hello-hello].steps[1][hello2b].when");
    }

    @Test
    void n9ResourceManifestsAreData() {
      String upstream = replace(STEPS, "  - name: bye\n    container:\n      image: busybox\n      command: [echo, bye]\n", """
            - name: bye
              resource:
                action: create
                manifest: |
                  apiVersion: batch/v1
                  kind: Job
                  metadata:
                    generateName: pi-job-
                  spec:
                    backoffLimit: {{workflow.parameters.greeting}}
                    template:
                      spec:
                        containers: [{name: pi, image: perl}]
          """);
      String port = replace(upstream, """
                  apiVersion: batch/v1
                  kind: Job
                  metadata:
                    generateName: pi-job-
                  spec:
                    backoffLimit: {{workflow.parameters.greeting}}
          """, """
                  kind: Job
                  apiVersion: "batch/v1"
                  metadata: {generateName: pi-job-}
                  spec:
                    backoffLimit: {{ workflow.parameters.greeting }}
          """);
      assertSame(upstream, port);
      assertDiffersAt(upstream, replace(upstream, "image: perl", "image: perl:5"),
          "spec.templates[bye].resource.manifest.documents[0].spec.template.spec.containers[0].image");
      assertDiffersAt(upstream, replace(upstream, "{{workflow.parameters.greeting}}", "{{workflow.name}}"),
          "spec.templates[bye].resource.manifest.tags[0]");
    }

    @Test
    void n10OrdersThatMeanNothing() {
      String reordered = """
          apiVersion: argoproj.io/v1alpha1
          kind: Workflow
          metadata:
            generateName: dag-diamond-
          spec:
            entrypoint: diamond
            templates:
            - name: echo
              inputs:
                parameters:
                - name: message
              container:
                image: alpine:3.7
            - name: diamond
              dag:
                tasks:
                - {name: D, depends: C && B, template: echo, arguments: {parameters: [{name: message, value: D}]}}
                - {name: C, depends: A, template: echo, arguments: {parameters: [{name: message, value: C}]}}
                - {name: B, depends: A, template: echo, arguments: {parameters: [{name: message, value: B}]}}
                - {name: A, template: echo, arguments: {parameters: [{name: message, value: A}]}}
          """;
      assertSame(DIAMOND, reordered);
      String swapped = replace(STEPS, "    - - name: hello2a\n" + HELLO2A + "      - name: hello2b\n", "    - - name: hello2b\n");
      assertSame(STEPS, swapped.replace("        template: print-message\n        when: \"{{steps.hello1.status}} == Succeeded\"\n"
          + "        arguments:\n          parameters: [{name: message, value: hello2b}]\n",
          "        template: print-message\n        when: \"{{steps.hello1.status}} == Succeeded\"\n"
              + "        arguments:\n          parameters: [{name: message, value: hello2b}]\n      - name: hello2a\n" + HELLO2A));
    }
  }
}
