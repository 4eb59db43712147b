package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The workflow metadata, pod spec and workflow settings fields in manifests of each kind, valid against
 * Argo's strict schemas (the samples' golden manifests hold the Workflow and CronWorkflow forms).
 */
class ResourceSettingsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void aWorkflowTemplateCarriesItsAnnotationsAndSettings() throws IOException {
    JavaFileObject source = java("Shared", """
        @Workflow(name = "shared", kind = Kind.WORKFLOW_TEMPLATE,
            annotations = "workflows.argoproj.io/description=Shared steps",
            maxUnavailable = "25%", podGC = PodGC.ON_WORKFLOW_COMPLETION,
            podGCSelector = {"keep notin (yes)", "temporary exists"}, ttlAfterFailure = "2h",
            artifactRepository = "artifact-repositories/minio")
        @Pod(labels = "owner=platform", dnsSearches = "svc.cluster.local")
        public class Shared {
          @Script
          @Pod(annotations = "note=first {{inputs.parameters.day}}", resourceClaims = "fpga=claim/fpga-0")
          @Resources(claims = "fpga")
          @Volume(name = "work", mountPath = "/work", subPath = "{{inputs.parameters.day}}")
          public static String first(@Value("2024-01-01") String day) { return day; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "shared");
    JsonNode root = YAML.readTree(manifest);
    assertThat(root.path("metadata").path("name").asText()).isEqualTo("shared");
    assertThat(root.path("metadata").path("annotations").toString())
        .isEqualTo("{\"workflows.argoproj.io/description\":\"Shared steps\"}");
    JsonNode spec = root.path("spec");
    assertThat(spec.path("podDisruptionBudget").toString()).isEqualTo("{\"maxUnavailable\":\"25%\"}");
    assertThat(spec.path("podGC").toString()).isEqualTo("{\"strategy\":\"OnWorkflowCompletion\",\"labelSelector\":"
        + "{\"matchExpressions\":[{\"key\":\"keep\",\"operator\":\"NotIn\",\"values\":[\"yes\"]},"
        + "{\"key\":\"temporary\",\"operator\":\"Exists\"}]}}");
    assertThat(spec.path("ttlStrategy").toString()).isEqualTo("{\"secondsAfterFailure\":7200}");
    assertThat(spec.path("artifactRepositoryRef").toString())
        .isEqualTo("{\"configMap\":\"artifact-repositories\",\"key\":\"minio\"}");
    assertThat(spec.path("podMetadata").toString()).isEqualTo("{\"labels\":{\"owner\":\"platform\"}}");
    assertThat(spec.path("dnsConfig").toString()).isEqualTo("{\"searches\":[\"svc.cluster.local\"]}");
    JsonNode first = spec.path("templates").get(1);
    assertThat(first.path("metadata").toString()).isEqualTo("{\"annotations\":{\"note\":\"first {{inputs.parameters.day}}\"}}");
    assertThat(first.path("resourceClaims").toString()).isEqualTo("[{\"name\":\"fpga\",\"resourceClaimName\":\"fpga-0\"}]");
    assertThat(first.path("script").path("resources").toString()).isEqualTo("{\"claims\":[{\"name\":\"fpga\"}]}");
    assertThat(first.path("script").path("volumeMounts").toString())
        .isEqualTo("[{\"name\":\"work\",\"mountPath\":\"/work\",\"subPath\":\"{{inputs.parameters.day}}\"}]");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  @Test
  void aGeneratedNameStaysTheDefault() throws IOException {
    JavaFileObject source = java("Daily", """
        @Workflow(name = "daily", generateName = true, archiveLogs = false)
        public class Daily {
          @Script public static String one() { return "1"; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode root = YAML.readTree(Compile.manifest(compilation, "daily"));
    assertThat(root.path("metadata").path("generateName").asText()).isEqualTo("daily-");
    assertThat(root.path("metadata").has("name")).isFalse();
    // Written when given: false overrides a controller that archives logs by default.
    assertThat(root.path("spec").path("archiveLogs").isBoolean()).isTrue();
    assertThat(root.path("spec").path("archiveLogs").asBoolean()).isFalse();
  }
}
