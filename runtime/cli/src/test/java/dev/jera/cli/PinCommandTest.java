package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jera pin}: the image fields that name the image Jib built pinned to its digest, and nothing else; manifests
 * compiled for another image refused.
 */
class PinCommandTest {
  private static final String DIGEST = "sha256:" + "ab".repeat(32);
  private static final String MAIN_DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

  @TempDir Path folder;
  private Path manifests;
  private Path imageJson;
  private Path out;

  record Outcome(int code, String out, String err) {}

  @BeforeEach
  void jibBuiltAnImage() throws IOException {
    manifests = Files.createDirectories(folder.resolve("argo"));
    imageJson = folder.resolve("jib-image.json");
    out = folder.resolve("argo-pinned");
    Files.writeString(imageJson, """
        {"image":"registry.example.com/etl:1.1","imageId":"sha256:%s","imageDigest":"%s","tags":["1.1","latest"],"imagePushed":false}
        """.formatted("cd".repeat(32), DIGEST));
  }

  private Outcome pin() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = new JeraCli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
        Map.of(), PinCommandTest.class.getClassLoader(), false)
        .run("pin", "--image-json", imageJson.toString(), "--manifests", manifests.toString(), "--out", out.toString());
    return new Outcome(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }

  private void manifest(String name, String... images) throws IOException {
    StringBuilder text = new StringBuilder("kind: Workflow\nspec:\n  templates:\n");
    for (String image : images) {
      text.append("  - script:\n      image: ").append(image).append("\n");
    }
    Files.writeString(manifests.resolve(name), text.toString());
  }

  @Test
  void pinsTheBuiltImageAndLeavesOtherImagesAlone() throws IOException {
    manifest("etl.yaml", "registry.example.com/etl:1.1", "amazon/aws-cli:2.15.0");
    manifest("report.yaml", "\"registry.example.com/etl:latest\"");
    manifest("template-ref.yaml");

    Outcome outcome = pin();

    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.out()).isEqualTo("jera: pinned registry.example.com/etl:1.1 to " + DIGEST + " in 2 of 3 manifests;"
        + " written to " + out + System.lineSeparator());
    assertThat(Files.readString(out.resolve("etl.yaml")))
        .contains("image: registry.example.com/etl@" + DIGEST + "\n  - script:\n      image: amazon/aws-cli:2.15.0\n");
    assertThat(Files.readString(out.resolve("report.yaml"))).contains("image: \"registry.example.com/etl@" + DIGEST + "\"");
    assertThat(Files.readString(manifests.resolve("etl.yaml"))).contains("image: registry.example.com/etl:1.1\n");
  }

  @Test
  void aManifestCompiledForAnotherTagOfTheImageIsStaleAndNothingIsWritten() throws IOException {
    manifest("etl.yaml", "registry.example.com/etl:1.1");
    manifest("report.yaml", "registry.example.com/etl:1.0", "registry.example.com/etl:1.0");
    Files.createDirectories(out);
    Files.writeString(out.resolve("etl.yaml"), "pinned earlier");

    Outcome outcome = pin();

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).isEqualTo("jera: manifests compiled for another image than the one built,"
        + " registry.example.com/etl:1.1: " + manifests.resolve("report.yaml") + " names registry.example.com/etl:1.0;"
        + " compile them again with this image (mvn clean package: a changed property alone does not make javac"
        + " recompile)" + System.lineSeparator());
    assertThat(Files.readString(out.resolve("etl.yaml"))).isEqualTo("pinned earlier");
    try (var left = Files.list(folder)) {
      assertThat(left.map(path -> path.getFileName().toString()).sorted().toList())
          .containsExactly("argo", "argo-pinned", "jib-image.json");
    }
  }

  @Test
  void manifestsNoneOfWhichNamesTheBuiltImageWereCompiledForAnotherImage() throws IOException {
    manifest("etl.yaml", "ghcr.io/team/etl:1.1");
    manifest("report.yaml", "ghcr.io/team/etl:1.1", "amazon/aws-cli:2.15.0");

    Outcome outcome = pin();

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).isEqualTo("jera: none of the 2 manifests in " + manifests + " names the image built,"
        + " registry.example.com/etl:1.1 (they name amazon/aws-cli:2.15.0, ghcr.io/team/etl:1.1); compile them with"
        + " -Ajera.image set to the image Jib builds (one property for both)" + System.lineSeparator());
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aManifestAlreadyPinnedToTheBuiltDigestStaysPinned() throws IOException {
    manifest("etl.yaml", "registry.example.com/etl@" + DIGEST);

    Outcome outcome = pin();

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(Files.readString(out.resolve("etl.yaml"))).contains("image: registry.example.com/etl@" + DIGEST + "\n");
  }

  @Test
  void aManifestPinnedToAnotherDigestOfTheImageIsStale() throws IOException {
    manifest("etl.yaml", "registry.example.com/etl@sha256:" + "ef".repeat(32));

    Outcome outcome = pin();

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).contains("etl.yaml names registry.example.com/etl@sha256:efef");
  }

  @Test
  void anImageNotBuiltYetIsOneLine() throws IOException {
    Files.delete(imageJson);
    manifest("etl.yaml", "registry.example.com/etl:1.1");

    Outcome outcome = pin();

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("jera: cannot read " + imageJson);
    assertThat(outcome.err()).endsWith("(build the image first: mvn package)" + System.lineSeparator());
    assertThat(outcome.err().lines().count()).isEqualTo(1);
  }

  private int pin(String image, ByteArrayOutputStream err) throws IOException {
    Files.writeString(folder.resolve("jib-image.json"),
        "{\"image\": \"" + image + "\", \"imageDigest\": \"" + MAIN_DIGEST + "\", \"tags\": [\"1.0\"]}");
    return new JeraCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), getClass().getClassLoader(), false)
        .run("pin", "--image-json", folder.resolve("jib-image.json").toString(),
            "--manifests", folder.resolve("manifests").toString(), "--out", folder.resolve("pinned").toString());
  }

  @Test
  void pinsTheImageFieldsInTheirOwnQuotingAndLeavesLookAlikeTextAlone() throws IOException {
    String manifest = String.join("\n",
        "spec:",
        "  arguments:",
        "    parameters:",
        "    - name: notes",
        "      value: |-",
        "        the image:",
        "        image: registry.example.com/etl:1.0",
        "    - name: same",
        "      value: registry.example.com/etl:1.0",
        "  templates:",
        "  - name: a",
        "    script:",
        "      image: registry.example.com/etl:1.0",
        "  - name: b",
        "    container:",
        "      image: \"registry.example.com/etl:1.0\"",
        "  - name: c",
        "    container:",
        "      image: 'registry.example.com/other:1.0'",
        "");
    Files.createDirectories(folder.resolve("manifests"));
    Files.writeString(folder.resolve("manifests/w.yaml"), manifest);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(pin("registry.example.com/etl:1.0", err)).isEqualTo(0);
    String pinned = "registry.example.com/etl@" + MAIN_DIGEST;
    assertThat(Files.readString(folder.resolve("pinned/w.yaml")))
        .isEqualTo(manifest
            .replace("    script:\n      image: registry.example.com/etl:1.0", "    script:\n      image: " + pinned)
            .replace("image: \"registry.example.com/etl:1.0\"", "image: \"" + pinned + "\""));
  }

  @Test
  void refusesAnImageThatIsNoImageReference() throws IOException {
    Files.createDirectories(folder.resolve("manifests"));
    Files.writeString(folder.resolve("manifests/w.yaml"), "image: x\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(pin("etl: 1 #x", err)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .endsWith("names the image 'etl: 1 #x', which is not an image reference such as registry.example.com/etl:1.4");
    assertThat(Files.exists(folder.resolve("pinned"))).isFalse();
  }
}
