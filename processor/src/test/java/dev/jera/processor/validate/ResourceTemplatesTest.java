package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.INVALID_RESOURCE_MANIFEST;
import static dev.jera.processor.diagnostic.MessageId.MERGE_STRATEGY_WITHOUT_PATCH;
import static dev.jera.processor.diagnostic.MessageId.MISSING_RESOURCE_MANIFEST;
import static dev.jera.processor.diagnostic.MessageId.OBJECT_OUTPUT_OFF_RESOURCE;
import static dev.jera.processor.diagnostic.MessageId.RESOURCE_OUTPUT_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.RESOURCE_RESULT;
import static dev.jera.processor.diagnostic.MessageId.RESOURCE_WITH_COMMAND;
import static dev.jera.processor.diagnostic.MessageId.UNCALLED_TEMPLATE;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Resource} templates: the manifest Argo hands kubectl, and the outputs read from the object. */
class ResourceTemplatesTest {

  @Test
  void aResourceTemplateIsWrittenAsResourceWithItsOutputsReadFromTheObject() {
    JavaFileObject source = java("Jobs", """
        @Workflow(name = "jobs", entrypoint = "main", style = Style.STEPS)
        public class Jobs {
          public record Job(@Output(value = "job-name", jsonPath = "{.metadata.name}") String name,
                            @Output(value = "job-obj", jqFilter = ".", defaultValue = "{}") String object) {}

          @Template(name = "create-job")
          @Resource(action = Resource.Action.CREATE, setOwnerReference = true,
              successCondition = "status.succeeded > 0", failureCondition = "status.failed > {{inputs.parameters.retries}}",
              manifest = \"""
                  apiVersion: batch/v1
                  kind: Job
                  metadata:
                    generateName: {{inputs.parameters.prefix}}-
                  \""")
          public static Job createJob(String prefix, int retries) { return null; }

          @Template(name = "label-pod")
          @Resource(action = Resource.Action.PATCH, mergeStrategy = Resource.MergeStrategy.JSON,
              flags = {"pod", "{{pod.name}}"},
              manifest = \"""
                  - op: add
                    path: /metadata/labels/job
                    value: "{{inputs.parameters.job}}"
                  \""")
          public static void labelPod(String job) {}

          @Template(name = "delete")
          @Resource(action = Resource.Action.DELETE, flags = {"job", "{{inputs.parameters.job}}"})
          public static void delete(String job) {}

          @Script(name = "create") @Call(template = "create-job")
          static void create(@Value("pi") String prefix, @Value("3") int retries) {}

          @Script(name = "label", after = "create") @Call(template = "label-pod")
          static void label(@From(value = "create", output = "job-name") String job) {}

          @Script(name = "cleanup", after = "label") @Call(template = "delete")
          static void cleanup(@From(value = "create", output = "job-name") String job) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "jobs");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: create-job
            inputs:
              parameters:
              - name: prefix
              - name: retries
            outputs:
              parameters:
              - name: job-name
                valueFrom:
                  jsonPath: "{.metadata.name}"
              - name: job-obj
                valueFrom:
                  jqFilter: "."
                  default: "{}"
            resource:
              action: create
              manifest: |
                apiVersion: batch/v1
                kind: Job
                metadata:
                  generateName: {{inputs.parameters.prefix}}-
              setOwnerReference: true
              successCondition: status.succeeded > 0
              failureCondition: "status.failed > {{inputs.parameters.retries}}"
        """);
    assertThat(manifest).contains("""
            resource:
              action: patch
              mergeStrategy: json
        """);
    assertThat(manifest).contains("""
            resource:
              action: delete
              flags:
              - job
              - "{{inputs.parameters.job}}"
        """);
    assertThat(manifest).doesNotContain("image:");
  }

