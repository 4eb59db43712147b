package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CONFLICTING_METRIC;
import static dev.jera.processor.diagnostic.MessageId.INVALID_METRIC_LABEL;
import static dev.jera.processor.diagnostic.MessageId.INVALID_METRIC_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_METRIC_VALUE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_REALTIME_METRIC;
import static dev.jera.processor.diagnostic.MessageId.INVALID_WHEN;
import static dev.jera.processor.diagnostic.MessageId.METRIC_SETTING_OF_OTHER_KIND;
import static dev.jera.processor.diagnostic.MessageId.METRIC_WITHOUT_HELP;
import static dev.jera.processor.diagnostic.MessageId.MISPLACED_METRIC;
import static dev.jera.processor.diagnostic.MessageId.SETTING_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code @Metric}: what Argo checks of a metric, what it only finds when it emits one, and the variables of each place. */
class MetricRulesTest {

  /**
   * A steps workflow {@code flaky} with {@code workflowMetrics} on its class, the step {@code random-int} (which
   * returns its number as the output {@code rand-int-value}, retried) with {@code stepMetrics}, and {@code more}.
   */
  private static JavaFileObject workflow(String workflowMetrics, String stepMetrics, String more) {
    return java("Flaky", "@Workflow(name = \"flaky\", entrypoint = \"steps\", style = Style.STEPS)\n"
        + workflowMetrics + "\npublic class Flaky {\n"
        + "  @Script(name = \"random-int\")\n"
        + "  " + stepMetrics.replace("\n", "\n  ") + "\n"
        + "  @Output(\"rand-int-value\") @Retry(limit = 2)\n"
        + "  public static int randomInt(@Value(\"7\") String seed) { return 4; }\n\n"
        + "  " + more.replace("\n", "\n  ") + "\n}\n");
  }

  private static JavaFileObject onStep(String stepMetrics) {
    return workflow("", stepMetrics, "");
  }

