package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.cli.JeraCli;
import dev.jera.cli.cluster.testing.Jera;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest-pinned copies {@code jera pin} writes are what goes to the cluster, when they are there and current. */
class PinnedTest extends ClusterTestBase {
  private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
  private static final String PINNED = "registry.example.com/jera-cluster-test@" + DIGEST;

  @TempDir Path folder;
  Path pinned;

  @BeforeEach
  void pin() throws IOException, URISyntaxException {
    Path manifests = Path.of(getClass().getClassLoader().getResource("META-INF/argo/greeting.yaml").toURI()).getParent();
    Path imageJson = Files.writeString(folder.resolve("jib-image.json"), "{\"image\":"
        + "\"registry.example.com/jera-cluster-test:1.0\",\"imageDigest\":\"" + DIGEST + "\",\"tags\":[\"1.0\"]}");
    pinned = folder.resolve("argo-pinned");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = new JeraCli(new PrintStream(out), new PrintStream(out), Map.of(), getClass().getClassLoader(), false)
        .run("pin", "--image-json", imageJson.toString(), "--manifests", manifests.toString(), "--out", pinned.toString());
    assertWithMessage(out.toString()).that(code).isEqualTo(0);
  }

  @Test
  void applyAndSubmitSendThePinnedCopies() {
    Jera.Result apply = jera.run("apply", "--pinned", pinned.toString());
    assertWithMessage(apply.toString()).that(apply.code()).isEqualTo(0);
    assertThat(apply.err()).contains("digest-pinned copies from " + pinned);
    assertThat(image(server.resource("WorkflowTemplate", "argo", "greeting"))).isEqualTo(PINNED);
    assertThat(server.resource("ClusterWorkflowTemplate", null, "shared-tools").toString()).contains(PINNED);

    Jera.Result submit = jera.run("submit", "pipeline", "--pinned", pinned.toString());
    assertWithMessage(submit.toString()).that(submit.code()).isEqualTo(0);
    assertThat(server.resources("Workflow", "argo").get(0).path("spec").toString()).contains(PINNED);
    assertThat(submit.err()).doesNotContain("differs from this build");
  }

  @Test
  void theCompiledManifestsReplaceThePinnedOnesOnceTheyAreCompiledAgain() {
    applied();
    assertThat(image(server.resource("WorkflowTemplate", "argo", "greeting")))
        .isEqualTo("registry.example.com/jera-cluster-test:1.0");

    Jera.Result pinnedApply = jera.run("apply", "--pinned", pinned.toString());

    assertThat(pinnedApply.out()).contains("updated   WorkflowTemplate 'greeting' (spec.templates[1].script.image differed)");
    assertThat(jera.run("apply", "--no-pinned").out()).contains("updated   WorkflowTemplate 'greeting'");
  }

  @Test
  void aPinnedCopyLeftFromAnEarlierBuildIsRefusedBeforeAnyRequest() throws IOException {
    Path copy = pinned.resolve("greeting.yaml");
    Files.writeString(copy, Files.readString(copy).replace("what to print", "what to say"));

    Jera.Result result = jera.run("apply", "--pinned", pinned.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo("jera: " + copy + " is not the compiled workflow 'greeting' with its images"
        + " pinned (they differ at spec.arguments.parameters[0].description): it is left from an earlier build; pin again"
        + " (mvn package), or pass --no-pinned");
    assertThat(server.received()).isEmpty();
    assertThat(jera.run("apply", "--pinned", folder.resolve("nowhere").toString()).err())
        .contains("--pinned " + folder.resolve("nowhere") + ": no such folder");
  }

  private static String image(JsonNode template) {
    return template.path("spec").path("templates").get(1).path("script").path("image").asText();
  }
}