  @Test
  void aManifestThatIsNotYamlOrNotAnObjectIsRefusedAtTheManifest() {
    JavaFileObject source = java("Bad", """
        @Workflow(name = "bad", entrypoint = "broken")
        public class Bad {
          @Template @Resource(action = Resource.Action.CREATE, manifest = "kind: [Job\\n")
          public static void broken() {}
          @Template @Resource(action = Resource.Action.APPLY, manifest = "- a\\n- b\\n")
          public static void listed() {}
          @Template @Resource(action = Resource.Action.CREATE, manifest = "kind: Job\\nmetadata:\\n  name: x\\n")
          public static void noVersion() {}
          @Template @Resource(action = Resource.Action.REPLACE, manifest = "apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  generateName: x-\\n")
          public static void generated() {}
          @Template @Resource(action = Resource.Action.PATCH, mergeStrategy = Resource.MergeStrategy.JSON, flags = {"pod", "p"}, manifest = "op: add\\n")
          public static void notAPatch() {}
        }
        """);
    Compilation compilation = Compile.expecting(INVALID_RESOURCE_MANIFEST, INVALID_RESOURCE_MANIFEST, INVALID_RESOURCE_MANIFEST,
        INVALID_RESOURCE_MANIFEST, INVALID_RESOURCE_MANIFEST, UNCALLED_TEMPLATE, UNCALLED_TEMPLATE, UNCALLED_TEMPLATE, UNCALLED_TEMPLATE).withImage(source);
    assertThat(compilation).hadErrorContaining("the manifest of @Resource on broken() is not valid YAML (")
        .inFile(source).onLineContaining("kind: [Job");
    assertThat(compilation).hadErrorContaining("the manifest of @Resource on listed() is a list, not a Kubernetes object;"
        + " write a mapping with apiVersion, kind and metadata").inFile(source).onLineContaining("- a");
    assertThat(compilation).hadErrorContaining("the manifest of @Resource on noVersion() has no apiVersion; add it, e.g."
        + " apiVersion: v1").inFile(source).onLineContaining("kind: Job");
    assertThat(compilation).hadErrorContaining("the manifest of @Resource on generated() names no object, which REPLACE"
        + " needs; add metadata.name (only CREATE takes metadata.generateName)").inFile(source).onLineContaining("generateName: x-");
    assertThat(compilation).hadErrorContaining("the manifest of @Resource on notAPatch() is a JSON patch (mergeStrategy ="
        + " JSON), but it is a mapping, not a list of operations").inFile(source).onLineContaining("op: add");
  }

