package dev.jera.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.processor.diagnostic.MessageId.AZURE_KEY_WITH_SDK_CREDS;
import static dev.jera.processor.diagnostic.MessageId.CALL_MISSING_INPUT;
import static dev.jera.processor.diagnostic.MessageId.CALL_RESULT_TYPE;
import static dev.jera.processor.diagnostic.MessageId.CALL_UNKNOWN_INPUT;
import static dev.jera.processor.diagnostic.MessageId.COMPRESSION_LEVEL;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.TEMPLATE_NAME_CLASH;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_OUTPUT_UNKNOWN_STEP;
import static dev.jera.processor.diagnostic.MessageId.FILE_OUTPUT_DEFAULT;
import static dev.jera.processor.diagnostic.MessageId.INVALID_STOP_STRATEGY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SUB_PATH;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_TYPE_MISMATCH;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_WITHOUT_NAME;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_RESOURCE_CLAIM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SPEC_PATCH;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DNS_CONFIG;
import static dev.jera.processor.diagnostic.MessageId.POD_GC_OPTION_WITHOUT_STRATEGY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DISRUPTION_BUDGET;
import static dev.jera.processor.diagnostic.MessageId.INVALID_LABELS_FROM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ANNOTATION;
import static dev.jera.processor.diagnostic.MessageId.DEFAULT_NOT_PARSING;
import static dev.jera.processor.diagnostic.MessageId.DEPRECATED_OPTION;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_ALLOWED;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_LABEL;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_PARAM;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_STEP_NAME;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_WORKFLOW_NAME;
import static dev.jera.processor.diagnostic.MessageId.ENV_SOURCES;
import static dev.jera.processor.diagnostic.MessageId.FILE_AS_VALUE;
import static dev.jera.processor.diagnostic.MessageId.FILE_WITHOUT_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.FOR_EACH_NOT_LIST;
import static dev.jera.processor.diagnostic.MessageId.FROM_VOID;
import static dev.jera.processor.diagnostic.MessageId.GENERIC_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.INCOMPLETE_HTTP_AUTH;
import static dev.jera.processor.diagnostic.MessageId.INVALID_AFFINITY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ARTIFACT_REPOSITORY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_CRON_WHEN;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DURATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ENDPOINT_PARAM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_HTTP_HEADER;
import static dev.jera.processor.diagnostic.MessageId.INVALID_MOUNT_PATH;
import static dev.jera.processor.diagnostic.MessageId.INVALID_MUTEX;
import static dev.jera.processor.diagnostic.MessageId.INVALID_NODE_SELECTOR;
import static dev.jera.processor.diagnostic.MessageId.INVALID_OPTION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_QUANTITY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_RESOURCE_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SCHEDULE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SECRET_REF;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SEMAPHORE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_TIMEZONE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_TOLERATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_URL;
import static dev.jera.processor.diagnostic.MessageId.INVALID_WHEN;
import static dev.jera.processor.diagnostic.MessageId.INVALID_WORKFLOW_NAME;
import static dev.jera.processor.diagnostic.MessageId.ITEM_NOT_PARSING;
import static dev.jera.processor.diagnostic.MessageId.LABEL_WITHOUT_EQUALS;
import static dev.jera.processor.diagnostic.MessageId.LATEST_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.LIBRARY_TEMPLATE_CLASH;
import static dev.jera.processor.diagnostic.MessageId.LIMIT_BELOW_REQUEST;
import static dev.jera.processor.diagnostic.MessageId.LOCATION_ON_NON_PATH;
import static dev.jera.processor.diagnostic.MessageId.LOOP_WITHOUT_ITEM;
import static dev.jera.processor.diagnostic.MessageId.MISSING_LOCATION;
import static dev.jera.processor.diagnostic.MessageId.NEGATIVE_RETRY_FACTOR;
import static dev.jera.processor.diagnostic.MessageId.NEGATIVE_RETRY_LIMIT;
import static dev.jera.processor.diagnostic.MessageId.NOT_JSON;
import static dev.jera.processor.diagnostic.MessageId.NOT_POSITIVE;
import static dev.jera.processor.diagnostic.MessageId.NO_SCRIPTS;
import static dev.jera.processor.diagnostic.MessageId.NO_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.PRIVATE_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.RELATIVE_HDFS_PATH;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_ENV_NAME;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_STEP_NAME;
import static dev.jera.processor.diagnostic.MessageId.SCRIPT_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.SECRET_NOT_STRING;
import static dev.jera.processor.diagnostic.MessageId.SELF_REFERENCE;
import static dev.jera.processor.diagnostic.MessageId.SETTING_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.SOURCE_OUTSIDE_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.STEP_NAME_STARTS_WITH_DIGIT;
import static dev.jera.processor.diagnostic.MessageId.TWO_HTTP_AUTHS;
import static dev.jera.processor.diagnostic.MessageId.TWO_SOURCES;
import static dev.jera.processor.diagnostic.MessageId.UNDECLARED_LOCATION_SECRET;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_CONCURRENCY_POLICY;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_PARAM;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_CALL;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.diagnostic.MessageId.UNTAGGED_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.UNTERMINATED_TAG;
import static dev.jera.processor.diagnostic.MessageId.UNUSED_PARAM;
import static dev.jera.processor.diagnostic.MessageId.VALUE_IN_CODE;
import static dev.jera.processor.diagnostic.MessageId.VOLUME_SOURCES;
import static dev.jera.processor.diagnostic.MessageId.BACKOFF_REQUIRED;
import static dev.jera.processor.diagnostic.MessageId.BACKOFF_WITHOUT_LIMIT;
import static dev.jera.processor.diagnostic.MessageId.DEADLINE_NOT_WHOLE_SECONDS;
import static dev.jera.processor.diagnostic.MessageId.EXPRESSION_RETRIES_ERRORS;
import static dev.jera.processor.diagnostic.MessageId.INVALID_RETRY_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.TIMEOUT_ARGUMENT_NOT_DURATION;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_IN_RETRY_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_TIMEOUT_INPUT;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.jera.processor.diagnostic.MessageId;
import dev.jera.processor.testing.Compile;
import dev.jera.processor.testing.Ecj;
import dev.jera.processor.testing.Outcome;
import dev.jera.processor.testing.Parity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor behaves the same under the Eclipse compiler (ecj: Eclipse, VS Code's Java) as under
 * javac: for the samples, the same manifests, index and runners byte for byte, and no warning on a
 * runner; for sources full of mistakes, the same diagnostics at the same lines with the same text.
 * Every compilation of the processor's tests can be checked the same way with {@code -Djera.ecj=true}.
 */
class EclipseParityTest {
  private static final Path SAMPLES = Path.of("../samples/src/main/java");
  /** The samples' processor options, as their pom sets them. */
  private static final List<String> SAMPLE_OPTIONS = List.of("-Ajera.image=" + Compile.IMAGE, "-Ajera.appVersion=0.1.0-SNAPSHOT");

  /** The samples compiled once by each compiler, for every test of this class. */
  private static final class Samples {
    static final Outcome JAVAC;
    static final Outcome ECJ;

    static {
      JavaFileObject[] sources = samples();
      Compilation javac = Compile.with(SAMPLE_OPTIONS, sources);
      assertThat(javac).isNotNull();
      JAVAC = Outcome.of(javac, "");
      ECJ = Ecj.compile(SAMPLE_OPTIONS, sources);
    }
  }

  static Stream<String> generatedBySamples() {
    return Samples.JAVAC.generated().keySet().stream();
  }

  @Test
  void theSamplesCompileAlikeAndCleanly() {
    assertThat(Samples.JAVAC.diagnostics()).isEmpty();
    assertThat(Samples.ECJ.diagnostics()).isEmpty();
    assertThat(Samples.JAVAC.generatedFileProblems()).isEmpty();
    assertThat(Samples.ECJ.generatedFileProblems()).isEmpty();
    assertThat(Samples.ECJ.generated().keySet()).containsExactlyElementsIn(Samples.JAVAC.generated().keySet()).inOrder();
    assertThat(Samples.JAVAC.generated().keySet()).contains("/CLASS_OUTPUT/META-INF/argo/currency-etl.yaml");
  }

  @ParameterizedTest
  @MethodSource("generatedBySamples")
  void eachFileTheSamplesGenerateIsTheSame(String path) {
    assertThat(Samples.ECJ.generated().get(path)).isEqualTo(Samples.JAVAC.generated().get(path));
  }

  static Stream<String> mistakes() {
    return MISTAKES.stream().map(Mistake::name);
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void eachMistakeIsReportedAlike(String name) {
    Mistake mistake = MISTAKES.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    Compilation javac = Compile.expecting(mistake.expected()).withImage(mistake.options(), mistake.sources());
    Outcome expected = Outcome.of(javac, "");
    assertThat(expected.diagnostics()).isNotEmpty();
    Parity.assertAgree(expected, Ecj.compile(withImage(mistake.options()), mistake.sources()));
  }

  /**
   * The one place the compilers differ, and why: ecj's Messager places a diagnostic on an annotation,
   * or on one of its attributes, never inside an array attribute, so a mistake in an element written
   * on a line of its own is reported on the line where the attribute starts (javac: on the element's
   * line). The diagnostics are the same otherwise.
   */
  @Test
  void anArrayElementOnALineOfItsOwnIsPlacedOnItsAttributesLineUnderEcj() {
    JavaFileObject source = java("Etl", """
        @Workflow(labels = {
            "team=data",
            "owner",
            "team=platform"})
        public class Etl {
          @Script public static String extract() { return "1"; }
          @Script(after = {
              "extract",
              "lod"})
          @Pod(nodeSelector = {
              "disktype=ssd",
              "disk type=ssd"})
          public static String load() { return "2"; }
        }
        """);
    // javac directly: -Djera.ecj=true would compare this known difference line for line.
    Compilation javac = Compile.expecting(LABEL_WITHOUT_EQUALS, DUPLICATE_LABEL, UNKNOWN_SCRIPT, INVALID_NODE_SELECTOR)
        .checked(Compiler.javac().withProcessors(new JeraProcessor()).withOptions(withImage(List.of())).compile(source));
    Outcome ecj = Ecj.compile(withImage(List.of()), source);
    // Sources get a package and five import lines first: @Workflow is on line 8.
    assertThat(lines(Outcome.of(javac, ""))).containsExactly("LabelWithoutEquals 10", "DuplicateLabel 11",
        "UnknownScript 16", "InvalidNodeSelector 19");
    assertThat(lines(ecj)).containsExactly("LabelWithoutEquals 8", "DuplicateLabel 8",
        "UnknownScript 14", "InvalidNodeSelector 17");
    assertThat(withoutLines(ecj)).containsExactlyElementsIn(withoutLines(Outcome.of(javac, "")));
  }

  /** Each diagnostic as its id and line. */
  private static List<String> lines(Outcome outcome) {
    List<String> lines = new ArrayList<>();
    for (String diagnostic : outcome.diagnostics()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\w+ [^:]+:(\\d+) \\[Jera/(\\w+)\\]").matcher(diagnostic);
      assertThat(m.find()).isTrue();
      lines.add(m.group(2) + " " + m.group(1));
    }
    return lines;
  }

  private static List<String> withoutLines(Outcome outcome) {
    return outcome.diagnostics().stream().map(d -> d.replaceFirst(":\\d+ ", " ")).toList();
  }

  @Test
  void ecjWarnsAboutASuppressionThatSuppressesNothing() {
    // The check on runners can fail: a token that suppresses nothing is a warning under these options.
    JavaFileObject source = JavaFileObjects.forSourceString("test.Etl_JeraRunner", """
        package test;
        @SuppressWarnings("rawtypes")
        public final class Etl_JeraRunner {}
        """);
    Outcome ecj = Ecj.compile(List.of(), source);
    assertThat(ecj.generatedFileProblems()).hasSize(1);
    assertThat(ecj.generatedFileProblems().get(0)).contains("Unnecessary @SuppressWarnings(\"rawtypes\")");
  }

  private static List<String> withImage(List<String> options) {
    List<String> all = new ArrayList<>();
    all.add("-Ajera.image=" + Compile.IMAGE);
    all.addAll(options);
    return all;
  }

  private static JavaFileObject[] samples() {
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      List<JavaFileObject> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = SAMPLES.relativize(file).toString().replace('\\', '/').replaceFirst("\\.java$", "").replace('/', '.');
        sources.add(JavaFileObjects.forSourceString(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
      return sources.toArray(new JavaFileObject[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sources with mistakes of every kind of place a diagnostic can point at. */
  private record Mistake(String name, List<String> options, List<MessageId> expected, JavaFileObject... sources) {}

  private static final List<Mistake> MISTAKES = List.of(
      new Mistake("names", List.of(), List.of(INVALID_WORKFLOW_NAME, STEP_NAME_STARTS_WITH_DIGIT, DUPLICATE_STEP_NAME, RESERVED_STEP_NAME), java("Etl", """
          @Workflow(name = "Currency_ETL")
          public class Etl {
            @Script(name = "9lives", after = "load") public static String one() { return "1"; }
            @Script(name = "load") public static String two() { return "2"; }
            @Script(name = "load") public static String three() { return "3"; }
            @Script(name = "main") public static String four() { return "4"; }
          }
          """)),
      // Two classes with one name: the second one by qualified name is told, under both compilers.
      new Mistake("oneNameTwice", List.of(), List.of(DUPLICATE_WORKFLOW_NAME),
          java("Second", """
              @Workflow(name = "etl")
              public class Second {
                @Script public static String one() { return "1"; }
              }
              """),
          java("First", """
              @Workflow(name = "etl")
              public class First {
                @Script public static String one() { return "1"; }
              }
              """)),
      new Mistake("parameters", List.of(), List.of(DUPLICATE_ALLOWED, DUPLICATE_PARAM, UNKNOWN_PARAM, UNUSED_PARAM, NO_SOURCE, TWO_SOURCES, DEFAULT_NOT_PARSING), java("Etl", """
          @Workflow
          @Param(value = "region", defaultValue = "eu", allowed = {"eu", "us", "eu"})
          @Param(value = "day", defaultValue = "yesterday")
          @Param(value = "unused", defaultValue = "1")
          @Param(value = "region", defaultValue = "us")
          public class Etl {
            @Script public static String extract(@Param("regoin") String region, @Param("day") int day) { return region; }
            @Script public static String load(@Param("region") String region, int orphan,
                @Value("1") @Param("day") int twice) { return region; }
          }
          """)),
      new Mistake("references", List.of(), List.of(UNKNOWN_SCRIPT, UNKNOWN_SCRIPT, UNKNOWN_SCRIPT, FROM_VOID, SELF_REFERENCE, FOR_EACH_NOT_LIST), java("Etl", """
          @Workflow(onExit = "notfy")
          public class Etl {
            @Script public static void extract() {}
            @Script(after = {"extract", "lod"}) public static int load(@From("extract") int rows) { return rows; }
            @Script public static int report(@From("report") int self, @From("lod") int other) { return self; }
            @Script(forEach = "load") public static int each(@Item String item) { return 1; }
          }
          """)),
      new Mistake("types", List.of(), List.of(PRIVATE_SCRIPT, GENERIC_SCRIPT, ITEM_NOT_PARSING, NOT_JSON, SECRET_NOT_STRING), java("Etl", """
          @Workflow
          public class Etl {
            @Script public static java.io.InputStream open() { return null; }
            @Script private static String hidden() { return ""; }
            @Script public static <T> String generic() { return ""; }
            @Script public static String text(@Secret(name = "db", key = "port") int port) { return ""; }
            @Script(items = {"1", "x"}) public static int each(@Item int n) { return n; }
          }
          """)),
      new Mistake("templateStrings", List.of(), List.of(UNRESOLVED_TAG, UNRESOLVED_TAG, UNTERMINATED_TAG, INVALID_WHEN), java("Etl", """
          @Workflow
          public class Etl {
            @Script public static String one() { return "1"; }
            @Script(when = "{{tasks.one.outputs.result}} ==") public static void two() {}
            @Script public static String three(@Value("{{workflow.parameters.nope}}") String a,
                @Value("{{tasks.one.outputs.result") String b, @Value("{{workflow.nam}}") String c) { return a; }
          }
          """)),
      new Mistake("podSettings", List.of(), List.of(INVALID_QUANTITY, INVALID_QUANTITY, LIMIT_BELOW_REQUEST, ENV_SOURCES, RESERVED_ENV_NAME, INVALID_MOUNT_PATH, VOLUME_SOURCES, INVALID_RESOURCE_NAME, INVALID_TOLERATION, INVALID_AFFINITY, INVALID_MUTEX, INVALID_SEMAPHORE), java("Etl", """
          @Workflow
          public class Etl {
            @Script
            @Env(name = "REGION", value = "eu", configMap = "settings", key = "region")
            @Env(name = "JERA_X", value = "1")
            @Volume(name = "data", mountPath = "data", claim = "pvc", size = "1Gi")
            @Volume(name = "Work_Dir", mountPath = "/work", size = "1GB")
            @Pod(tolerations = "dedicated=etl:Sometimes", affinity = "zone between (a, b)")
            @Synchronized(mutex = "etl lock", semaphore = "limits")
            @Resources(cpu = "lots", memory = "1Gi", memoryLimit = "512Mi")
            public static String one() { return "1"; }
          }
          """)),
      new Mistake("filesAndRetries", List.of(), List.of(UNKNOWN_PARAM, FILE_WITHOUT_SOURCE, INVALID_ARTIFACT_REPOSITORY, COMPRESSION_LEVEL, INVALID_URL, MISSING_LOCATION, INVALID_SECRET_REF, FILE_AS_VALUE, NEGATIVE_RETRY_LIMIT, NEGATIVE_RETRY_FACTOR, INVALID_DURATION, NOT_POSITIVE), java("Files", """
          import java.nio.file.Path;
          @Workflow(artifactRepository = "minio/eu/west", ttl = "0s", deadline = "soon")
          public class Files {
            @Script @Archive(value = Archive.Format.TAR, compressionLevel = 12) @Retry(limit = -2, factor = -2)
            public static Path export(@Http("ftp://example.com/a.csv") Path csv, @S3(key = "") Path s3,
                @Gcs(bucket = "b", key = "k", serviceAccountKeySecret = "gcp") Path gcs) { return csv; }
            @Script public static long count(@From("export") String text, @Param("file") Path file) { return 1; }
          }
          """)),
      new Mistake("namedOutputs", List.of(), List.of(DUPLICATE_OUTPUT, OUTPUT_WITHOUT_NAME, FILE_OUTPUT_DEFAULT, UNKNOWN_OUTPUT, OUTPUT_TYPE_MISMATCH), java("Outputs", """
          import java.nio.file.Path;
          @Workflow(style = Style.STEPS)
          public class Outputs {
            public record Pair(@Output("n") String a, @Output("n") String b, @Output @Archive(Archive.Format.NONE) Path file) {}
            @Script public static Pair pair() { return null; }
            @Script @Output public static String unnamed() { return ""; }
            @Script @Output(value = "f", defaultValue = "x") public static Path file() { return null; }
            @Script public static void read(@From(value = "pair", output = "m") String m, @From(value = "file", output = "f") String f) {}
          }
          """)),
      new Mistake("nestedGraphs", List.of(), List.of(TEMPLATE_NAME_CLASH, GRAPH_OUTPUT_UNKNOWN_STEP, UNRESOLVED_TAG), java("Nested", """
          @Workflow(entrypoint = "main")
          public class Nested {
            @Template public static void echo(String message) {}
            @Graph(name = "inner")
            @Param("message")
            @Output(value = "a", from = "frist")
            @Output(value = "b", from = "first")
            static class Inner {
              @Script public static String first(@Param("message") String message) { return message; }
              @Script(after = "first") @Call(template = "echo") static void second(@Value("{{inputs.parameters.mesage}}") String message) {}
            }
            @Graph(name = "echo")
            static class Echo {
              @Script(name = "say") @Call(template = "echo") static void say(@Value("hi") String message) {}
            }
            @Script @Call(template = "inner") static void run(@Value("x") String message) {}
          }
          """)),
      new Mistake("retryAndTimeouts", List.of(), List.of(BACKOFF_WITHOUT_LIMIT, EXPRESSION_RETRIES_ERRORS, BACKOFF_REQUIRED, UNKNOWN_IN_RETRY_EXPRESSION, INVALID_RETRY_EXPRESSION, UNKNOWN_TIMEOUT_INPUT, TIMEOUT_ARGUMENT_NOT_DURATION, DEADLINE_NOT_WHOLE_SECONDS), java("Timeouts", """
          @Workflow(entrypoint = "sleep-sleep", style = Style.STEPS)
          public class Timeouts {
            @Template(timeout = "{{inputs.parameters.timeout}}", deadline = "1500ms")
            @Retry(limit = 2, cap = "5s", expression = "asInt(lastRetry.exitcode) > 1")
            public static void sleep(String timeout) {}
            @Template(timeout = "{{inputs.parameters.timout}}")
            @Retry(backoff = "1s", policy = Retry.Policy.ALWAYS, expression = "lastRetry.status = 'Error'")
            public static void nap(String timeout) {}
            @Script(name = "sleep1") @Call(template = "sleep")
            static void sleep1(@Value("10") String timeout) {}
            @Script(name = "nap1", after = "sleep1") @Call(template = "nap")
            static void nap1(@Value("10s") String timeout) {}
          }
          """)),
      new Mistake("artifactStores", List.of(), List.of(MISSING_LOCATION, RELATIVE_HDFS_PATH, INVALID_HTTP_HEADER, INCOMPLETE_HTTP_AUTH, TWO_HTTP_AUTHS, AZURE_KEY_WITH_SDK_CREDS, UNDECLARED_LOCATION_SECRET, INVALID_ENDPOINT_PARAM, TWO_SOURCES, LOCATION_ON_NON_PATH), java("Stores", """
          import java.nio.file.Path;
          @Workflow
          @Secret(name = "azure", key = "key")
          public class Stores {
            @Script public static long read(
                @Azure(endpoint = "https://a.blob.core.windows.net", container = "", blob = "b", accountKeySecret = "azure/key",
                    useSdkCreds = true) Path azure,
                @Hdfs(addresses = "nn:8020", path = "tmp/x", user = "root", force = true) Path hdfs,
                @Http(value = "https://e.com/a", headers = "Bad Header", clientCertSecret = "azure/key") Path cert,
                @Http(value = "https://e.com/b", oauth2EndpointParams = "x", usernameSecret = "azure/key",
                    oauth2ClientIdSecret = "azure/key", oauth2ClientSecretSecret = "azure/key", oauth2TokenUrlSecret = "azure/url") Path two,
                @Raw("x") @S3(bucket = "b", key = "k") Path both,
                @ArtifactPlugin(name = "p", key = "k") String plugin) {
              return 1;
            }
          }
          """)),
      new Mistake("httpTemplates", List.of(), List.of(MessageId.HTTP_WITH_COMMAND, MessageId.INVALID_HTTP_METHOD,
          MessageId.INVALID_HTTP_URL, MessageId.INVALID_REQUEST_HEADER, MessageId.INVALID_HTTP_CONDITION,
          MessageId.INVALID_HTTP_TIMEOUT, MessageId.HTTP_OUTPUT), java("Web", """
          @Workflow
          public class Web {
            @Script @HttpRequest(value = "ftp://example.com/a", method = "get", headers = "Bad Header",
                successCondition = "response.status == 201", timeoutSeconds = -1)
            @Container(image = "alpine:3.23")
            public static String fetch() { return null; }
            @Script @HttpRequest("https://example.com") @Output("status") public static String probe() { return null; }
          }
          """)),
      new Mistake("resourceTemplates", List.of(), List.of(MessageId.INVALID_RESOURCE_MANIFEST, MessageId.MISSING_RESOURCE_MANIFEST,
          MessageId.MERGE_STRATEGY_WITHOUT_PATCH, MessageId.RESOURCE_WITH_COMMAND, MessageId.RESOURCE_OUTPUT_SOURCE,
          MessageId.OBJECT_OUTPUT_OFF_RESOURCE, MessageId.RESOURCE_RESULT), java("Kube", """
          @Workflow(style = Style.STEPS)
          public class Kube {
            public record Job(@Output("job-name") String name) {}
            @Script @Resource(action = Resource.Action.CREATE, manifest = "kind: Job\\n")
            public static Job create() { return null; }
            @Script(after = "create") @Resource(action = Resource.Action.APPLY) public static void apply() {}
            @Script(after = "apply")
            @Resource(action = Resource.Action.DELETE, flags = {"job", "pi"},
                mergeStrategy = Resource.MergeStrategy.JSON)
            @Container(image = "alpine:3.23")
            public static void delete() {}
            @Script(after = "delete") @Output(value = "said", jqFilter = ".")
            public static String say(@From("create") Job job) { return ""; }
          }
          """)),
      // Repeated @Sidecar: javac cannot place the mirrors, so each report is found by its locator.
      new Mistake("sidecars", List.of(), List.of(MessageId.RESERVED_CONTAINER_NAME, MessageId.DUPLICATE_CONTAINER_NAME,
          MessageId.INVALID_CONTAINER_ENV, MessageId.PRIVILEGED_SIDECAR), java("Etl", """
          @Workflow
          public class Etl {
            @Script
            @InitContainer(name = "setup", image = "alpine:3.23")
            @Sidecar(name = "wait", image = "redis:7.4")
            @Sidecar(name = "setup", image = "nginx:1.13", env = "A: 1",
                privileged = true)
            public static String one() { return "1"; }
          }
          """)),
      new Mistake("daemons", List.of(), List.of(MessageId.INVALID_DAEMON, MessageId.INVALID_DAEMON, MessageId.INVALID_DAEMON,
          MessageId.INVALID_DAEMON, MessageId.DAEMON_RESULT, MessageId.UNRESOLVED_TAG), java("Etl", """
          @Workflow(style = Style.STEPS)
          public class Etl {
            @Script @Daemon(http = "/ping",
                tcp = 8086)
            public static void influx() {}
            @Script @Daemon(port = 70000) public static void cache() {}
            @Script(after = "influx") public static void read(@From("influx") String rows) {}
            @Script(after = "read") public static void ask(@Value("{{steps.read.ip}}") String host) {}
          }
          """)),
      new Mistake("cron", List.of(), List.of(INVALID_SCHEDULE, INVALID_TIMEZONE, UNKNOWN_CONCURRENCY_POLICY, INVALID_CRON_WHEN), java("Etl", """
          @Workflow(kind = Kind.CRON_WORKFLOW, schedule = {"61 * * * *", "@hourly"}, timezone = "Mars/Olympus",
              concurrencyPolicy = "Sometimes", when = "{{cronworkflow.failed}} < 3")
          public class Etl {
            @Script public static String one() { return "1"; }
          }
          """)),
      new Mistake("resourceSettings", List.of(), List.of(INVALID_ANNOTATION, INVALID_LABELS_FROM, INVALID_DISRUPTION_BUDGET,
          POD_GC_OPTION_WITHOUT_STRATEGY, INVALID_DNS_CONFIG, INVALID_SPEC_PATCH, UNKNOWN_RESOURCE_CLAIM, INVALID_SUB_PATH,
          INVALID_STOP_STRATEGY), java("Etl", """
          @Workflow(annotations = "bad key=x", labelsFrom = "env=workflow.parameters.evn", minAvailable = "half",
              podGCDelay = "30s")
          @Param(value = "env", defaultValue = "dev")
          @Pod(nameservers = "dns.example.com", resourceClaims = "gpu=gpu-template")
          public class Etl {
            @Script
            @Pod(specPatch = "{\\"containers\\": [{\\"name\\": \\"mian\\"}]}")
            @Resources(claims = "gpus")
            @Volume(name = "logs", mountPath = "/logs", subPath = "/abs")
            public static String one(@Param("env") String env) { return env; }
          }
          """), java("Nightly", """
          @Workflow(kind = Kind.CRON_WORKFLOW, schedule = "@daily", stopStrategy = "cronworkflow.faild > 2")
          public class Nightly {
            @Script public static String one() { return "1"; }
          }
          """)),
      new Mistake("callsAndLibraries", List.of(), List.of(CALL_UNKNOWN_INPUT, CALL_MISSING_INPUT, CALL_RESULT_TYPE, LIBRARY_TEMPLATE_CLASH, UNRESOLVED_CALL),
          java("Monthly", """
              @Workflow(name = "monthly")
              public class Monthly {
                @Script(name = "notify") public static String report() { return "done"; }
                @Script @Call(library = Shared.class, template = "notify")
                public static int tell(@Value("ops") String channel, @Value("x") String extra) { return 0; }
                @Script @Call(library = Shared.class, template = "notfy") public static void missing() {}
              }
              """),
          java("Shared", """
              @Library
              public class Shared {
                @Script public static String notify(String channel, int count) { return channel + count; }
              }
              """)),
      new Mistake("warnings", List.of(), List.of(LOOP_WITHOUT_ITEM, LATEST_IMAGE, UNTAGGED_IMAGE, VALUE_IN_CODE), java("Etl", """
          @Workflow
          @Param(value = "msg", defaultValue = "hi")
          public class Etl {
            @Script(items = {"a", "b"}) public static String greet() { return "hi"; }
            @Script @Container(image = "busybox:latest", command = {"sh", "-c", "echo {{inputs.parameters.msg}}"})
            public static void shout(@Param("msg") String msg) {}
            @Script @Container(image = "busybox", command = "true") public static void plain() {}
          }
          """)),
      new Mistake("placementAndOptions", List.of("-Ajera.runAsUser=0", "-Ajera.version=1.0"), List.of(INVALID_OPTION, DEPRECATED_OPTION, SCRIPT_OUTSIDE_WORKFLOW, SOURCE_OUTSIDE_SCRIPT, SOURCE_OUTSIDE_SCRIPT, SETTING_OUTSIDE_WORKFLOW, NO_SCRIPTS),
          java("Helper", """
              @Param(value = "day", defaultValue = "1")
              public class Helper {
                @Script public static String one() { return "1"; }
                public static String two(@From("one") String x) { return x; }
              }
              """),
          java("Etl", """
              @Workflow
              public class Etl {
                @Retry(limit = 2) public static String stray() { return "1"; }
              }
              """)),
      // Unresolved names are the compiler's to report: Jera adds nothing under either compiler.
      new Mistake("erroneousCode", List.of(), List.of(INVALID_WORKFLOW_NAME),
          java("Etl", """
              @Workflow(name = NAME)
              public class Etl {
                @Script public static int one() { return 1; }
                @Script(after = {STEP}) public static int two(@From(STEP) int x) { return x; }
                @Script(when = "{{tasks.one.outputs.result}} == " + LIMIT) public static int three() { return 3; }
              }
              """),
          java("Other", """
              @Workflow(name = "Other_Name")
              public class Other {
                @Script public static String one() { return "1"; }
              }
              """)));
}
