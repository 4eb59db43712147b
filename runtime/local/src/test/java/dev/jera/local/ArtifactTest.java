package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.jera.local.artifacts.ArtifactOverrides;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.WorkflowManifest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input and output artifacts: from other steps, HTTP, git, raw text, stores with a local copy; the run record. */
class ArtifactTest {
  @TempDir Path home;
  @TempDir Path files;
  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static final String WRITES = "inputs:\n  parameters:\n  - name: text\n"
      + "outputs:\n  artifacts:\n  - name: result\n    path: /tmp/jera/outputs/result";

  private static String reads(String location) {
    return "inputs:\n  artifacts:\n  - name: file\n    path: /tmp/jera/inputs/file" + (location.isEmpty() ? "" : "\n" + location.indent(4).stripTrailing());
  }

  private static String passing(String writer, String readerDepends) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: write
              template: %s
              arguments:
                parameters:
                - name: text
                  value: "{{workflow.name}}"
            - name: read
              template: read
              depends: "%s"
              arguments:
                artifacts:
                - name: file
                  from: "{{tasks.write.outputs.artifacts.result}}"
        """.formatted(writer, readerDepends), tool("write", "write", WRITES), tool("write-folder", "write-folder", WRITES),
        tool("read", "read", reads("")));
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aFileAStepReturnsReachesTheNextAndStaysInTheRecord(boolean isolated) throws IOException {
    RunReport report = TestRuns.runTools(passing("write", "write"), home, isolated);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("write").result()).isEmpty();
    assertThat(report.steps().get("read").result()).isEqualTo(report.workflowName());
    Path steps = report.folder().resolve("steps");
    assertThat(Files.readString(steps.resolve("write/artifacts/outputs/result"))).isEqualTo(report.workflowName());
    assertThat(Files.readString(steps.resolve("read/artifacts/inputs/file"))).isEqualTo(report.workflowName());
  }

  @Test
  void aFileStoredElsewhereOnArgoStaysInTheRecordAndTheLogSaysWhere() throws IOException {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: write
              template: write
              arguments:
                parameters:
                - name: text
                  value: "{{workflow.name}}"
            - name: read
              template: read
              depends: write
              arguments:
                artifacts:
                - name: file
                  from: "{{tasks.write.outputs.artifacts.result}}"
        """, tool("write", "write", WRITES + "\n    s3:\n      bucket: results\n      key: \"{{workflow.name}}/out.txt\""),
        tool("read", "read", reads("")));

    RunReport report = TestRuns.runTools(manifest, home, false);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("read").result()).isEqualTo(report.workflowName());
    Path kept = report.folder().resolve("steps/write/artifacts/outputs/result").toAbsolutePath();
    assertThat(Files.readString(report.folder().resolve("steps/write/log"))).contains("output file 'result' is kept in the"
        + " run's record at " + kept + "; on Argo it is stored in S3 (bucket results, key " + report.workflowName() + "/out.txt)");
    assertThat(Files.readString(report.folder().resolve("steps/read/log"))).doesNotContain("on Argo it is stored");
  }

  @Test
  void aKeyOfTheRepositoryAStepStoredIsReadByALaterStep() throws IOException {
    // Argo's key-only-artifact.yaml: one step stores at a key of the artifact repository, the next reads it there.
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: write
              template: write
              arguments:
                parameters:
                - name: text
                  value: "{{workflow.name}}"
            - name: read
              template: read
              depends: write
        """, tool("write", "write", WRITES + "\n    s3:\n      key: \"{{workflow.name}}/my-file\""),
        tool("read", "read", reads("s3:\n  key: \"{{workflow.name}}/my-file\"")));
    List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunListener listener = new RunListener() {
      @Override
      public void runNote(String note) {
        notes.add(note);
      }
    };

    RunReport report = TestRuns.runTools(manifest, home, false, request -> request.listener(listener));

    assertThat(notes).isEmpty();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("read").result()).isEqualTo(report.workflowName());
    assertThat(Files.readString(report.folder().resolve("steps/write/log"))).contains("on Argo it is stored in S3 (key "
        + report.workflowName() + "/my-file, in the artifact repository)");
  }

  @Test
  void aKeyOfTheRepositoryNoStepStoredNeedsALocalCopy() {
    RunReport report = TestRuns.runTools(readsFrom("s3:\n  key: my-file"), home, false);

    assertThat(report.steps().get("read").detail()).isEqualTo("input file 'file' is in S3 (key my-file, in the artifact"
        + " repository), which the local executor does not fetch; give a local copy with --artifact read.file=PATH");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aFolderTravelsWhole(boolean isolated) {
    RunReport report = TestRuns.runTools(passing("write-folder", "write"), home, isolated);

    assertThat(report.steps().get("read").result()).isEqualTo("a.txt=A,sub/b.txt=" + report.workflowName());
  }

  @Test
  void theOutputOfAProducerThatDidNotSucceedDoesNotResolve() {
    String manifest = passing("write", "write.Skipped").replaceFirst("( +)template: write\n",
        "$1template: write\n$1when: \"1 == 2\"\n");

    RunReport report = TestRuns.runTools(manifest, home, false);

    StepReport read = report.steps().get("read");
    assertThat(report.steps().get("write").phase()).isEqualTo(Phase.SKIPPED);
    assertThat(read.phase()).isEqualTo(Phase.ERROR);
    assertThat(read.message()).isEqualTo("Unable to resolve: {{tasks.write.outputs.artifacts.result}}");
    assertThat(read.attempts()).isEqualTo(0);
  }

  private static String readsFrom(String location) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: read
              template: read
        """, tool("read", "read", reads(location)));
  }

  private String serve(String path, int status, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      boolean found = exchange.getRequestURI().getPath().equals(path);
      byte[] bytes = (found ? body : "missing").getBytes(StandardCharsets.UTF_8);
      String header = exchange.getRequestHeaders().getFirst("X-Token");
      exchange.getResponseHeaders().add("X-Seen", String.valueOf(header));
      exchange.sendResponseHeaders(found ? status : 404, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void aFileOverHttpIsDownloaded() throws IOException {
    String base = serve("/rates.csv", 200, "USD,35\n");

    RunReport report = TestRuns.runTools(readsFrom("http:\n  url: " + base + "/rates.csv"), home, false);

    assertThat(report.steps().get("read").result()).isEqualTo("USD,35\n");
  }

  @Test
  void aDownloadThatFailsIsAnErrorSayingWhy() throws IOException {
    String base = serve("/rates.csv", 200, "x");

    RunReport report = TestRuns.runTools(readsFrom("http:\n  url: " + base + "/gone.csv"), home, false);

    StepReport read = report.steps().get("read");
    assertThat(read.phase()).isEqualTo(Phase.ERROR);
    assertThat(read.message()).isEqualTo("cannot place input file 'file': GET " + base + "/gone.csv returned HTTP 404");
  }

  @Test
  void aRepositoryIsCloned() throws Exception {
    assumeTrue(TestRuns.installed("git"), "needs git");
    Path repo = files.resolve("repo");
    Files.createDirectories(repo);
    git(repo, "init", "--quiet", "--initial-branch=main");
    Files.writeString(repo.resolve("README"), "first");
    git(repo, "add", "README");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "one");
    git(repo, "tag", "v1");
    Files.writeString(repo.resolve("README"), "second");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-am", "two");

    RunReport report = TestRuns.runTools(readsFrom("git:\n  repo: " + repo.toUri() + "\n  revision: v1\n  depth: 1"),
        home, false);

    assertThat(report.steps().get("read").result()).isEqualTo("README=first");
  }

  private static void git(Path folder, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("git " + String.join(" ", args) + ": " + output).that(process.waitFor()).isEqualTo(0);
  }

  @Test
  void rawTextIsWritten() {
    RunReport report = TestRuns.runTools(readsFrom("raw:\n  data: \"for {{workflow.name}}\""), home, false);

    assertThat(report.steps().get("read").result()).isEqualTo("for " + report.workflowName());
  }

  @Test
  void aFileInAStoreNeedsALocalCopy() throws IOException {
    String manifest = readsFrom("s3:\n  bucket: data\n  key: in/day.csv");
    Path copy = files.resolve("day.csv");
    Files.writeString(copy, "local day");

    RunReport without = TestRuns.runTools(manifest, home, false);
    Map<String, Map<String, Path>> given = ArtifactOverrides.check("test", ManifestReader.read(manifest, "test"),
        List.of(new ArtifactOverrides.Given("read", "file", copy, "--artifact read.file=" + copy)));
    RunReport with = TestRuns.runTools(manifest, home, false, request -> request.artifacts(given));

    StepReport read = without.steps().get("read");
    assertThat(read.phase()).isEqualTo(Phase.ERROR);
    assertThat(read.detail()).isEqualTo("input file 'file' is in S3 (bucket data, key in/day.csv), which the local"
        + " executor does not fetch; give a local copy with --artifact read.file=PATH");
    assertThat(read.message()).isEqualTo("task '" + without.workflowName() + ".read' errored: " + read.detail());
    assertThat(with.steps().get("read").result()).isEqualTo("local day");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "azure:\n  endpoint: https://acct.blob.core.windows.net\n  container: c\n  blob: in/day.csv|Azure (container c, blob in/day.csv)",
      "oss:\n  bucket: data\n  key: in/day.csv|OSS (bucket data, key in/day.csv)",
      "hdfs:\n  addresses: [nn:8020]\n  path: /in/day.csv\n  hdfsUser: root|HDFS (path /in/day.csv)",
      "artifactory:\n  url: http://artifactory:8081/generic/day.csv|Artifactory (url http://artifactory:8081/generic/day.csv)",
      "plugin:\n  name: test\n  key: in/day.csv|Plugin (name test, key in/day.csv)",
      "http:\n  url: https://example.com/day.csv\n  auth:\n    basicAuth:\n      usernameSecret: {name: s, key: u}"
          + "|HTTP (url https://example.com/day.csv with credentials)"})
  void aStoreTheExecutorCannotReachIsNamedBeforeTheRunAndNeedsALocalCopy(String locationAndStore) throws IOException {
    String[] parts = locationAndStore.split("\\|");
    String manifest = readsFrom(parts[0]);
    Path copy = Files.writeString(files.resolve("day.csv"), "local day");
    List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunListener listener = new RunListener() {
      @Override
      public void runNote(String note) {
        events.add("note: " + note);
      }

      @Override
      public void attemptStarted(String step, int attempt) {
        events.add("started " + step);
      }
    };

    RunReport without = TestRuns.runTools(manifest, home, false, request -> request.listener(listener));
    List<String> before = List.copyOf(events);
    events.clear();
    RunReport with = TestRuns.runTools(manifest, home, false,
        request -> request.listener(listener).artifacts(Map.of("read", Map.of("file", copy))));

    String where = "input file 'file' of step 'read' is in " + parts[1] + ", which the local executor does not contact;"
        + " the step ends in Error unless you give a local copy with --artifact read.file=PATH";
    assertThat(before).containsExactly("note: " + where);
    StepReport read = without.steps().get("read");
    assertThat(read.phase()).isEqualTo(Phase.ERROR);
    assertThat(read.detail()).isEqualTo("input file 'file' is in " + parts[1] + ", which the local executor does not fetch;"
        + " give a local copy with --artifact read.file=PATH");
    assertThat(events).containsExactly("started read");
    assertThat(with.steps().get("read").result()).isEqualTo("local day");
  }

  @Test
  void anOptionalInputInAStoreIsNamedAsOptional() {
    String manifest = readsFrom("optional: true\noss:\n  key: in/day.csv");
    List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunListener listener = new RunListener() {
      @Override
      public void runNote(String note) {
        notes.add(note);
      }
    };

    RunReport report = TestRuns.runTools(manifest, home, false, request -> request.listener(listener));

    assertThat(notes).containsExactly("input file 'file' of step 'read' is in OSS (key in/day.csv, in the artifact repository),"
        + " which the local executor does not contact; the step runs without it (it is optional), or give a local copy"
        + " with --artifact read.file=PATH");
    assertThat(report.steps().get("read").attempts()).isEqualTo(1);
  }

  @Test
  void aStubbedStepNeedsNoCopy() {
    List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunListener listener = new RunListener() {
      @Override
      public void runNote(String note) {
        notes.add(note);
      }
    };

    RunReport report = TestRuns.runTools(readsFrom("azure:\n  endpoint: https://a.blob.core.windows.net\n  container: c\n  blob: b"),
        home, false, request -> request.listener(listener).stub("read", "stubbed"));

    assertThat(notes).isEmpty();
    assertThat(report.steps().get("read").result()).isEqualTo("stubbed");
  }

  @Test
  void headersGoWithTheDownload() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = ("token=" + exchange.getRequestHeaders().getFirst("X-Token")).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/day.csv";

    RunReport report = TestRuns.runTools(readsFrom("http:\n  url: " + url + "\n  headers:\n  - name: X-Token\n"
        + "    value: \"{{workflow.name}}\""), home, false);

    assertThat(report.steps().get("read").result()).isEqualTo("token=" + report.workflowName());
  }

  @Test
  void aLocalCopyReplacesAnyLocation() throws IOException {
    Path copy = files.resolve("mine");
    Files.createDirectories(copy);
    Files.writeString(copy.resolve("x.txt"), "mine");

    LocalReport report = TestCatalog.with(() -> LocalRun.of("tools-files").artifact("fetch", "file", copy).home(home).run());

    assertThat(report.step("fetch").result()).isEqualTo("x.txt=mine");
  }

  @Test
  void localCopiesAreCheckedBeforeTheRun() throws IOException {
    WorkflowManifest manifest = ManifestReader.read(readsFrom("s3:\n  key: k"), "test");
    Path copy = Files.writeString(files.resolve("c"), "c");

    InvalidRunException step = assertThrows(InvalidRunException.class, () -> ArtifactOverrides.check("w", manifest,
        List.of(new ArtifactOverrides.Given("raed", "file", copy, "--artifact raed.file=c"))));
    InvalidRunException input = assertThrows(InvalidRunException.class, () -> ArtifactOverrides.check("w", manifest,
        List.of(new ArtifactOverrides.Given("read", "fiel", copy, "--artifact read.fiel=c"))));
    InvalidRunException path = assertThrows(InvalidRunException.class, () -> ArtifactOverrides.check("w", manifest,
        List.of(new ArtifactOverrides.Given("read", "file", files.resolve("none"), "--artifact read.file=none"))));

    assertThat(step).hasMessageThat().isEqualTo("workflow 'w' has no step 'raed' (--artifact raed.file=c); did you mean 'read'?");
    assertThat(input).hasMessageThat().isEqualTo("step 'read' has no input file 'fiel' (--artifact read.fiel=c); did you"
        + " mean 'file'? (its input files: file)");
    assertThat(path).hasMessageThat().isEqualTo("--artifact read.file=none: " + files.resolve("none") + " does not exist");
  }

  @Test
  void eachItemOfALoopHasItsOwnFiles() throws IOException {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: write
              template: write
              arguments:
                parameters:
                - name: text
                  value: "item {{item}}"
              withItems: [a, b]
        """, tool("write", "write", WRITES));

    RunReport report = TestRuns.runTools(manifest, home, false);

    Path write = report.folder().resolve("steps/write");
    assertThat(Files.readString(write.resolve("0/artifacts/outputs/result"))).isEqualTo("item a");
    assertThat(Files.readString(write.resolve("1/artifacts/outputs/result"))).isEqualTo("item b");
  }
}
