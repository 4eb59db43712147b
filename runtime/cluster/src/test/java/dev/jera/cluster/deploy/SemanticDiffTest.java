package dev.jera.cluster.deploy;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemanticDiffTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Optional<String> diff(String desired, String live) throws IOException {
    return SemanticDiff.difference(JSON.readTree(desired), JSON.readTree(live));
  }

  @Test
  void whatTheServerOwnsOrAddsIsIgnored() throws IOException {
    assertThat(diff(
        "{\"kind\":\"WorkflowTemplate\",\"metadata\":{\"name\":\"g\",\"labels\":{\"v\":\"1\"}},\"spec\":{\"a\":[1],\"b\":\"\",\"c\":[]}}",
        "{\"metadata\":{\"name\":\"g\",\"uid\":\"u\",\"resourceVersion\":\"7\",\"creationTimestamp\":\"t\","
            + "\"labels\":{\"v\":\"1\",\"workflows.argoproj.io/creator\":\"x\"},\"annotations\":{\"a\":\"b\"}},"
            + "\"spec\":{\"a\":[1.0]},\"status\":{\"active\":[]}}")).isEmpty();
  }

  @Test
  void quantitiesOfRequestsAndLimitsCompareByValue() throws IOException {
    assertThat(diff("{\"metadata\":{\"name\":\"g\"},\"spec\":{\"r\":{\"requests\":{\"cpu\":\"0.5\",\"memory\":\"1Gi\"}}}}",
        "{\"metadata\":{\"name\":\"g\"},\"spec\":{\"r\":{\"requests\":{\"cpu\":\"500m\",\"memory\":\"1073741824\"}}}}"))
        .isEmpty();
    assertThat(diff("{\"metadata\":{\"name\":\"g\"},\"spec\":{\"value\":\"0.5\"}}",
        "{\"metadata\":{\"name\":\"g\"},\"spec\":{\"value\":\"500m\"}}")).hasValue("spec.value");
  }

  @Test
  void anyOtherDifferenceIsFoundWithItsPath() throws IOException {
    assertThat(diff("{\"metadata\":{\"name\":\"g\"},\"spec\":{\"t\":[{\"image\":\"a:1\"}]}}",
        "{\"metadata\":{\"name\":\"g\"},\"spec\":{\"t\":[{\"image\":\"a:2\"}]}}")).hasValue("spec.t[0].image");
    assertThat(diff("{\"metadata\":{\"name\":\"g\"},\"spec\":{}}",
        "{\"metadata\":{\"name\":\"g\"},\"spec\":{\"suspend\":true}}")).hasValue("spec.suspend");
    assertThat(diff("{\"metadata\":{\"name\":\"g\"},\"spec\":{\"f\":false}}",
        "{\"metadata\":{\"name\":\"g\"},\"spec\":{}}")).hasValue("spec.f");
    assertThat(diff("{\"metadata\":{\"name\":\"g\",\"labels\":{\"v\":\"2\"}},\"spec\":{}}",
        "{\"metadata\":{\"name\":\"g\",\"labels\":{\"v\":\"1\"}},\"spec\":{}}")).hasValue("metadata.labels.v");
    assertThat(diff("{\"metadata\":{\"name\":\"g\"},\"spec\":{\"l\":[1,2]}}",
        "{\"metadata\":{\"name\":\"g\"},\"spec\":{\"l\":[2,1]}}")).hasValue("spec.l[0]");
  }

  @Test
  void aReplacementKeepsOthersLabelsAndTheStatusOfACronWorkflow() throws IOException {
    JsonNode live = JSON.readTree("{\"metadata\":{\"name\":\"n\",\"resourceVersion\":\"12\",\"labels\":{\"mine\":\"old\","
        + "\"theirs\":\"x\"}},\"spec\":{},\"status\":{\"lastScheduledTime\":\"t\"}}");
    dev.jera.cluster.project.ProjectManifest manifest = new dev.jera.cluster.project.ProjectManifest("n",
        dev.jera.cluster.api.ResourceKind.CRON_WORKFLOW, JSON.readTree("{\"kind\":\"CronWorkflow\",\"metadata\":"
            + "{\"name\":\"n\",\"labels\":{\"mine\":\"new\"}},\"spec\":{\"schedules\":[\"* * * * *\"]}}"), "m");

    JsonNode body = Applier.replacing(manifest, live);

    assertThat(body.path("metadata").path("resourceVersion").asText()).isEqualTo("12");
    assertThat(body.path("metadata").path("labels").toString()).isEqualTo("{\"mine\":\"new\",\"theirs\":\"x\"}");
    assertThat(body.path("status").path("lastScheduledTime").asText()).isEqualTo("t");
    assertThat(manifest.resource().path("metadata").has("resourceVersion")).isFalse();
  }
}
