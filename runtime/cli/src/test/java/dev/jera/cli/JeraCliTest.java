package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.local.testing.TestWorkflows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code jera} command line against the test index ({@code hello} and {@code boom}). */
class JeraCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  @TempDir Path files;

  /** What one command printed and returned. */
  record Outcome(int code, String out, String err) {}

  private Outcome jera(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = new HashMap<>(environment);
    env.put("JERA_HOME", home.toString());
    int code = new JeraCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        env, TestWorkflows.executorTests(), false).run(args);
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Outcome jera(String... args) {
    return jera(Map.of(), args);
  }

  /** Parses {@code text} as exactly one JSON document, failing if anything follows it. */
  private static JsonNode onlyDocument(String text) throws IOException {
    try (JsonParser parser = JSON.createParser(text)) {
      JsonNode document = JSON.readTree(parser);
      assertThat(parser.nextToken()).isNull();
      return document;
    }
  }

  @Test
  void listsWorkflowsWithKindEntrypointAndSteps() {
    Outcome outcome = jera("list");

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.out()).contains("NAME   KIND              ENTRYPOINT  STEPS");
    assertThat(outcome.out()).contains("boom   WorkflowTemplate  main        explode");
    assertThat(outcome.out()).contains("hello  Workflow          main        greet, letters, sign");
  }

  @Test
  void showsTheManifest() {
    Outcome outcome = jera("show", "hello");

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.out()).startsWith("# A test workflow");
    assertThat(outcome.out()).contains("generateName: hello-");
  }

  @Test
  void drawsTheGraphInMermaidAndDot() {
    Outcome mermaid = jera("graph", "hello");
    Outcome dot = jera("graph", "hello", "--format", "dot");

    assertThat(mermaid.code()).isEqualTo(0);
    assertThat(mermaid.out()).isEqualTo("""
        flowchart TD
          n0["greet"]
          n1["letters"]
          n2["sign<br/>for each result of letters"]
          n0 --> n1
          n0 --> n2
          n1 --> n2
        """);
    assertThat(dot.out()).isEqualTo("""
        digraph "hello" {
          node [shape=box];
          "greet";
          "letters";
          "sign" [label="sign\\nfor each result of letters"];
          "greet" -> "letters";
          "greet" -> "sign";
          "letters" -> "sign";
        }
        """);
  }

  @Test
  void runPrintsExactlyOneJsonDocumentAndRecordsTheRun() throws IOException {
    Outcome outcome = jera("run", "hello", "-p", "when=2024-01-31", "-p", "name=ab", "--secret", "vault/token=s3cret",
        "--output", "json");

    assertThat(outcome.code()).isEqualTo(0);
    JsonNode report = onlyDocument(outcome.out());
    assertThat(report.get("workflow").asText()).isEqualTo("hello");
    assertThat(report.get("phase").asText()).isEqualTo("Succeeded");
    assertThat(report.get("parameters").toString())
        .isEqualTo("{\"name\":\"ab\",\"times\":\"2\",\"mood\":\"happy\",\"when\":\"2024-01-31\"}");
    JsonNode steps = report.get("steps");
    assertThat(steps.get("greet").get("result").asText()).isEqualTo("Hello, ab!! (happy, 2024-01-31)");
    assertThat(steps.get("greet").get("attempts").asInt()).isEqualTo(1);
    assertThat(steps.get("letters").get("result").asText()).isEqualTo("[\"a\",\"b\"]");
    assertThat(steps.get("sign").get("result").asText()).isEqualTo(
        "[\"Hello, ab!! (happy, 2024-01-31) -- signed with a 6-letter token\","
            + "\"Hello, ab!! (happy, 2024-01-31) -- signed with a 6-letter token\"]");
    assertThat(steps.get("sign").get("children").get(1).get("name").asText()).isEqualTo("sign(1:b)");
    // A fan-out is not run itself: no attempts of its own, its items each one.
    assertThat(steps.get("sign").get("attempts").isNull()).isTrue();
    assertThat(steps.get("sign").get("items").asInt()).isEqualTo(2);
    assertThat(steps.get("sign").get("children").get(1).get("attempts").asInt()).isEqualTo(1);
    assertThat(report.get("failure").isNull()).isTrue();
    // The steps' own output goes to their logs, never to stdout.
    assertThat(outcome.out()).doesNotContain("greeting ab");
    Path record = Path.of(report.get("run").get("folder").asText());
    assertThat(Files.readString(record.resolve("steps/greet/log"))).contains("greeting ab 2 times");
    assertThat(Files.readString(record.resolve("steps/greet/log"))).contains("to stderr: ab");
    assertThat(Files.readString(record.resolve("steps/greet/result"))).isEqualTo("Hello, ab!! (happy, 2024-01-31)");
    assertThat(JSON.readTree(record.resolve("summary.json").toFile())).isEqualTo(report);
    assertThat(record.getParent()).isEqualTo(home.resolve("runs"));
    assertThat(outcome.err()).contains("jera: greet Succeeded");
  }

  @Test
  void runInTextModePrintsTheSummaryTable() {
    Outcome outcome = jera(Map.of("JERA_SECRET_VAULT_TOKEN", "from-env"), "run", "hello", "-p", "when=2024-02-29");

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.out()).startsWith("STEP ");
    assertThat(outcome.out()).containsMatch("(?m)^greet +Succeeded +1 ");
    assertThat(outcome.out()).containsMatch("(?m)^sign +Succeeded +- +[0-9.]+s +\\[");
    assertThat(outcome.out()).containsMatch("(?m)^  sign\\(0:w\\) +Succeeded +1 ");
    assertThat(outcome.out()).contains("signed with a 8-l");
  }

  @Test
  void parametersComeFromAFileAndDashPOverridesIt() throws IOException {
    Path yaml = files.resolve("params.yaml");
    Files.writeString(yaml, "name: file\ntimes: 010\nwhen: 2024-03-01\n");
    Path json = files.resolve("params.json");
    Files.writeString(json, "{\"name\": \"json\", \"when\": \"2024-03-02\"}");

    Outcome fromYaml = jera(Map.of("JERA_SECRET_VAULT_TOKEN", "t"), "run", "hello", "-f", yaml.toString(),
        "-p", "name=cli", "--output", "json");
    Outcome fromJson = jera(Map.of("JERA_SECRET_VAULT_TOKEN", "t"), "run", "hello", "--file=" + json, "-o", "json");

    assertThat(fromYaml.code()).isEqualTo(0);
    assertThat(fromYaml.out()).contains("\"times\": \"010\"");
    assertThat(fromYaml.out()).contains("Hello, cli!!!!!!!!!! (happy, 2024-03-01)");
    assertThat(fromJson.out()).contains("Hello, json!! (happy, 2024-03-02)");
  }

  @Test
  void aFailedWorkflowExitsWithOne() throws IOException {
    Outcome outcome = jera("run", "boom", "--output", "json");

    assertThat(outcome.code()).isEqualTo(1);
    JsonNode report = onlyDocument(outcome.out());
    assertThat(report.get("phase").asText()).isEqualTo("Failed");
    assertThat(report.get("steps").get("explode").get("message").asText()).isEqualTo("main: Error (exit code 1)");
    assertThat(report.get("steps").get("explode").get("detail").asText())
        .isEqualTo("java.lang.IllegalStateException: kaboom");
    assertThat(report.get("steps").get("explode").get("result").isNull()).isTrue();
    // Argo's message (the failed steps group, by node id), then the step and what it said.
    assertThat(report.get("failure").asText()).matches("child 'boom-\\w{5}-\\d+' failed; "
        + "explode Failed: main: Error \\(exit code 1\\): java.lang.IllegalStateException: kaboom");
    Path record = Path.of(report.get("run").get("folder").asText());
    assertThat(JSON.readTree(record.resolve("summary.json").toFile()).get("failure")).isEqualTo(report.get("failure"));
  }

  @Test
  void aFailedRunsLastLineSaysWhichStepsFailedAndWhy() {
    Outcome outcome = jera("run", "boom");

    assertThat(outcome.code()).isEqualTo(1);
    assertThat(outcome.out()).containsMatch("(?m)^boom-\\w{5} Failed in [0-9.]+s: child '[^']+' failed; explode Failed: main: Error \\(exit code 1\\):"
        + " java.lang.IllegalStateException: kaboom; record: ");
  }

  @Test
  void runsListsRecentRunsNewestFirst() {
    jera("run", "boom");
    jera(Map.of("JERA_SECRET_VAULT_TOKEN", "t"), "run", "hello", "-p", "when=2024-01-01");

    Outcome outcome = jera("runs");

    assertThat(outcome.code()).isEqualTo(0);
    String[] lines = outcome.out().split("\\R");
    assertThat(lines[0]).startsWith("RUN ");
    assertThat(lines).hasLength(3);
    assertThat(outcome.out()).containsMatch("(?m)-boom-\\w{5} +boom +Failed ");
    assertThat(outcome.out()).containsMatch("(?m)-hello-\\w{5} +hello +Succeeded ");
  }

  static Stream<Arguments> badCommandLines() {
    return Stream.of(
        Arguments.of(new String[] {"run", "helo"}, "unknown workflow 'helo'; did you mean 'hello'? (workflows: boom, hello)"),
        Arguments.of(new String[] {"run", "hello", "-p", "when=2024-01-01", "-p", "nmae=x"},
            "workflow 'hello' has no parameter 'nmae' (-p nmae=x); did you mean 'name'? (parameters: name, times, mood, when)"),
        Arguments.of(new String[] {"run", "hello"},
            "workflow 'hello' needs parameter 'when' (the day to greet, e.g. 2024-01-31); give it with -p when=VALUE"),
        Arguments.of(new String[] {"run", "hello", "-p", "when=2024-01-01", "-p", "times=two"},
            "parameter 'times' (-p times=two) is not a valid int: expected a whole number (int), got \"two\""),
        Arguments.of(new String[] {"run", "hello", "-p", "when=tomorrow"},
            "parameter 'when' (-p when=tomorrow) is not a valid LocalDate: expected an ISO date such as 2024-01-31, got \"tomorrow\""),
        Arguments.of(new String[] {"run", "hello", "-p", "when=2024-01-01", "-p", "mood=grumy"},
            "parameter 'mood' (-p mood=grumy) is 'grumy' but must be one of happy, grumpy; did you mean 'grumpy'?"),
        Arguments.of(new String[] {"run", "hello", "-p", "when=2024-01-01"},
            "workflow 'hello' needs secret vault/token (step 'sign'); give it with --secret vault/token=VALUE or the environment variable JERA_SECRET_VAULT_TOKEN"),
        Arguments.of(new String[] {"run", "hello", "-p", "when"}, "-p 'when': expected NAME=VALUE"),
        Arguments.of(new String[] {"run", "hello", "-f", "/no/such/params.yaml"}, "-f /no/such/params.yaml: no such file"),
        Arguments.of(new String[] {"run", "hello", "--output", "xml"}, "--output 'xml' is not one of text, json"),
        Arguments.of(new String[] {"run", "hello", "--parallelism", "none"}, "--parallelism 'none' is not a positive whole number"),
        Arguments.of(new String[] {"run", "hello", "--paralelism", "2"},
            "'run' has no option '--paralelism'; did you mean '--parallelism'? (options: -p/--param, -f/--file, -o/--output, --isolated, --parallelism, --secret, --config-map, --semaphore, --artifact, --resume, --retry-backoff, --fast-retries, --home)"),
        Arguments.of(new String[] {"run", "hello", "--output"}, "option '--output' of 'run' needs a value"),
        Arguments.of(new String[] {"run", "hello", "--secret", "vault=x"}, "--secret 'vault=…': expected NAME/KEY=VALUE"),
        Arguments.of(new String[] {"run"}, "'run' needs a workflow name: " + RunCommand.USAGE),
        Arguments.of(new String[] {"run", "hello", "boom"}, "'run' takes one operand, a workflow name, but got 2 (hello boom): " + RunCommand.USAGE),
        Arguments.of(new String[] {"launch", "hello"}, "unknown command 'launch' (commands: list, show, graph, run, runs, pin, lint, apply, submit, watch, logs, get)"),
        Arguments.of(new String[] {"graph", "hello", "--format", "svg"}, "--format 'svg' is not one of mermaid, dot"),
        Arguments.of(new String[] {"show", "bom"}, "unknown workflow 'bom'; did you mean 'boom'? (workflows: boom, hello)"),
        Arguments.of(new String[] {"runs", "--limit", "0"}, "--limit '0' is not a positive whole number"));
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void badInputIsExitCodeTwoAndOneLineBeforeAnyStepRuns(String[] args, String message) {
    Outcome outcome = jera(args);

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).isEqualTo("jera: " + message + System.lineSeparator());
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
  }

  @Test
  void aParameterFileThatIsNotAMapIsBadInput() throws IOException {
    Path list = files.resolve("list.yaml");
    Files.writeString(list, "- a\n- b\n");
    Path broken = files.resolve("broken.json");
    Files.writeString(broken, "{\"name\": ");
    Path empty = files.resolve("null.yaml");
    Files.writeString(empty, "name:\n");

    assertThat(jera("run", "hello", "-f", list.toString()).err())
        .isEqualTo("jera: -f " + list + ": expected a map of parameter names to values, got a list" + System.lineSeparator());
    assertThat(jera("run", "hello", "-f", broken.toString()).err()).startsWith("jera: -f " + broken + ": line 1: not valid JSON: ");
    assertThat(jera("run", "hello", "-f", empty.toString()).err())
        .isEqualTo("jera: -f " + empty + ": line 1: parameter 'name' has no value" + System.lineSeparator());
    assertThat(jera("run", "hello", "-f", broken.toString()).code()).isEqualTo(2);
  }

  /** Runs hello with {@code -f} of a file holding {@code text}: what jera says on stderr, in one line. */
  private String withParameterFile(String fileName, String text) throws IOException {
    Path file = files.resolve(fileName);
    Files.writeString(file, text);
    Outcome outcome = jera("run", "hello", "-f", file.toString());
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err().strip().lines().count()).isEqualTo(1);
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
    return outcome.err().strip().replace(file.toString(), fileName);
  }

  @Test
  void aParameterFileRefusesWhatAReaderWouldChangeSilentlyNamingTheLine() throws IOException {
    assertThat(withParameterFile("alias.yaml", "mood: &a happy\nname: *a\n"))
        .isEqualTo("jera: -f alias.yaml: line 2: *a is an alias; aliases are not supported here: write the value out");
    assertThat(withParameterFile("merge.yaml", "name: {first: &a {x: 1}, second: {<<: *a}}\n"))
        .isEqualTo("jera: -f merge.yaml: line 1: *a is an alias; aliases are not supported here: write the value out");
    assertThat(withParameterFile("twice.yaml", "name: a\nmood: b\nname: c\n"))
        .isEqualTo("jera: -f twice.yaml: line 3: parameter 'name' is given twice (first at line 1)");
    assertThat(withParameterFile("nested.yaml", "name:\n  a: 1\n  a: 2\n"))
        .isEqualTo("jera: -f nested.yaml: line 3: the key 'a' is given twice in one map");
    assertThat(withParameterFile("twice.json", "{\"name\": \"a\",\n \"name\": \"b\"}"))
        .isEqualTo("jera: -f twice.json: line 2: parameter 'name' is given twice (first at line 1)");
    assertThat(withParameterFile("two.yaml", "name: a\n---\nnope: b\n"))
        .isEqualTo("jera: -f two.yaml: line 3: a second YAML document; a parameters file holds one map of names to values");
    assertThat(withParameterFile("more.json", "{\"name\": \"a\"}\n{\"nope\": 1}"))
        .isEqualTo("jera: -f more.json: line 2: more JSON after the map; a parameters file holds one map of names to values");
    assertThat(withParameterFile("tag.yaml", "name: !!binary aGVsbG8=\n"))
        .isEqualTo("jera: -f tag.yaml: line 1: the tag tag:yaml.org,2002:binary is not supported here: write the value untagged");
  }

  @Test
  void aParameterFileTakesScalarsAsWrittenAndAStringTagAsAString() throws IOException {
    Path file = files.resolve("ok.yaml");
    Files.writeString(file, "---\nname: !!str 0x10\nmood: &m \"happy\"\nwhen: 2024-01-31\n...\n");
    Outcome outcome = jera("run", "hello", "-f", file.toString(), "--secret", "vault/token=t", "--output", "json");
    assertWithMessage(outcome.err()).that(outcome.code()).isEqualTo(0);
    assertThat(JSON.readTree(outcome.out()).path("parameters").path("name").asText()).isEqualTo("0x10");
  }

  @Test
  void aParameterFileLargerThanArgoTakesIsRefusedBeforeItIsRead() throws IOException {
    Path file = files.resolve("huge.yaml");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(10_000_000_000L); // 10 GB, sparse: reading it would take minutes
    }
    Outcome outcome = jera("run", "hello", "-f", file.toString());
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err().strip()).isEqualTo("jera: -f " + file + ": 10000.0 MB is more than a workflow's parameters may"
        + " hold (1 MiB: Argo's controller refuses a larger workflow); pass large data as a file, a java.nio.file.Path parameter");
  }

  @Test
  void aParameterFileThatIsNotUtf8IsRefused() throws IOException {
    Path file = files.resolve("latin1.yaml");
    Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xe9, '\n'});
    assertThat(jera("run", "hello", "-f", file.toString()).err().strip()).isEqualTo("jera: -f " + file + ": not UTF-8 text");
  }

  @Test
  void parametersLargerThanArgoTakesAreRefused() {
    Outcome outcome = jera("run", "hello", "-p", "when=2024-01-31", "-p", "name=" + "x".repeat(1024 * 1024));
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err().strip()).isEqualTo("jera: the parameters of workflow 'hello' take 1.0 MB, more than Argo runs"
        + " (its controller refuses a workflow over 1 MiB, parameters included); pass large data as a file, a java.nio.file.Path parameter");
  }

  @Test
  void helpGoesToStdout() {
    Outcome outcome = jera("--help");

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.out()).startsWith("usage: jera COMMAND");
  }

  @Test
  void helpSaysHowManyStepProcessesRunAtOnceByDefault() {
    Outcome outcome = jera("run", "--help");

    assertThat(outcome.out()).containsMatch("(?m)^      --parallelism N +at most N steps at once \\(default: the workflow's");
    assertThat(outcome.out().replaceAll("\\s+", " ")).contains("one per core and per 512 MiB of memory at most");
  }

  @Test
  void theGeneralHelpListsEveryCommandInTwoGroupsAndWhereToReadMore() {
    String help = jera("help").out();

    String local = help.substring(help.indexOf("local commands"), help.indexOf("cluster commands"));
    String cluster = help.substring(help.indexOf("cluster commands"), help.indexOf("jera help COMMAND"));
    for (String command : List.of("list", "show", "graph", "run", "runs", "pin")) {
      assertThat(local).containsMatch("(?m)^  " + command + " +\\w");
    }
    for (String command : List.of("lint", "apply", "submit", "watch", "logs", "get", "list --cluster")) {
      assertThat(cluster).containsMatch("(?m)^  " + command + " +\\w");
    }
    assertThat(cluster).contains("ARGO_SERVER");
    assertThat(help).contains("jera help COMMAND (or jera COMMAND --help) tells a command's options and exit codes.");
    assertThat(help).contains("3 the server could not be used (cluster commands)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "show", "graph", "run", "runs", "pin", "lint", "apply", "submit", "watch", "logs", "get"})
  void everyCommandHasItsOwnHelpWithItsOptionsAndExitCodes(String command) {
    Outcome help = jera("help", command);
    Outcome dashDash = jera(command, "--help");
    Outcome dashH = jera(command, "-h");

    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).startsWith("usage: jera " + command);
    assertThat(help.out()).contains("options:");
    assertThat(help.out()).containsMatch("(?m)^exit codes:\\R  0  ");
    assertThat(help.out()).contains("-h, --help");
    assertThat(dashDash).isEqualTo(help);
    assertThat(dashH).isEqualTo(help);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "apply", "submit", "watch", "logs", "get"})
  void everyClusterCommandsHelpSaysWhereTheServerIsAndWhenItCouldNotBeUsed(String command) {
    String help = jera("help", command).out();

    assertThat(help).containsMatch("(?m)^where Argo Server is \\(each option wins over its environment variable");
    assertThat(help).containsMatch("(?m)^  -s, --argo-server HOST:PORT +Argo Server's host:port, no scheme \\(ARGO_SERVER\\)$");
    assertThat(help).containsMatch("(?m)^      --token TOKEN +the Authorization value");
    assertThat(help).containsMatch("(?m)^      --dry-run +print each request");
    assertThat(help).containsMatch("(?m)^  3  the server could not be used");
  }

  @Test
  void theClustersListHasItsOwnHelpAndTheLocalOneSaysSo() {
    Outcome help = jera("help", "list", "--cluster");
    Outcome dashDash = jera("list", "--cluster", "--help");
    Outcome local = jera("help", "list");

    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).startsWith("usage: jera list --cluster [NAME] [-l SELECTOR] [--limit N] [options]");
    assertThat(help.out()).containsMatch("(?m)^  -l, --selector SELECTOR +only workflows with these labels");
    assertThat(dashDash).isEqualTo(help);
    assertThat(local.out()).startsWith("usage: jera list [--cluster]");
    assertThat(local.out()).contains("With --cluster, the Workflows on the cluster instead");
    assertThat(local.out()).doesNotContain("--argo-server");
  }

  @Test
  void theLocalListPointsAtTheClustersForItsOptionsAndOperand() {
    Outcome selector = jera("list", "-l", "team=a");
    Outcome operand = jera("list", "hello");

    assertThat(selector.code()).isEqualTo(2);
    assertThat(selector.err()).isEqualTo("jera: 'list' lists the workflows compiled here and takes no '-l'; the Workflows"
        + " on the cluster take it: jera list --cluster -l team=a" + System.lineSeparator());
    assertThat(operand.code()).isEqualTo(2);
    assertThat(operand.err()).isEqualTo("jera: 'list' takes no arguments, got 'hello': " + ListCommand.USAGE
        + "; the runs of a workflow on the cluster: jera list --cluster hello" + System.lineSeparator());
  }

  @ParameterizedTest
  @CsvSource({"submt, submit", "aply, apply", "wacth, watch", "lgos, logs"})
  void aMistypedClusterCommandGetsAHint(String typed, String meant) {
    Outcome outcome = jera(typed, "x");

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("jera: unknown command '" + typed + "'; did you mean '" + meant + "'?");
  }

  @Test
  void runsHelpTellsItsOptionsAndExitCodes() {
    Outcome outcome = jera("run", "hello", "--isolated", "--help");

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out()).startsWith("usage: jera run NAME [options]" + System.lineSeparator());
    assertThat(outcome.out()).containsMatch("(?m)^  -p, --param NAME=VALUE +a workflow parameter");
    assertThat(outcome.out()).containsMatch("(?m)^      --retry-backoff DURATION +wait at most DURATION");
    assertThat(outcome.out()).containsMatch("(?m)^      --fast-retries +retry at once");
    assertThat(outcome.out()).containsMatch("(?m)^  1  the workflow failed or ended in error");
    assertThat(outcome.out()).containsMatch("(?m)^  2  bad usage or input");
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
  }

  @Test
  void helpAsAnOptionsValueOrAfterDashDashIsNotHelp() {
    assertThat(jera("run", "hello", "-p", "-h").err()).isEqualTo("jera: -p '-h': expected NAME=VALUE" + System.lineSeparator());
    assertThat(jera("run", "hello", "--", "--help").code()).isEqualTo(2);
  }

  @Test
  void helpOfAnUnknownCommandIsBadUsageWithAHint() {
    Outcome unknown = jera("help", "rn");
    Outcome two = jera("help", "run", "list");

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("jera: unknown command 'rn'; did you mean 'run'? (commands: list, show, graph, run,"
        + " runs, pin, lint, apply, submit, watch, logs, get)" + System.lineSeparator());
    assertThat(two.code()).isEqualTo(2);
    assertThat(two.err()).isEqualTo("jera: 'help' takes one command, got 2 (run list): jera help [COMMAND]"
        + System.lineSeparator());
  }

  @Test
  void noArgumentsIsBadUsage() {
    Outcome outcome = jera();

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("usage: jera COMMAND");
  }
}
