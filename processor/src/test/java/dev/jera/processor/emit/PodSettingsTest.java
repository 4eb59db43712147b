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

/** Environment, volumes, scheduling, locks, memoization, lifecycle and container steps in manifests. */
class PodSettingsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final JavaFileObject ETL = java("Etl", """
      @Workflow(name = "etl", deadline = "2h", ttl = "24h", podGC = PodGC.ON_POD_SUCCESS)
      @Env(name = "REGION", value = "eu-west-1")
      @EnvFrom(configMap = "etl-settings")
      @Volume(name = "scratch", mountPath = "/scratch")
      @Volume(name = "work", mountPath = "/work", size = "1Gi", storageClass = "fast")
      @Pod(nodeSelector = "disktype=ssd", tolerations = "dedicated=etl:NoSchedule",
           affinity = "topology.kubernetes.io/zone in (eu-west-1a, eu-west-1b)", priorityClass = "batch",
           imagePullSecrets = "regcred")
      @Synchronized(mutex = "etl")
      @Param(value = "day", defaultValue = "2024-01-01")
      public class Etl {
        @Script
        @Env(name = "DB_HOST", configMap = "warehouse", key = "host")
        @Env(name = "REGION", value = "us-east-1")
        @EnvFrom(secret = "db-creds", prefix = "DB_")
        @Volume(name = "data", mountPath = "/data", claim = "warehouse-pvc", readOnly = true)
        @Volume(name = "certs", mountPath = "/etc/certs", secret = "tls")
        @Pod(nodeSelector = "kubernetes.io/arch=amd64", tolerations = "spot:NoExecute")
        @Synchronized(semaphore = "etl-limits/extract")
        @Memoize(key = "{{inputs.parameters.day}}", maxAge = "1h", cache = "etl-cache")
        public static String extract(@Param("day") String day) { return day; }

        @Script
        @Container(image = "amazon/aws-cli:2.15.0", command = {"aws", "s3", "cp", "{{inputs.parameters.file}}", "s3://reports/"})
        public static String upload(@From("extract") String file) { return null; }
      }
      """);

  @Test
  void settingsReachTheManifest() throws IOException {
    Compilation compilation = Compile.withImage(ETL);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode spec = YAML.readTree(Compile.manifest(compilation, "etl")).path("spec");
    assertThat(spec.path("activeDeadlineSeconds").asLong()).isEqualTo(7200);
    assertThat(spec.path("ttlStrategy").path("secondsAfterCompletion").asLong()).isEqualTo(86400);
    assertThat(spec.path("podGC").path("strategy").asText()).isEqualTo("OnPodSuccess");
    assertThat(spec.path("nodeSelector").path("disktype").asText()).isEqualTo("ssd");
    assertThat(spec.path("tolerations").get(0).toString())
        .isEqualTo("{\"key\":\"dedicated\",\"operator\":\"Equal\",\"value\":\"etl\",\"effect\":\"NoSchedule\"}");
    assertThat(spec.path("affinity").path("nodeAffinity").path("requiredDuringSchedulingIgnoredDuringExecution")
            .path("nodeSelectorTerms").get(0).path("matchExpressions").get(0).toString())
        .isEqualTo("{\"key\":\"topology.kubernetes.io/zone\",\"operator\":\"In\",\"values\":[\"eu-west-1a\",\"eu-west-1b\"]}");
    assertThat(spec.path("podPriorityClassName").asText()).isEqualTo("batch");
    assertThat(spec.path("imagePullSecrets").get(0).path("name").asText()).isEqualTo("regcred");
    assertThat(spec.path("synchronization").path("mutexes").get(0).path("name").asText()).isEqualTo("etl");
    assertThat(spec.path("volumes").toString()).contains("{\"name\":\"scratch\",\"emptyDir\":{}}");
    assertThat(spec.path("volumes").toString()).contains("\"persistentVolumeClaim\":{\"claimName\":\"warehouse-pvc\"}");
    assertThat(spec.path("volumeClaimTemplates").get(0).path("spec").path("resources").path("requests").path("storage").asText())
        .isEqualTo("1Gi");

    JsonNode extract = spec.path("templates").get(1);
    assertThat(extract.path("memoize").toString())
        .isEqualTo("{\"key\":\"{{inputs.parameters.day}}\",\"maxAge\":\"1h\",\"cache\":{\"configMap\":{\"name\":\"etl-cache\"}}}");
    assertThat(extract.path("synchronization").path("semaphores").get(0).path("configMapKeyRef").toString())
        .isEqualTo("{\"name\":\"etl-limits\",\"key\":\"extract\"}");
    assertThat(extract.path("tolerations").get(0).path("operator").asText()).isEqualTo("Exists");
    JsonNode container = extract.path("script");
    assertThat(container.path("env").toString())
        .isEqualTo("[{\"name\":\"REGION\",\"value\":\"us-east-1\"},"
            + "{\"name\":\"DB_HOST\",\"valueFrom\":{\"configMapKeyRef\":{\"name\":\"warehouse\",\"key\":\"host\"}}}]");
    assertThat(container.path("envFrom").size()).isEqualTo(2);
    assertThat(container.path("volumeMounts").size()).isEqualTo(4);

    JsonNode upload = spec.path("templates").get(2);
    assertThat(upload.has("script")).isFalse();
    assertThat(upload.path("container").path("image").asText()).isEqualTo("amazon/aws-cli:2.15.0");
    assertThat(upload.path("container").path("command").toString())
        .isEqualTo("[\"aws\",\"s3\",\"cp\",\"{{inputs.parameters.file}}\",\"s3://reports/\"]");
    assertThat(upload.path("inputs").path("parameters").get(0).path("name").asText()).isEqualTo("file");
  }

  @Test
  void aTemplatesVolumeIsDefinedInTheSpec() throws IOException {
    JavaFileObject source = java("Mounted", """
        @Workflow(name = "mounted", entrypoint = "use")
        public class Mounted {
          @Template
          @Volume(name = "foo", mountPath = "/foo")
          public static void use() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode spec = YAML.readTree(Compile.manifest(compilation, "mounted")).path("spec");
    assertThat(spec.path("volumes").toString()).isEqualTo("[{\"name\":\"foo\",\"emptyDir\":{}}]");
    assertThat(spec.path("templates").get(0).path("script").path("volumeMounts").get(0).path("name").asText()).isEqualTo("foo");
  }

  @Test
  void settingsPassArgosSchemas() {
    Compilation compilation = Compile.withImage(ETL);
    assertThat(ArgoSchemas.errors(Compile.manifest(compilation, "etl"))).isEmpty();
  }

  private static final JavaFileObject DATABASE_LOCKS = java("Shared", """
      @Workflow(name = "shared", entrypoint = "main")
      @Synchronized(mutex = "test", database = true)
      public class Shared {
        @Script
        @Synchronized(mutex = "welcome", semaphore = "template", database = true)
        public static String one() { return "1"; }
      }
      """);

  @Test
  void databaseLocksAreMarkedSo() throws IOException {
    Compilation compilation = Compile.withImage(DATABASE_LOCKS);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode spec = YAML.readTree(Compile.manifest(compilation, "shared")).path("spec");
    assertThat(spec.path("synchronization").toString()).isEqualTo("{\"mutexes\":[{\"name\":\"test\",\"database\":true}]}");
    assertThat(spec.path("templates").get(1).path("synchronization").toString())
        .isEqualTo("{\"mutexes\":[{\"name\":\"welcome\",\"database\":true}],\"semaphores\":[{\"database\":{\"key\":\"template\"}}]}");
    assertThat(ArgoSchemas.errors(Compile.manifest(compilation, "shared"))).isEmpty();
  }
}
