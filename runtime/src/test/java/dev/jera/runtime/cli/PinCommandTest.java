package dev.jera.runtime.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jera pin} changes the image fields that name the built image, and nothing else. */
class PinCommandTest {
  private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

  @TempDir Path folder;

  private int pin(String image, ByteArrayOutputStream err) throws IOException {
    Files.writeString(folder.resolve("jib-image.json"),
        "{\"image\": \"" + image + "\", \"imageDigest\": \"" + DIGEST + "\", \"tags\": [\"1.0\"]}");
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
    String pinned = "registry.example.com/etl@" + DIGEST;
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