  @Test
  void anActionWithoutTheManifestItNeedsIsRefused() {
    JavaFileObject source = java("Missing", """
        @Workflow(name = "missing", entrypoint = "create")
        public class Missing {
          @Template @Resource(action = Resource.Action.CREATE) public static void create() {}
          @Template @Resource(action = Resource.Action.DELETE) public static void delete() {}
          @Template @Resource(action = Resource.Action.GET, flags = {"configmap", "settings"}) public static void get() {}
        }
        """);
    Compilation compilation = Compile.expecting(MISSING_RESOURCE_MANIFEST, MISSING_RESOURCE_MANIFEST, UNCALLED_TEMPLATE, UNCALLED_TEMPLATE).withImage(source);
    assertThat(compilation).hadErrorContaining("@Resource(action = CREATE) on create() gives no manifest, so Argo has no"
        + " object to create; add manifest = \"\"\"…\"\"\" with the object").inFile(source).onLineContaining("void create()");
    assertThat(compilation).hadErrorContaining("@Resource(action = DELETE) on delete() gives no manifest, so Argo has no"
        + " object to delete; add manifest = \"\"\"…\"\"\" with the object, or name it in flags").inFile(source)
        .onLineContaining("void delete()");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void mergeStrategyBelongsToAPatch() {
    JavaFileObject source = java("Merge", """
        @Workflow(name = "merge", entrypoint = "apply")
        public class Merge {
          @Template
          @Resource(action = Resource.Action.APPLY,
              mergeStrategy = Resource.MergeStrategy.MERGE,
              manifest = "apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: x\\n")
          public static void apply() {}
        }
        """);
    assertThat(Compile.expecting(MERGE_STRATEGY_WITHOUT_PATCH).withImage(source))
        .hadErrorContaining("mergeStrategy of @Resource on apply() only applies to action = PATCH, but the action is APPLY;"
            + " drop mergeStrategy, or make the action PATCH").inFile(source).onLineContaining("mergeStrategy = ");
  }

  @Test
  void aResourceTemplateRunsNoCommand() {
    JavaFileObject source = java("Both", """
        @Workflow(name = "both", entrypoint = "both")
        public class Both {
          @Template
          @Resource(action = Resource.Action.DELETE, flags = {"configmap", "x"})
          @Container(image = "alpine:3.20", command = {"true"})
          public static void both() {}
        }
        """);
    assertThat(Compile.expecting(RESOURCE_WITH_COMMAND).withImage(source))
        .hadErrorContaining("both() is both a @Resource template and a @Container; a template either acts on a Kubernetes"
            + " object or runs a command, so drop one of them").inFile(source).onLineContaining("@Resource(");
  }

  @Test
  void aResourceTemplateNeedsNoImageAndTakesNone() {
    JavaFileObject plain = java("Plain", """
        @Workflow(name = "plain", entrypoint = "delete")
        public class Plain {
          @Template @Resource(action = Resource.Action.DELETE, flags = {"configmap", "x"}) public static void delete() {}
        }
        """);
    JavaFileObject imaged = java("Imaged", """
        @Workflow(name = "imaged", entrypoint = "delete")
        public class Imaged {
          @Template(image = "bitnami/kubectl:1.31")
          @Resource(action = Resource.Action.DELETE, flags = {"configmap", "x"})
          public static void delete() {}
        }
        """);
    assertThat(Compile.with(java.util.List.of(), plain)).succeededWithoutWarnings();
    assertThat(Compile.expecting(RESOURCE_WITH_COMMAND).withImage(imaged))
        .hadErrorContaining("delete() is a @Resource template, which runs Argo's executor (kubectl), not image"
            + " \"bitnami/kubectl:1.31\"; drop image").inFile(imaged).onLineContaining("bitnami/kubectl");
  }

  @Test
  void outputsOfAResourceTemplateSayHowToReadTheObjectAndOnlyThere() {
    JavaFileObject source = java("Outs", """
        @Workflow(name = "outs", entrypoint = "get")
        public class Outs {
          public record Got(@Output("plain") String plain,
                            @Output(value = "both", jsonPath = "{.metadata.name}", jqFilter = ".") String both) {}

          @Template
          @Resource(action = Resource.Action.GET, flags = {"configmap", "x"})
          public static Got get() { return null; }

          @Template @Output(value = "said", jsonPath = "{.status}")
          public static String say() { return "hi"; }
        }
        """);
    Compilation compilation = Compile.expecting(RESOURCE_OUTPUT_SOURCE, RESOURCE_OUTPUT_SOURCE, OBJECT_OUTPUT_OFF_RESOURCE, UNCALLED_TEMPLATE).withImage(source);
    assertThat(compilation).hadErrorContaining("output 'plain' of get() is read from the object of its @Resource, but says"
        + " not how; add jsonPath = \"{.metadata.name}\" or jqFilter = \".\" to its @Output").inFile(source)
        .onLineContaining("Got get()");
    assertThat(compilation).hadErrorContaining("output 'both' of get() gives both jsonPath and jqFilter; Argo reads one,"
        + " so keep one").inFile(source).onLineContaining("Got get()");
    assertThat(compilation).hadErrorContaining("jsonPath of output 'said' of say() reads a Kubernetes object, which only a"
        + " @Resource template has; drop jsonPath").inFile(source).onLineContaining("jsonPath = \"{.status}\"");
  }

  @Test
  void aResourceTemplateHasNoResultToRead() {
    JavaFileObject source = java("Reads", """
        @Workflow(name = "reads", style = Style.STEPS)
        public class Reads {
          public record Job(@Output(value = "job-name", jsonPath = "{.metadata.name}") String name) {}

          @Script(name = "create-job")
          @Resource(action = Resource.Action.CREATE, manifest = "apiVersion: batch/v1\\nkind: Job\\nmetadata:\\n  name: pi\\n")
          public static Job createJob() { return null; }

          @Script(after = "create-job")
          public static void show(@From("create-job") Job job) {}
        }
        """);
    assertThat(Compile.expecting(RESOURCE_RESULT).withImage(source))
        .hadErrorContaining("show() reads the result of create-job, a @Resource template, which has no result; read one"
            + " of its outputs with @From(value = \"create-job\", output = …) ('job-name')")
        .inFile(source).onLineContaining("@From(\"create-job\")");
  }

  @Test
  void aTagReadingTheResultOfAResourceStepSaysToReadAnOutput() {
    JavaFileObject source = java("Tagged", """
        @Workflow(name = "tagged", style = Style.STEPS)
        public class Tagged {
          public record Job(@Output(value = "job-name", jsonPath = "{.metadata.name}") String name) {}

          @Script(name = "create-job")
          @Resource(action = Resource.Action.CREATE, manifest = "apiVersion: batch/v1\\nkind: Job\\nmetadata:\\n  name: pi\\n")
          public static Job createJob() { return null; }

          @Script(after = "create-job")
          public static void show(@Value("{{steps.create-job.outputs.result}}") String job) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("create-job runs the @Resource template create-job, which has no result; read an output of"
            + " its object, e.g. {{steps.create-job.outputs.parameters.job-name}}")
        .inFile(source).onLineContaining("outputs.result");
  }

  @Test
  void tagsInTheManifestResolveAsInAnyTemplate() {
    JavaFileObject source = java("Tags", """
        @Workflow(name = "tags", entrypoint = "create")
        @Param(value = "name", defaultValue = "settings")
        public class Tags {
          @Template
          @Resource(action = Resource.Action.CREATE,
              manifest = "apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: {{inputs.parameters.nam}}\\n")
          public static void create(String name) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("inputs.parameters.nam").inFile(source).onLineContaining("inputs.parameters.nam");
  }
}
