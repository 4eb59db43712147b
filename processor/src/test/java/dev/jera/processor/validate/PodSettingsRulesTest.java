package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_ENV;
import static dev.jera.processor.diagnostic.MessageId.EMPTY_SYNC;
import static dev.jera.processor.diagnostic.MessageId.ENV_FROM_SOURCES;
import static dev.jera.processor.diagnostic.MessageId.ENV_KEY;
import static dev.jera.processor.diagnostic.MessageId.ENV_KEY_WITHOUT_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.ENV_SOURCES;
import static dev.jera.processor.diagnostic.MessageId.INVALID_AFFINITY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DURATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ENV_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_MOUNT_PATH;
import static dev.jera.processor.diagnostic.MessageId.INVALID_MUTEX;
import static dev.jera.processor.diagnostic.MessageId.INVALID_NODE_SELECTOR;
import static dev.jera.processor.diagnostic.MessageId.INVALID_QUANTITY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_RESOURCE_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DATABASE_SEMAPHORE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SEMAPHORE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_TOLERATION;
import static dev.jera.processor.diagnostic.MessageId.MOUNT_PATH_TAKEN;
import static dev.jera.processor.diagnostic.MessageId.PULL_SECRETS_ON_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_ENV_NAME;
import static dev.jera.processor.diagnostic.MessageId.STORAGE_CLASS_WITHOUT_SIZE;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.diagnostic.MessageId.UNTAGGED_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.VOLUME_REDEFINED;
import static dev.jera.processor.diagnostic.MessageId.VOLUME_SOURCES;
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
    assertThat(Compile.expecting(ENV_SOURCES).withImage(source)).hadErrorContaining("@Env(name = \"REGION\") needs exactly one of value, configMap and secret")
        .inFile(source).onLineContaining("@Env(");
  }

  @Test
  void envFromAConfigMapNeedsAKey() {
    JavaFileObject source = script("@Env(name = \"DB_HOST\", configMap = \"warehouse\")");
    assertThat(Compile.expecting(ENV_KEY).withImage(source)).hadErrorContaining("reads a ConfigMap or Secret, so it needs key = \"…\"")
        .inFile(source).onLineContaining("@Env(");
  }

  @Test
  void envNamesAreValid() {
    JavaFileObject source = script("@Env(name = \"DB HOST\", value = \"x\")");
    assertThat(Compile.expecting(INVALID_ENV_NAME).withImage(source)).hadErrorContaining("environment variable name 'DB HOST' is not valid")
        .inFile(source).onLineContaining("DB HOST");
  }

  @Test
  void jeraNamesAreReserved() {
    JavaFileObject source = script("@Env(name = \"JERA_SECRET_X_Y\", value = \"x\")");
    assertThat(Compile.expecting(RESERVED_ENV_NAME).withImage(source)).hadErrorContaining("starts with JERA_")
        .inFile(source).onLineContaining("JERA_SECRET_X_Y");
  }

  @Test
  void mountPathsDoNotCollide() {
    JavaFileObject source = script("@Volume(name = \"a\", mountPath = \"/data\") @Volume(name = \"b\", mountPath = \"/data\", claim = \"pvc\")");
    assertThat(Compile.expecting(MOUNT_PATH_TAKEN).withImage(source))
        .hadErrorContaining("mount path '/data' of one() is used by both volume 'a' and volume 'b'")
        .inFile(source).onLineContaining("@Volume(name = \"b\"");
  }

  @Test
  void mountPathsAreAbsolute() {
    JavaFileObject source = script("@Volume(name = \"a\", mountPath = \"data\")");
    assertThat(Compile.expecting(INVALID_MOUNT_PATH).withImage(source)).hadErrorContaining("mount path 'data' is not absolute")
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
    assertThat(Compile.expecting(VOLUME_REDEFINED).withImage(source))
        .hadErrorContaining("volume 'data' is declared as claim pvc-a and as claim pvc-b")
        .inFile(source).onLineContaining("pvc-b");
  }

  @Test
  void volumeSizesAreQuantities() {
    JavaFileObject source = script("@Volume(name = \"work\", mountPath = \"/work\", size = \"1GB\")");
    assertThat(Compile.expecting(INVALID_QUANTITY).withImage(source)).hadErrorContaining("@Volume(size = \"1GB\") is not a valid Kubernetes quantity")
        .inFile(source).onLineContaining("\"1GB\"");
  }

  @Test
  void tolerationEffectsAreKubernetesOnes() {
    JavaFileObject source = script("@Pod(tolerations = \"dedicated=etl:NoScheduling\")");
    assertThat(Compile.expecting(INVALID_TOLERATION).withImage(source)).hadErrorContaining("effect 'NoScheduling' is not one of NoSchedule, PreferNoSchedule, NoExecute")
        .inFile(source).onLineContaining("NoScheduling");
  }

  @Test
  void affinityIsALabelRequirement() {
    JavaFileObject source = script("@Pod(affinity = \"zone = a\")");
    assertThat(Compile.expecting(INVALID_AFFINITY).withImage(source)).hadErrorContaining("affinity 'zone = a' is not valid")
        .inFile(source).onLineContaining("zone = a");
  }

  @Test
  void imagePullSecretsBelongToTheWorkflow() {
    JavaFileObject source = script("@Pod(imagePullSecrets = \"regcred\")");
    assertThat(Compile.expecting(PULL_SECRETS_ON_SCRIPT).withImage(source)).hadErrorContaining("only applies to the whole workflow; move it to the class")
        .inFile(source).onLineContaining("regcred");
  }

  @Test
  void semaphoresAreConfigMapKeys() {
    JavaFileObject source = script("@Synchronized(semaphore = \"limits\")");
    assertThat(Compile.expecting(INVALID_SEMAPHORE).withImage(source)).hadErrorContaining("semaphore 'limits' is not of the form configmap/key")
        .inFile(source).onLineContaining("\"limits\"");
  }

  @Test
  void aDatabaseSemaphoreIsABareKey() {
    JavaFileObject source = script("@Synchronized(semaphore = \"my-config/template\", database = true)");
    assertThat(Compile.expecting(INVALID_DATABASE_SEMAPHORE).withImage(source))
        .hadErrorContaining("semaphore 'my-config/template' of @Synchronized(database = true) is a ConfigMap key, but with"
            + " database = true a semaphore is a bare key of the database")
        .inFile(source).onLineContaining("my-config/template");
    assertThat(Compile.expecting(INVALID_DATABASE_SEMAPHORE).withImage(source))
        .hadErrorContaining("write 'template', or drop database = true to read the limit from ConfigMap 'my-config'");
  }

  @Test
  void aDatabaseSemaphoreKeyIsALockName() {
    JavaFileObject source = script("@Synchronized(semaphore = \"two words\", database = true)");
    assertThat(Compile.expecting(INVALID_DATABASE_SEMAPHORE).withImage(source))
        .hadErrorContaining("semaphore 'two words' of @Synchronized(database = true) is not a valid key; use letters, digits")
        .inFile(source).onLineContaining("two words");
  }

  @Test
  void deadlineIsADuration() {
    JavaFileObject source = java("Etl", """
        @Workflow(deadline = "two hours")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_DURATION).withImage(source)).hadErrorContaining("@Workflow(deadline) = \"two hours\" is not a valid duration")
        .inFile(source).onLineContaining("two hours");
  }

  @Test
  void memoizeKeysResolve() {
    JavaFileObject source = script("@Memoize(key = \"{{inputs.parameters.day}}\", cache = \"cache\")");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("script one() has no parameter 'day'")
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
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
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
    assertThat(Compile.expecting(UNTAGGED_IMAGE).withImage(source)).hadWarningContaining("image 'postgres' has no tag")
        .inFile(source).onLineContaining("image = \"postgres\"");
  }

  @Test
  void anEnvKeyNeedsAConfigMapOrSecret() {
    JavaFileObject source = script("@Env(name = \"REGION\", value = \"eu\", key = \"region\")");
    assertThat(Compile.expecting(ENV_KEY_WITHOUT_SOURCE).withImage(source))
        .hadErrorContaining("@Env(name = \"REGION\") has a key but no configMap or secret to read it from")
        .inFile(source).onLineContaining("@Env(");
  }

  @Test
  void anEnvironmentVariableIsSetOnce() {
    JavaFileObject source = script("@Env(name = \"REGION\", value = \"eu\") @Env(name = \"REGION\", value = \"us\")");
    assertThat(Compile.expecting(DUPLICATE_ENV).withImage(source))
        .hadErrorContaining("environment variable 'REGION' is set twice for one(); keep one")
        .inFile(source).onLineContaining("@Env(");
  }

  @Test
  void envFromNeedsOneSource() {
    JavaFileObject source = script("@EnvFrom(configMap = \"settings\", secret = \"creds\")");
    assertThat(Compile.expecting(ENV_FROM_SOURCES).withImage(source))
        .hadErrorContaining("@EnvFrom needs exactly one of configMap and secret")
        .inFile(source).onLineContaining("@EnvFrom(");
  }

  @Test
  void aVolumeNameIsAKubernetesName() {
    JavaFileObject source = script("@Volume(name = \"Work_Dir\", mountPath = \"/work\")");
    assertThat(Compile.expecting(INVALID_RESOURCE_NAME).withImage(source))
        .hadErrorContaining("volume name 'Work_Dir' is not a valid Kubernetes name")
        .inFile(source).onLineContaining("@Volume(");
  }

  @Test
  void aVolumeHasOneBacking() {
    JavaFileObject source = script("@Volume(name = \"data\", mountPath = \"/data\", claim = \"pvc\", size = \"1Gi\")");
    assertThat(Compile.expecting(VOLUME_SOURCES).withImage(source))
        .hadErrorContaining("@Volume(name = \"data\") may set only one of claim, size, secret and configMap")
        .inFile(source).onLineContaining("@Volume(");
  }

  @Test
  void aStorageClassNeedsASize() {
    JavaFileObject source = script("@Volume(name = \"data\", mountPath = \"/data\", claim = \"pvc\", storageClass = \"fast\")");
    assertThat(Compile.expecting(STORAGE_CLASS_WITHOUT_SIZE).withImage(source))
        .hadErrorContaining("@Volume(name = \"data\") sets storageClass, which only applies to a claim created with"
            + " size = \"…\"")
        .inFile(source).onLineContaining("@Volume(");
  }

  @Test
  void aNodeSelectorIsALabel() {
    JavaFileObject source = script("@Pod(nodeSelector = \"disk type=ssd\")");
    assertThat(Compile.expecting(INVALID_NODE_SELECTOR).withImage(source))
        .hadErrorContaining("node selector 'disk type=ssd' is not a valid label: ")
        .inFile(source).onLineContaining("@Pod(");
  }

  @Test
  void aMutexHasAValidName() {
    JavaFileObject source = script("@Synchronized(mutex = \"etl lock\")");
    assertThat(Compile.expecting(INVALID_MUTEX).withImage(source))
        .hadErrorContaining("mutex 'etl lock' is not a valid name; use letters, digits, '-', '_' and '.'")
        .inFile(source).onLineContaining("@Synchronized(");
  }

  @Test
  void aMutexNameMayHoldTagsThatResolve() {
    // One lock per run, as upstream's client-{{workflow.uid}}: the name is checked once the tag is a value.
    assertThat(Compile.withImage(script("@Synchronized(mutex = \"client-{{workflow.uid}}\")"))).succeededWithoutWarnings();
    JavaFileObject source = script("@Synchronized(mutex = \"client-{{workflow.uuid}}\")");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{workflow.uuid}}")
        .inFile(source).onLineContaining("@Synchronized(");
    JavaFileObject spaced = script("@Synchronized(mutex = \"client {{workflow.uid}}\")");
    assertThat(Compile.expecting(INVALID_MUTEX).withImage(spaced))
        .hadErrorContaining("mutex 'client {{workflow.uid}}' is not a valid name")
        .inFile(spaced).onLineContaining("@Synchronized(");
  }

  @Test
  void synchronizedNamesALock() {
    JavaFileObject source = script("@Synchronized");
    assertThat(Compile.expecting(EMPTY_SYNC).withImage(source))
        .hadErrorContaining("@Synchronized needs a mutex or a semaphore")
        .inFile(source).onLineContaining("@Synchronized");
  }
}
