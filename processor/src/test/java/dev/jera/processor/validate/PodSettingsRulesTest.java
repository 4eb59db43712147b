package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in environment, volumes, scheduling, locks, lifecycle and container steps. */
class PodSettingsRulesTest {

  private static JavaFileObject script(String annotations) {
    return java("Etl", "@Workflow\npublic class Etl {\n  @Script\n  " + annotations + "\n  public static String one() { return \"1\"; }\n}\n");
  }

  @Test
  void envNeedsOneSource() {
    JavaFileObject source = script("@Env(name = \"REGION\", value = \"eu\", configMap = \"settings\", key = \"region\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("@Env(name = \"REGION\") needs exactly one of value, configMap and secret")
        .inFile(source).onLineContaining("@Env(");
  }

  @Test
  void envFromAConfigMapNeedsAKey() {
    JavaFileObject source = script("@Env(name = \"DB_HOST\", configMap = \"warehouse\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("reads a ConfigMap or Secret, so it needs key = \"…\"")
        .inFile(source).onLineContaining("@Env(");
  }

  @Test
  void envNamesAreValid() {
    JavaFileObject source = script("@Env(name = \"DB HOST\", value = \"x\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("environment variable name 'DB HOST' is not valid")
        .inFile(source).onLineContaining("DB HOST");
  }

  @Test
  void jeraNamesAreReserved() {
    JavaFileObject source = script("@Env(name = \"JERA_SECRET_X_Y\", value = \"x\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("starts with JERA_")
        .inFile(source).onLineContaining("JERA_SECRET_X_Y");
  }

  @Test
  void mountPathsDoNotCollide() {
    JavaFileObject source = script("@Volume(name = \"a\", mountPath = \"/data\") @Volume(name = \"b\", mountPath = \"/data\", claim = \"pvc\")");
    assertThat(Compile.withImage(source))
        .hadErrorContaining("mount path '/data' of one() is used by both volume 'a' and volume 'b'")
        .inFile(source).onLineContaining("@Volume(name = \"b\"");
  }

  @Test
  void mountPathsAreAbsolute() {
    JavaFileObject source = script("@Volume(name = \"a\", mountPath = \"data\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("mount path 'data' is not absolute")
        .inFile(source).onLineContaining("mountPath = \"data\"");
  }

  @Test
  void oneVolumeNameOneDefinition() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Volume(name = "data", mountPath = "/data", claim = "pvc-a")
        public class Etl {
          @Script @Volume(name = "data", mountPath = "/other", claim = "pvc-b") public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.withImage(source))
        .hadErrorContaining("volume 'data' is declared as claim pvc-a and as claim pvc-b")
        .inFile(source).onLineContaining("pvc-b");
  }

  @Test
  void volumeSizesAreQuantities() {
    JavaFileObject source = script("@Volume(name = \"work\", mountPath = \"/work\", size = \"1GB\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("@Volume(size = \"1GB\") is not a valid Kubernetes quantity")
        .inFile(source).onLineContaining("\"1GB\"");
  }

  @Test
  void tolerationEffectsAreKubernetesOnes() {
    JavaFileObject source = script("@Pod(tolerations = \"dedicated=etl:NoScheduling\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("effect 'NoScheduling' is not one of NoSchedule, PreferNoSchedule, NoExecute")
        .inFile(source).onLineContaining("NoScheduling");
  }

  @Test
  void affinityIsALabelRequirement() {
    JavaFileObject source = script("@Pod(affinity = \"zone = a\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("affinity 'zone = a' is not valid")
        .inFile(source).onLineContaining("zone = a");
  }

  @Test
  void imagePullSecretsBelongToTheWorkflow() {
    JavaFileObject source = script("@Pod(imagePullSecrets = \"regcred\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("only applies to the whole workflow; move it to the class")
        .inFile(source).onLineContaining("regcred");
  }

  @Test
  void semaphoresAreConfigMapKeys() {
    JavaFileObject source = script("@Synchronized(semaphore = \"limits\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("semaphore 'limits' is not of the form configmap/key")
        .inFile(source).onLineContaining("\"limits\"");
  }

  @Test
  void deadlineIsADuration() {
    JavaFileObject source = java("Etl", """
        @Workflow(deadline = "two hours")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.withImage(source)).hadErrorContaining("@Workflow(deadline) = \"two hours\" is not a valid duration")
        .inFile(source).onLineContaining("two hours");
  }

  @Test
  void memoizeKeysResolve() {
    JavaFileObject source = script("@Memoize(key = \"{{inputs.parameters.day}}\", cache = \"cache\")");
    assertThat(Compile.withImage(source)).hadErrorContaining("script one() has no parameter 'day'")
        .inFile(source).onLineContaining("@Memoize");
  }

  @Test
  void containerCommandsNameTheStepsInputs() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String export() { return "/tmp/x"; }
          @Script @Container(image = "amazon/aws-cli:2.15.0", command = {"aws", "s3", "cp", "{{inputs.parameters.fille}}"})
          public static void upload(@From("export") String file) {}
        }
        """);
    assertThat(Compile.withImage(source))
        .hadErrorContaining("script upload() has no parameter 'fille'; did you mean 'file'?")
        .inFile(source).onLineContaining("fille");
  }

  @Test
  void containerImagesAreChecked() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Container(image = "postgres", command = "psql") public static void query() {}
        }
        """);
    assertThat(Compile.withImage(source)).hadWarningContaining("image 'postgres' has no tag")
        .inFile(source).onLineContaining("image = \"postgres\"");
  }
}
