package dev.jera.samples.gallery;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery's scripts are plain Java methods: their logic tested as such, without Argo or Jera,
 * including the examples that only run in a cluster (volumes, input artifacts).
 */
class GalleryLogicTest {
  @TempDir Path dir;

  @Test
  void theStoreKeepsWhatIsPut() throws Exception {
    com.sun.net.httpserver.HttpServer server = KeyValueDaemon.serve(0);
    try {
      String host = "127.0.0.1:" + server.getAddress().getPort();
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      java.net.URI uri = java.net.URI.create("http://" + host + "/k");
      assertThat(client.send(java.net.http.HttpRequest.newBuilder(uri).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
      client.send(java.net.http.HttpRequest.newBuilder(uri).PUT(java.net.http.HttpRequest.BodyPublishers.ofString("v")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(client.send(java.net.http.HttpRequest.newBuilder(uri).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("v");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void parametersSayTheMessageInTheirTone() {
    assertThat(Parameters.say("hello world", "plain", 1)).isEqualTo("hello world");
    assertThat(Parameters.say("Hello", "quiet", 3)).isEqualTo("(hello) (hello) (hello)");
    assertThat(Parameters.say("hi", "loud", 1)).isEqualTo("HI!");
    assertThrows(IllegalArgumentException.class, () -> Parameters.say("hi", "plain", 0));
  }

  @Test
  void aLoadedCoinAlwaysFallsTheSameWay() {
    assertThat(CoinFlip.toss(1.0)).isEqualTo("heads");
    assertThat(CoinFlip.toss(0.0)).isEqualTo("tails");
    assertThrows(IllegalArgumentException.class, () -> CoinFlip.toss(1.5));
  }

  @Test
  void flippingUntilHeadsThrowsOnTails() {
    assertThat(CoinFlipRecursive.flipUntilHeads(1.0)).isEqualTo("heads");
    assertThrows(IllegalStateException.class, () -> CoinFlipRecursive.flipUntilHeads(0.0));
  }

  @Test
  void osListKeepsEachImageOnce() {
    List<LoopsWithParam.Os> list = List.of(
        new LoopsWithParam.Os("debian", "9.1"), new LoopsWithParam.Os("alpine", "3.6"), new LoopsWithParam.Os("debian", "9.1"));
    assertThat(LoopsWithParam.osList(list))
        .containsExactly(new LoopsWithParam.Os("debian", "9.1"), new LoopsWithParam.Os("alpine", "3.6")).inOrder();
  }

  @Test
  void failedStepsAreReadFromWorkflowFailures() {
    String failures = "[{\"displayName\":\"intentional-fail\",\"message\":\"Error (exit code 1)\",\"phase\":\"Failed\"},"
        + "{\"displayName\":\"cleanup\",\"phase\":\"Error\"}]";
    assertThat(ExitHandlers.failedSteps(failures)).containsExactly("intentional-fail", "cleanup").inOrder();
    // As Argo hands it over: the JSON quoted once more.
    String quoted = "\"" + failures.replace("\"", "\\\"") + "\"";
    assertThat(ExitHandlers.failedSteps(quoted)).containsExactly("intentional-fail", "cleanup").inOrder();
    assertThat(ExitHandlers.failedSteps("\"null\"")).isEmpty();
    assertThat(ExitHandlers.failedSteps("null")).isEmpty();
  }

  @Test
  void theExitHandlerCelebratesOrCries() {
    assertThat(ExitHandlers.exitHandler("wf-1", "Succeeded", "\"null\"")).isEqualTo("send e-mail: wf-1 Succeeded. Failed steps []\nhooray!");
    assertThat(ExitHandlers.exitHandler("wf-2", "Error", "[]")).endsWith("boohoo!");
  }

  @Test
  void listingAFileOrAFolder() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "12345");
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/c.csv"), "x,y\n");
    assertThat(ArtifactListing.list(dir)).containsExactly("a/c.csv 4", "b.txt 5").inOrder();
    assertThat(ArtifactListing.list(dir.resolve("b.txt"))).containsExactly("b.txt 5");
    assertThat(InputArtifactS3.listArtifact(dir)).hasSize(2);
    assertThat(InputArtifactGcs.listArtifact(dir)).hasSize(2);
  }

  @Test
  void describingACheckout() throws Exception {
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Files.writeString(dir.resolve("README.md"), "<!-- badges -->\n# Argo Workflows\n\nWhat is Argo Workflows?\n");
    Files.createDirectories(dir.resolve("cmd"));
    Files.writeString(dir.resolve("cmd/main.go"), "package main\n");
    assertThat(InputArtifactGit.describe(dir)).isEqualTo("2 files, README: Argo Workflows");
  }

  @Test
  void describingADownload() throws Exception {
    Path file = dir.resolve("kubectl");
    Files.write(file, "hello".getBytes(StandardCharsets.US_ASCII));
    assertThat(InputArtifactHttp.describe(file))
        .isEqualTo("5 bytes, sha256 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void artifactStepsWriteAndReadFiles() throws Exception {
    Path hello = ArtifactPassing.generateArtifact();
    Path text = ArtifactDisableArchive.helloTxt();
    Path etc = ArtifactDisableArchive.etc();
    try {
      assertThat(ArtifactPassing.consumeArtifact(hello)).isEqualTo("hello world");
      assertThat(ArtifactDisableArchive.consumeArtifact(text, etc)).isEqualTo("hello world; etc has [conf.d/app.conf 15, hostname 8]");
    } finally {
      for (Path path : List.of(etc.resolve("conf.d/app.conf"), etc.resolve("conf.d"), etc.resolve("hostname"), etc, text, hello)) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Test
  void aSharedVolumeCarriesTheFileFromStepToStep() throws Exception {
    VolumesPvc.write(dir);
    assertThat(VolumesPvc.read(dir)).isEqualTo("found in volume: hello world");
  }

  @Test
  void scratchSpaceSortsWords() throws Exception {
    assertThat(VolumesEmptyDir.sortThroughFile(dir, "hello World from An empty dir"))
        .containsExactly("an", "dir", "empty", "from", "hello", "world").inOrder();
  }

  @Test
  void theAccessLogGrowsWithEachRun() throws Exception {
    VolumesExisting.append(dir, "gallery-volumes-existing-abc12");
    VolumesExisting.append(dir, "gallery-volumes-existing-def34");
    assertThat(Files.readAllLines(dir.resolve("accesslog")))
        .containsExactly("accessed by gallery-volumes-existing-abc12", "accessed by gallery-volumes-existing-def34").inOrder();
  }

  @Test
  void configMapValuesAreReadFromTheEnvironment() {
    assertThat(ConfigMapEnv.render(Map.of("MESSAGE", "hello world", "REGION", "eu-west-1", "APP_LOG_LEVEL", "debug")))
        .isEqualTo("hello world from eu-west-1, log level debug");
    assertThat(ConfigMapEnv.render(Map.of())).isEqualTo("(no message) from nowhere, log level info");
  }

  @Test
  void aSecretIsNeverRepeated() {
    assertThat(PrintSecret.fromEnv("S00perS3cretPa55word")).isEqualTo("secret from env: 20 characters");
    assertThat(PrintSecret.describe(" ")).isEqualTo("empty!");
  }

  @Test
  void cowsayDrawsABubble() {
    assertThat(MemoizeSimple.cowsay("test-5")).startsWith(" --------\n< test-5 >\n --------\n");
  }

  @Test
  void countingPrimes() {
    assertThat(PodResources.primesBelow(2)).isEqualTo(0);
    assertThat(PodResources.primesBelow(3)).isEqualTo(1);
    assertThat(PodResources.primesBelow(100)).isEqualTo(25);
    assertThat(PodResources.primesBelow(1_000_000)).isEqualTo(78_498);
    assertThat(PodResources.report(25, 100)).isEqualTo("25 primes below 100");
  }

  @Test
  void textToolsShoutAndCount() {
    assertThat(TextTools.shout("hello world")).isEqualTo("HELLO WORLD!");
    assertThat(TextTools.countWords("  to be  or not\tto be ")).isEqualTo(6);
    assertThat(TextTools.countWords(" ")).isEqualTo(0);
    assertThat(LibraryWordCount.total(List.of(6, 4))).isEqualTo(10);
  }

  @Test
  void mirrorsThatAreDownThrow() {
    assertThat(AnySucceeded.ping("eu", List.of("us"))).isEqualTo("eu is up");
    assertThrows(IllegalStateException.class, () -> AnySucceeded.ping("us", List.of("us")));
  }

  @Test
  void aReleaseNamesItsApprover() {
    assertThat(ApprovalGate.release(ApprovalGate.build("3.0.0"), "bob")).isEqualTo("released app-3.0.0.jar, approved by bob");
  }
}
