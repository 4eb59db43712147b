package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests of every kind and style: their shape, and both of Argo's strict schemas. */
class ManifestTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode compile(String workflowName, JavaFileObject source) throws IOException {
    Compilation compilation = Compile.withImage(List.of("-Ajera.appVersion=2.0.1"), source);
    assertThat(compilation).succeededWithoutWarnings();
    String yaml = Compile.manifest(compilation, workflowName);
    assertThat(ArgoSchemas.errors(yaml)).isEmpty();
    return YAML.readTree(yaml);
  }

  private static final String ETL = """
      @Param(value = "source", defaultValue = "USD-THB", allowed = {"USD-THB", "EUR-THB"}, description = "the pair")
      @Param(value = "run-date")
      @Retry(limit = 3, policy = Retry.Policy.ALWAYS, backoff = "5s", factor = 2, maxBackoff = "1m")
      public class Etl {
        public record Rate(String pair, BigDecimal rate) {}
        @Script @Resources(cpu = "250m", memory = "256Mi", cpuLimit = "1", memoryLimit = "512Mi")
        public static List<Rate> extract(@Param("source") String source, @Param("run-date") LocalDate day) { return List.of(); }
        @Script(forEach = "extract", timeout = "1h30m") public static Rate convert(@Item Rate rate) { return rate; }
        @Script public static int load(@From("convert") List<Rate> rates, @Secret(name = "warehouse", key = "password") String password) { return rates.size(); }
        @Script(after = "load", when = "{{tasks.load.outputs.result}} > 0") public static void report(@Value("{{workflow.name}}") String run) {}
        @Script(items = {"a", "b"}) public static String letters(@Item String letter) { return letter; }
        @Script public static void done(@Value("{{workflow.status}}") String status) {}
      }
      """;

  @Test
  void workflowUsesGenerateNameAndDag() throws IOException {
    JsonNode manifest =
        compile("etl", java("Etl", "@Workflow(name = \"etl\", onExit = \"done\", serviceAccount = \"runner\", parallelism = 4, labels = \"team=data\")\n" + ETL));
    assertThat(manifest.path("apiVersion").asText()).isEqualTo("argoproj.io/v1alpha1");
    assertThat(manifest.path("kind").asText()).isEqualTo("Workflow");
    assertThat(manifest.path("metadata").path("generateName").asText()).isEqualTo("etl-");
    assertThat(manifest.path("metadata").path("labels").path("team").asText()).isEqualTo("data");
    assertThat(manifest.path("metadata").path("labels").path("app.kubernetes.io/version").asText()).isEqualTo("2.0.1");
    JsonNode spec = manifest.path("spec");
    assertThat(spec.path("entrypoint").asText()).isEqualTo("main");
    assertThat(spec.path("onExit").asText()).isEqualTo("done");
    assertThat(spec.path("serviceAccountName").asText()).isEqualTo("runner");
    assertThat(spec.path("parallelism").asInt()).isEqualTo(4);
    JsonNode source = spec.path("arguments").path("parameters").get(0);
    assertThat(source.path("value").asText()).isEqualTo("USD-THB");
    assertThat(source.path("enum").toString()).isEqualTo("[\"USD-THB\",\"EUR-THB\"]");
    assertThat(spec.path("arguments").path("parameters").get(1).has("value")).isFalse();
    JsonNode tasks = spec.path("templates").get(0).path("dag").path("tasks");
    assertThat(tasks.size()).isEqualTo(5);
    assertThat(tasks.get(1).path("depends").asText()).isEqualTo("extract");
    assertThat(tasks.get(1).path("withParam").asText()).isEqualTo("{{tasks.extract.outputs.result}}");
    assertThat(tasks.get(2).path("arguments").path("parameters").get(0).path("value").asText())
        .isEqualTo("{{tasks.convert.outputs.result}}");
    assertThat(tasks.get(3).path("when").asText()).isEqualTo("{{tasks.load.outputs.result}} > 0");
    assertThat(tasks.get(4).path("withItems").toString()).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void scriptTemplatesRunTheRunner() throws IOException {
    JsonNode manifest = compile("etl", java("Etl", "@Workflow(name = \"etl\", onExit = \"done\")\n" + ETL));
    JsonNode extract = manifest.path("spec").path("templates").get(1);
    assertThat(extract.path("name").asText()).isEqualTo("extract");
    assertThat(extract.path("retryStrategy").path("limit").isTextual()).isTrue();
    assertThat(extract.path("retryStrategy").path("limit").asText()).isEqualTo("3");
    assertThat(extract.path("retryStrategy").path("retryPolicy").asText()).isEqualTo("Always");
    assertThat(extract.path("retryStrategy").path("backoff").path("factor").asText()).isEqualTo("2");
    JsonNode script = extract.path("script");
    assertThat(script.path("image").asText()).isEqualTo(Compile.IMAGE);
    assertThat(script.path("command").toString()).isEqualTo("[\"java\"]");
    assertThat(script.path("args").toString()).contains("\"test.Etl_JeraRunner\",\"extract\"]");
    assertThat(script.path("source").asText()).isEqualTo("{{inputs.parameters}}");
    assertThat(script.path("resources").path("requests").path("cpu").asText()).isEqualTo("250m");
    assertThat(script.path("resources").path("limits").path("memory").asText()).isEqualTo("512Mi");
    JsonNode load = manifest.path("spec").path("templates").get(3).path("script");
    assertThat(load.path("env").get(0).path("name").asText()).isEqualTo("JERA_SECRET_WAREHOUSE_PASSWORD");
    assertThat(load.path("env").get(0).path("valueFrom").path("secretKeyRef").path("name").asText()).isEqualTo("warehouse");
    JsonNode convert = manifest.path("spec").path("templates").get(2);
    assertThat(convert.path("timeout").asText()).isEqualTo("1h30m");
    JsonNode done = manifest.path("spec").path("templates").get(6);
    assertThat(done.path("inputs").path("parameters").get(0).path("value").asText()).isEqualTo("{{workflow.status}}");
  }

  @Test
  void workflowTemplateIsNamed() throws IOException {
    JsonNode manifest = compile("etl-2.0.1", java("Etl", "@Workflow(name = \"etl-${jera.appVersion}\", kind = Kind.WORKFLOW_TEMPLATE, onExit = \"done\")\n" + ETL));
    assertThat(manifest.path("kind").asText()).isEqualTo("WorkflowTemplate");
    assertThat(manifest.path("metadata").path("name").asText()).isEqualTo("etl-2.0.1");
    assertThat(manifest.path("metadata").has("generateName")).isFalse();
  }

  @Test
  void parametersFromAConfigMapKeyReadIt() throws IOException {
    JsonNode manifest = compile("greet", java("Greet", """
        @Workflow(name = "greet", entrypoint = "main")
        @Param(value = "message", configMap = "simple-parameters/msg")
        @Param(value = "name", configMap = "simple-parameters/name", defaultValue = "world")
        public class Greet {
          @Template
          public static void print(@Param(value = "greeting", configMap = "simple-parameters/greeting", defaultValue = "hi") String greeting) {}

          @Script public static void one(@Param("message") String message, @Param("name") String name) {}

          @Script @Call(template = "print") static void two() {}
        }
        """));
    assertThat(manifest.path("spec").path("arguments").path("parameters").toString()).isEqualTo(
        "[{\"name\":\"message\",\"valueFrom\":{\"configMapKeyRef\":{\"name\":\"simple-parameters\",\"key\":\"msg\"}}},"
        + "{\"name\":\"name\",\"valueFrom\":{\"configMapKeyRef\":{\"name\":\"simple-parameters\",\"key\":\"name\"},"
        + "\"default\":\"world\"}}]");
    JsonNode print = null;
    for (JsonNode template : manifest.path("spec").path("templates")) {
      print = template.path("name").asText().equals("print") ? template : print;
    }
    assertThat(print.path("inputs").path("parameters").toString()).isEqualTo(
        "[{\"name\":\"greeting\",\"valueFrom\":{\"configMapKeyRef\":{\"name\":\"simple-parameters\",\"key\":\"greeting\"},"
        + "\"default\":\"hi\"}}]");
  }

  @Test
  void clusterWorkflowTemplate() throws IOException {
    JsonNode manifest = compile("etl", java("Etl", "@Workflow(name = \"etl\", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE, onExit = \"done\")\n" + ETL));
    assertThat(manifest.path("kind").asText()).isEqualTo("ClusterWorkflowTemplate");
  }

  @Test
  void cronWorkflowHasSchedulesAndAWorkflowSpec() throws IOException {
    JsonNode manifest = compile("etl", java("Etl",
        "@Workflow(name = \"etl\", kind = Kind.CRON_WORKFLOW, schedule = {\"*/5 * * * *\", \"@hourly\"}, timezone = \"Asia/Bangkok\", onExit = \"done\")\n" + ETL));
    assertThat(manifest.path("kind").asText()).isEqualTo("CronWorkflow");
    assertThat(manifest.path("spec").path("schedules").toString()).isEqualTo("[\"*/5 * * * *\",\"@hourly\"]");
    assertThat(manifest.path("spec").has("schedule")).isFalse();
    assertThat(manifest.path("spec").path("timezone").asText()).isEqualTo("Asia/Bangkok");
    assertThat(manifest.path("spec").path("workflowSpec").path("entrypoint").asText()).isEqualTo("main");
  }

  @Test
  void cronWorkflowSettingsAreEmittedWithArgosTypes() throws IOException {
    JsonNode manifest = compile("nightly", java("Etl", """
        @Workflow(name = "nightly", kind = Kind.CRON_WORKFLOW, schedule = "0 2 * * *", timezone = "Asia/Bangkok",
            concurrencyPolicy = "Forbid", startingDeadlineSeconds = 0, successfulJobsHistoryLimit = 5,
            failedJobsHistoryLimit = 2, suspend = true,
            when = "{{= cronworkflow.lastScheduledTime == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > 3600 }}")
        public class Etl { @Script public static String one() { return "1"; } }
        """));
    JsonNode spec = manifest.path("spec");
    assertThat(spec.path("concurrencyPolicy").asText()).isEqualTo("Forbid");
    assertThat(spec.path("startingDeadlineSeconds").isInt()).isTrue();
    assertThat(spec.path("startingDeadlineSeconds").asInt()).isEqualTo(0);
    assertThat(spec.path("successfulJobsHistoryLimit").isInt()).isTrue();
    assertThat(spec.path("successfulJobsHistoryLimit").asInt()).isEqualTo(5);
    assertThat(spec.path("failedJobsHistoryLimit").asInt()).isEqualTo(2);
    assertThat(spec.path("suspend").isBoolean()).isTrue();
    assertThat(spec.path("suspend").asBoolean()).isTrue();
    assertThat(spec.path("when").asText())
        .isEqualTo("{{= cronworkflow.lastScheduledTime == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > 3600 }}");
  }

  @Test
  void cronWorkflowSettingsLeftOutAreNotEmitted() throws IOException {
    JsonNode spec = compile("nightly", java("Etl", """
        @Workflow(name = "nightly", kind = Kind.CRON_WORKFLOW, schedule = "@daily", suspend = false)
        public class Etl { @Script public static String one() { return "1"; } }
        """)).path("spec");
    for (String field : List.of("concurrencyPolicy", "startingDeadlineSeconds", "successfulJobsHistoryLimit",
        "failedJobsHistoryLimit", "suspend", "when")) {
      assertWithMessage(field).that(spec.has(field)).isFalse();
    }
  }

  @Test
  void stepsStyleGroupsInDependencyOrder() throws IOException {
    JsonNode manifest = compile("diamond", java("Diamond", """
        @Workflow(name = "diamond", style = Style.STEPS)
        public class Diamond {
          @Script public static int a() { return 1; }
          @Script public static int b(@From("a") int a) { return a; }
          @Script public static int c(@From("a") int a) { return a; }
          @Script public static int d(@From("b") int b, @Value("{{steps.c.outputs.result}}") int c) { return b + c; }
          @Script(when = "{{steps.a.outputs.result}} == 1") public static void e() {}
        }
        """));
    JsonNode groups = manifest.path("spec").path("templates").get(0).path("steps");
    assertThat(groups.size()).isEqualTo(3);
    assertThat(names(groups.get(0))).containsExactly("a");
    assertThat(names(groups.get(1))).containsExactly("b", "c", "e").inOrder();
    assertThat(names(groups.get(2))).containsExactly("d");
    assertThat(groups.get(2).get(0).path("arguments").path("parameters").get(0).path("value").asText())
        .isEqualTo("{{steps.b.outputs.result}}");
  }

  @Test
  void stringsThatLookTypedStayStrings() throws IOException {
    JsonNode manifest = compile("etl", java("Etl", """
        @Workflow(name = "etl")
        @Param(value = "day", defaultValue = "2024-01-01")
        @Param(value = "flag", defaultValue = "true")
        @Param(value = "n", defaultValue = "010")
        @Param(value = "empty", defaultValue = "")
        public class Etl {
          @Script public static String one(@Param("day") LocalDate day, @Param("flag") boolean flag, @Param("n") int n, @Param("empty") String e) { return ""; }
        }
        """));
    for (JsonNode parameter : manifest.path("spec").path("arguments").path("parameters")) {
      assertThat(parameter.path("value").isTextual()).isTrue();
    }
    assertThat(manifest.path("spec").path("arguments").path("parameters").get(2).path("value").asText()).isEqualTo("010");
    assertThat(manifest.path("spec").path("arguments").path("parameters").get(3).path("value").asText()).isEmpty();
  }

  @Test
  void podsMeetTheRestrictedProfileByDefault() throws IOException {
    JsonNode manifest = compile("etl", java("Etl", "@Workflow(name = \"etl\", onExit = \"done\")\n" + ETL));
    JsonNode pod = manifest.path("spec").path("securityContext");
    assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.path("runAsUser").asLong()).isEqualTo(65532);
    assertThat(pod.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
    for (JsonNode template : manifest.path("spec").path("templates")) {
      if (template.has("script")) {
        JsonNode container = template.path("script").path("securityContext");
        assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(container.path("runAsNonRoot").asBoolean()).isTrue();
      }
    }
  }

  @Test
  void theRestrictedProfileCanBeTurnedOff() throws IOException {
    JsonNode manifest = compile("etl", java("Etl", "@Workflow(name = \"etl\", onExit = \"done\", restricted = false)\n" + ETL));
    assertThat(manifest.path("spec").has("securityContext")).isFalse();
    assertThat(manifest.path("spec").path("templates").get(1).path("script").has("securityContext")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"classes", "source"})
  void compilingTwiceGivesTheSameFiles(String runners) throws IOException {
    JavaFileObject source = java("Etl", "@Workflow(name = \"etl\", onExit = \"done\")\n" + ETL);
    List<String> options = List.of("-Ajera.runners=" + runners);
    Compilation first = Compile.withImage(options, source);
    Compilation second = Compile.withImage(options, source);
    assertThat(Compile.manifest(first, "etl")).isEqualTo(Compile.manifest(second, "etl"));
    assertThat(Compile.resource(first, "META-INF/jera/index.json")).isEqualTo(Compile.resource(second, "META-INF/jera/index.json"));
    if (runners.equals("source")) {
      assertThat(text(first.generatedSourceFiles().get(0))).isEqualTo(text(second.generatedSourceFiles().get(0)));
    } else {
      assertThat(first.generatedSourceFiles()).isEmpty();
      String runner = "test/Etl_JeraRunner.class";
      assertThat(bytes(first, runner)).isEqualTo(bytes(second, runner));
    }
  }

  private static byte[] bytes(Compilation compilation, String path) throws IOException {
    try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow().openInputStream()) {
      return in.readAllBytes();
    }
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> names(JsonNode group) {
    List<String> names = new java.util.ArrayList<>();
    group.forEach(step -> names.add(step.path("name").asText()));
    return names;
  }
}