  private static String manifest(Compilation compilation, String name) {
    try {
      return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/argo/" + name + ".yaml")
          .orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void metricsOfEveryPlaceCompileSilentlyIntoTheirPlaces() {
    JavaFileObject source = workflow(
        "@Metric(name = \"duration_gauge\", labels = \"name=workflow\", help = \"Duration by name\",\n"
            + "    kind = Metric.Kind.GAUGE, realtime = true, value = \"{{workflow.duration}}\")\n"
            + "@Param(value = \"env\", defaultValue = \"dev\")\n"
            + "@Metric(name = \"runs\", help = \"Runs by status\", labels = {\"status={{workflow.status}}\", \"env={{workflow.parameters.env}}\"},\n"
            + "    kind = Metric.Kind.COUNTER, value = \"1\")\n"
            + "@Metric(graph = true, name = \"duration_gauge\", labels = \"name=steps\", help = \"Duration by name\",\n"
            + "    kind = Metric.Kind.GAUGE, realtime = true, value = \"{{duration}}\")",
        "@Metric(name = \"random_int\", help = \"The int\", when = \"{{status}} == Succeeded\",\n"
            + "    kind = Metric.Kind.HISTOGRAM, buckets = {2.01, 4.01, 6.5}, value = \"{{outputs.parameters.rand-int-value}}\")\n"
            + "@Metric(name = \"tries\", help = \"Retries\", labels = {\"seed={{inputs.parameters.seed}}\", \"code={{exitCode}}\"},\n"
            + "    kind = Metric.Kind.GAUGE, operation = Metric.Operation.ADD, value = \"{{retries}}\")",
        "@Graph(name = \"inner\")\n@Param(\"tag\")\n"
            + "@Metric(name = \"inner_runs\", help = \"Inner runs\", labels = \"tag={{inputs.parameters.tag}}\",\n"
            + "    kind = Metric.Kind.COUNTER, value = \"1\")\n"
            + "static class Inner {\n"
            + "  @Script\n  public static void work() {}\n}\n"
            + "@Script(after = \"random-int\") @Call(template = \"inner\")\n"
            + "static void callInner(@Value(\"a\") String tag) {}");
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = manifest(compilation, "flaky");
    assertThat(manifest).contains("""
          metrics:
            prometheus:
            - name: duration_gauge
              help: Duration by name
              labels:
              - key: name
                value: workflow
              gauge:
                realtime: true
                value: "{{workflow.duration}}"
        """);
    assertThat(manifest).contains("""
          - name: steps
            metrics:
              prometheus:
              - name: duration_gauge
        """);
    assertThat(manifest).contains("""
              - name: random_int
                help: The int
                when: "{{status}} == Succeeded"
                histogram:
                  buckets:
                  - 2.01
                  - 4.01
                  - 6.5
                  value: "{{outputs.parameters.rand-int-value}}"
        """);
    assertThat(manifest).contains("""
                gauge:
                  realtime: false
                  value: "{{retries}}"
                  operation: Add
        """);
    assertThat(manifest).contains("""
          - name: inner
            inputs:
              parameters:
              - name: tag
            metrics:
              prometheus:
              - name: inner_runs
        """);
  }

  @Test
  void namesAndLabelKeysArePrometheusNames() {
    JavaFileObject name = onStep("@Metric(name = \"random-int\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(INVALID_METRIC_NAME).withImage(name))
        .hadErrorContaining("@Metric(name = \"random-int\") of randomInt() is not a valid Prometheus metric name: use letters,"
            + " digits and _, not starting with a digit; write \"random_int\"")
        .inFile(name).onLineContaining("name = \"random-int\", help");
    JavaFileObject key = onStep("@Metric(name = \"runs\", help = \"h\", labels = \"task-name=x\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(INVALID_METRIC_LABEL).withImage(key))
        .hadErrorContaining("label key 'task-name' of @Metric 'runs' of randomInt() is not a valid Prometheus label name");
    assertThat(Compile.expecting(INVALID_METRIC_LABEL).withImage(key))
        .hadErrorContaining("write 'task_name'").inFile(key).onLineContaining("task-name=x");
    JavaFileObject bare = onStep("@Metric(name = \"runs\", help = \"h\", labels = \"status\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(INVALID_METRIC_LABEL).withImage(bare))
        .hadErrorContaining("label \"status\" of @Metric 'runs' of randomInt() is not key=value; write it as \"key=value\"")
        .inFile(bare).onLineContaining("labels = \"status\"");
    JavaFileObject twice = onStep("@Metric(name = \"runs\", help = \"h\", labels = {\"a=1\", \"a=2\"}, kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(INVALID_METRIC_LABEL).withImage(twice))
        .hadErrorContaining("label key 'a' of @Metric 'runs' of randomInt() is given twice, and Argo keeps only the last")
        .inFile(twice).onLineContaining("a=2");
  }

  @Test
  void helpAndValueAreRequired() {
    JavaFileObject help = onStep("@Metric(name = \"runs\", help = \"\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(METRIC_WITHOUT_HELP).withImage(help))
        .hadErrorContaining("@Metric 'runs' of randomInt() has an empty help, which Argo requires")
        .inFile(help).onLineContaining("help = \"\"");
    JavaFileObject empty = onStep("@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"\")");
    assertThat(Compile.expecting(INVALID_METRIC_VALUE).withImage(empty))
        .hadErrorContaining("@Metric 'runs' of randomInt() has an empty value, which Argo requires of a counter")
        .inFile(empty).onLineContaining("value = \"\"");
    JavaFileObject word = onStep("@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"one\")");
    assertThat(Compile.expecting(INVALID_METRIC_VALUE).withImage(word))
        .hadErrorContaining("the value \"one\" of @Metric 'runs' of randomInt() is not a number, so Argo cannot emit it")
        .inFile(word).onLineContaining("value = \"one\"");
  }

  @Test
  void whenIsAConditionArgoCanEvaluate() {
    JavaFileObject when = onStep("@Metric(name = \"runs\", help = \"h\", when = \"{{status}} = Succeeded\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(INVALID_WHEN).withImage(when))
        .hadErrorContaining("{{status}} = Succeeded").inFile(when).onLineContaining("when = ");
  }

  @Test
  void realtimeIsAGaugeOfThePlacesDuration() {
    JavaFileObject counter = onStep("@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, realtime = true, value = \"1\")");
    assertThat(Compile.expecting(INVALID_REALTIME_METRIC).withImage(counter))
        .hadErrorContaining("@Metric 'runs' of randomInt() is a counter, and only a gauge can be realtime")
        .inFile(counter).onLineContaining("realtime = true");
    JavaFileObject value = onStep("@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.GAUGE, realtime = true,\n"
        + "    value = \"{{outputs.parameters.rand-int-value}}\")");
    assertThat(Compile.expecting(INVALID_REALTIME_METRIC).withImage(value))
        .hadErrorContaining("the value \"{{outputs.parameters.rand-int-value}}\" of realtime @Metric 'runs' of randomInt() is not"
            + " a variable Argo updates in real time; write \"{{duration}}\" or \"{{workflow.duration}}\"")
        .inFile(value).onLineContaining("value = \"{{outputs");
    JavaFileObject workflowLevel = workflow("@Metric(name = \"took\", help = \"h\", kind = Metric.Kind.GAUGE, realtime = true,\n"
        + "    value = \"{{duration}}\")", "", "");
    assertThat(Compile.expecting(INVALID_REALTIME_METRIC).withImage(workflowLevel))
        .hadErrorContaining("of realtime @Metric 'took' of the workflow Flaky is not a variable Argo updates in real time;"
            + " write \"{{workflow.duration}}\"")
        .inFile(workflowLevel).onLineContaining("value = \"{{duration}}\"");
    JavaFileObject resources = onStep("@Metric(name = \"cpu\", help = \"h\", kind = Metric.Kind.GAUGE, realtime = true,\n"
        + "    value = \"{{resourcesDuration.cpu}}\")");
    assertThat(Compile.expecting(INVALID_REALTIME_METRIC).withImage(resources))
        .hadErrorContaining("realtime @Metric 'cpu' of randomInt() uses resourcesDuration.*, which Argo cannot emit in real time")
        .inFile(resources).onLineContaining("resourcesDuration.cpu");
  }

  @Test
  void bucketsAreAHistogramsAndOperationsAGauges() {
    JavaFileObject buckets = onStep("@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, buckets = {1, 2}, value = \"1\")");
    assertThat(Compile.expecting(METRIC_SETTING_OF_OTHER_KIND).withImage(buckets))
        .hadErrorContaining("buckets of @Metric 'runs' of randomInt() are for a histogram, and it is a counter")
        .inFile(buckets).onLineContaining("buckets = {1, 2}");
    JavaFileObject operation = onStep("@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER,\n"
        + "    operation = Metric.Operation.SUB, value = \"1\")");
    assertThat(Compile.expecting(METRIC_SETTING_OF_OTHER_KIND).withImage(operation))
        .hadErrorContaining("operation of @Metric 'runs' of randomInt() is for a gauge, and it is a counter; remove operation")
        .inFile(operation).onLineContaining("Metric.Operation.SUB");
    JavaFileObject order = onStep("@Metric(name = \"int\", help = \"h\", kind = Metric.Kind.HISTOGRAM, buckets = {4, 2, 2.5},\n"
        + "    value = \"{{outputs.parameters.rand-int-value}}\")");
    assertThat(Compile.expecting(METRIC_SETTING_OF_OTHER_KIND).withImage(order))
        .hadErrorContaining("the buckets of @Metric 'int' of randomInt() are not in increasing order, each once;"
            + " write buckets = {2, 2.5, 4}")
        .inFile(order).onLineContaining("buckets = {4, 2, 2.5}");
  }

  @Test
  void oneNameIsOneHelpAndKind() {
    JavaFileObject help = workflow("@Metric(name = \"runs\", help = \"Runs\", kind = Metric.Kind.COUNTER, value = \"1\")",
        "@Metric(name = \"runs\", help = \"Steps run\", kind = Metric.Kind.COUNTER, value = \"1\")", "");
    assertThat(Compile.expecting(CONFLICTING_METRIC).withImage(help))
        .hadErrorContaining("@Metric 'runs' of randomInt() has help \"Steps run\", but the metric of that name on the workflow"
            + " Flaky has \"Runs\"; Argo refuses to change a metric's help")
        .inFile(help).onLineContaining("help = \"Steps run\"");
    JavaFileObject kind = workflow("@Metric(name = \"runs\", help = \"Runs\", kind = Metric.Kind.COUNTER, value = \"1\")",
        "@Metric(name = \"runs\", help = \"Runs\", kind = Metric.Kind.GAUGE, value = \"1\")", "");
    assertThat(Compile.expecting(CONFLICTING_METRIC).withImage(kind))
        .hadErrorContaining("@Metric 'runs' of randomInt() is a gauge, but the metric of that name on the workflow Flaky is a"
            + " counter; one name is one kind of metric, so rename one")
        .inFile(kind).onLineContaining("Metric.Kind.GAUGE");
  }

  @Test
  void aMetricBelongsToATemplate() {
    JavaFileObject call = workflow("", "", "@Template public static void echo(String message) {}\n"
        + "@Script(after = \"random-int\") @Call(template = \"echo\")\n"
        + "@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"1\")\n"
        + "static void hello(@Value(\"hi\") String message) {}");
    assertThat(Compile.expecting(MISPLACED_METRIC).withImage(call))
        .hadErrorContaining("@Metric 'runs' is on hello(), which calls echo and has no template of its own;"
            + " put it on the template echo")
        .inFile(call).onLineContaining("@Metric(name = \"runs\"");
    JavaFileObject graph = onStep("@Metric(graph = true, name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(MISPLACED_METRIC).withImage(graph))
        .hadErrorContaining("graph = true of @Metric 'runs' on randomInt() names no graph: a method's metric is its template's")
        .inFile(graph).onLineContaining("graph = true");
    JavaFileObject noGraph = java("Single", "@Workflow(name = \"single\", entrypoint = \"work\")\n"
        + "@Metric(graph = true, name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"1\")\n"
        + "public class Single {\n  @Template public static void work() {}\n}\n");
    assertThat(Compile.expecting(MISPLACED_METRIC).withImage(noGraph))
        .hadErrorContaining("graph = true of @Metric 'runs' puts it on the graph of Single, which has no steps of its own")
        .inFile(noGraph).onLineContaining("graph = true");
    JavaFileObject library = java("Tools", "@Library\n"
        + "@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"1\")\n"
        + "public class Tools {\n  @Script public static void work() {}\n}\n");
    assertThat(Compile.expecting(MISPLACED_METRIC).withImage(library))
        .hadErrorContaining("@Metric 'runs' is on the @Library Tools, which is no workflow and no template")
        .inFile(library).onLineContaining("@Metric");
    JavaFileObject stray = java("Plain", "@Metric(name = \"runs\", help = \"h\", kind = Metric.Kind.COUNTER, value = \"1\")\n"
        + "public class Plain {}\n");
    assertThat(Compile.expecting(SETTING_OUTSIDE_WORKFLOW).withImage(stray))
        .hadErrorContaining("Metric").inFile(stray).onLineContaining("@Metric");
  }

  @Test
  void variablesAreThoseOfThePlace() {
    JavaFileObject output = onStep("@Metric(name = \"int\", help = \"h\", kind = Metric.Kind.GAUGE, value = \"{{outputs.parameters.rand-int-vale}}\")");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(output))
        .hadErrorContaining("{{outputs.parameters.rand-int-vale}} in @Metric 'int' of randomInt() does not resolve: randomInt() has no"
            + " output parameter 'rand-int-vale'; its outputs are rand-int-value; did you mean 'rand-int-value'?")
        .inFile(output).onLineContaining("rand-int-vale}}");
    JavaFileObject typo = onStep("@Metric(name = \"runs\", help = \"h\", labels = \"code={{exitcode}}\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(typo))
        .hadErrorContaining("a metric of randomInt() has no variable 'exitcode'; did you mean 'exitCode'?")
        .inFile(typo).onLineContaining("{{exitcode}}");
    JavaFileObject input = onStep("@Metric(name = \"runs\", help = \"h\", labels = \"seed={{inputs.parameters.sed}}\", kind = Metric.Kind.COUNTER, value = \"1\")");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(input))
        .hadErrorContaining("randomInt() has no input parameter 'sed'; its inputs are seed; did you mean 'seed'?")
        .inFile(input).onLineContaining("sed}}");
    JavaFileObject graphExit = workflow("@Metric(graph = true, name = \"code\", help = \"h\", kind = Metric.Kind.GAUGE, value = \"{{exitCode}}\")", "", "");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(graphExit))
        .hadErrorContaining("{{exitCode}} in @Metric 'code' of the graph steps does not resolve: 'exitCode' is a pod's, and a"
            + " graph's node has none")
        .inFile(graphExit).onLineContaining("{{exitCode}}");
    JavaFileObject workflowStatus = workflow("@Metric(name = \"runs\", help = \"h\", labels = \"status={{workflow.stat}}\",\n"
        + "    kind = Metric.Kind.COUNTER, value = \"1\")", "", "");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(workflowStatus))
        .hadErrorContaining("Argo defines no variable 'workflow.stat'; did you mean 'status'?")
        .inFile(workflowStatus).onLineContaining("{{workflow.stat}}");
    JavaFileObject voidResult = workflow("", "", "@Script(after = \"random-int\")\n"
        + "@Metric(name = \"said\", help = \"h\", labels = \"said={{outputs.result}}\", kind = Metric.Kind.COUNTER, value = \"1\")\n"
        + "public static void quiet() {}");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(voidResult))
        .hadErrorContaining("{{outputs.result}} in @Metric 'said' of quiet() does not resolve: quiet() returns nothing, so its"
            + " node has no outputs.result")
        .inFile(voidResult).onLineContaining("{{outputs.result}}");
  }
}
