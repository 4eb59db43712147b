package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.ANNOTATIONS_TOO_LARGE;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_ANNOTATION;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_LABEL;
import static dev.jera.processor.diagnostic.MessageId.FIXED_NAME_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ANNOTATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_LABELS_FROM;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.diagnostic.MessageId.WORKFLOW_NAME_TOO_LONG;
import static dev.jera.processor.testing.Sources.java;

import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in a workflow's annotations, labelsFrom and fixed name, and the tags they make resolvable. */
class WorkflowMetadataRulesTest {

  private static JavaFileObject workflow(String attributes, String step) {
    return java("Report", "@Workflow(" + attributes + ")\n@Param(value = \"env\", defaultValue = \"dev\")\npublic class Report {\n"
        + "  @Script\n  public static String one(" + step + ") { return \"1\"; }\n}\n");
  }

  @Test
  void annotationKeysAreLabelKeys() {
    JavaFileObject source = workflow("annotations = \"work flows/title=Report\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_ANNOTATION).withImage(source))
        .hadErrorContaining("the workflow's annotation 'work flows/title=Report' is not valid")
        .inFile(source).onLineContaining("work flows/title");
  }

  @Test
  void annotationsAreKeyValuePairs() {
    JavaFileObject source = workflow("annotations = \"description\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_ANNOTATION).withImage(source))
        .hadErrorContaining("annotation 'description' is not valid: write key=value")
        .inFile(source).onLineContaining("annotations = \"description\"");
  }

  @Test
  void anAnnotationKeyIsGivenOnce() {
    JavaFileObject source = workflow("annotations = {\"team=data\", \"team=ops\"}", "@Param(\"env\") String env");
    assertThat(Compile.expecting(DUPLICATE_ANNOTATION).withImage(source))
        .hadErrorContaining("annotation key 'team' is given twice; keep one")
        .inFile(source).onLineContaining("team=ops");
  }

  @Test
  void annotationsFitKubernetesLimit() {
    // A constant string holds at most 65535 bytes, so five annotations of 60000 characters go over 256 KiB.
    JavaFileObject source = java("Report", "@Workflow(annotations = {\"a=\" + Report.TEXT, \"b=\" + Report.TEXT,"
        + " \"c=\" + Report.TEXT, \"d=\" + Report.TEXT, \"e=\" + Report.TEXT})\npublic class Report {\n"
        + "  static final String TEXT = \"" + "x".repeat(60_000) + "\";\n"
        + "  @Script public static String one() { return \"1\"; }\n}\n");
    assertThat(Compile.expecting(ANNOTATIONS_TOO_LARGE).withImage(source))
        .hadErrorContaining("the workflow's annotations take 300005 bytes, but Kubernetes accepts at most 262144")
        .inFile(source).onLineContaining("@Workflow(annotations");
  }

  @Test
  void labelsFromNamesDeclaredParameters() {
    JavaFileObject source = workflow("labelsFrom = \"env=workflow.parameters.evn\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_LABELS_FROM).withImage(source))
        .hadErrorContaining("labelsFrom 'env': no workflow parameter named 'evn' in Report; did you mean 'env'?")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void aParameterOnlyALabelReadsIsUsed() {
    JavaFileObject source = java("Report", """
        @Workflow(labelsFrom = "env=workflow.parameters['env']")
        @Param(value = "env", defaultValue = "dev")
        public class Report {
          @Script public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void labelsFromIsKeyEqualsExpression() {
    JavaFileObject source = workflow("labelsFrom = \"workflow.parameters.env\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_LABELS_FROM).withImage(source))
        .hadErrorContaining("labelsFrom 'workflow.parameters.env' is not of the form key=expression")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void labelsFromIsAnExpressionNotATemplateString() {
    JavaFileObject source = workflow("labelsFrom = \"env={{workflow.parameters.env}}\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_LABELS_FROM).withImage(source))
        .hadErrorContaining("labelsFrom 'env' is an expression, not a template string")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void labelsFromReadsOnlyWhatExistsWhenTheWorkflowStarts() {
    JavaFileObject source = workflow("labelsFrom = \"result=tasks.one.outputs.result\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_LABELS_FROM).withImage(source))
        .hadErrorContaining("labelsFrom 'result' reads tasks.one.outputs.result, which the workflow does not define when it"
            + " starts: labelsFrom is evaluated before any step runs")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void labelsFromReadsKnownWorkflowVariables() {
    JavaFileObject source = workflow("labelsFrom = \"owner=workflow.nmae\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_LABELS_FROM).withImage(source))
        .hadErrorContaining("labelsFrom 'owner' reads workflow.nmae")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void labelsFromKeysAreLabelKeys() {
    JavaFileObject source = workflow("labelsFrom = \"-env=workflow.parameters.env\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(INVALID_LABELS_FROM).withImage(source))
        .hadErrorContaining("labelsFrom key '-env' is not a valid Kubernetes label key")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void aLabelIsSetOnce() {
    JavaFileObject source = workflow("labels = \"env=dev\", labelsFrom = \"env=workflow.parameters.env\"", "@Param(\"env\") String env");
    assertThat(Compile.expecting(DUPLICATE_LABEL).withImage(source))
        .hadErrorContaining("label key 'env' is set by both labels and labelsFrom")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void aFixedNameIsForWorkflowsOnly() {
    JavaFileObject source = workflow("kind = Kind.WORKFLOW_TEMPLATE, generateName = false", "@Param(\"env\") String env");
    assertThat(Compile.expecting(FIXED_NAME_OUTSIDE_WORKFLOW).withImage(source))
        .hadErrorContaining("@Workflow(generateName = false) only applies to kind = WORKFLOW (a WORKFLOW_TEMPLATE always has"
            + " exactly its name); remove it")
        .inFile(source).onLineContaining("generateName = false");
  }

  @Test
  void aFixedNameMayHave63Characters() {
    JavaFileObject fits = workflow("name = \"" + "a".repeat(63) + "\", generateName = false", "@Param(\"env\") String env");
    assertThat(Compile.withImage(fits)).succeededWithoutWarnings();
    JavaFileObject tooLong = workflow("name = \"" + "a".repeat(64) + "\", generateName = false", "@Param(\"env\") String env");
    assertThat(Compile.expecting(WORKFLOW_NAME_TOO_LONG).withImage(tooLong))
        .hadErrorContaining("has 64 characters, but a Workflow with generateName = false keeps exactly its name, and its"
            + " pods' labels allow at most 63")
        .inFile(tooLong).onLineContaining("generateName = false");
  }

  @Test
  void annotationsAndPriorityAndLabelsFromMakeTagsResolvable() {
    JavaFileObject source = workflow(
        "annotations = {\"workflows.argoproj.io/description=A report\", \"workflows.argoproj.io/scheduled-time=2026-04-29T00:00:00Z\"},"
            + " labelsFrom = \"environment=workflow.parameters.env\", priority = 5",
        "@Param(\"env\") String env, @Value(\"{{workflow.annotations.workflows.argoproj.io/description}}"
            + " {{workflow.scheduledTime}} {{workflow.priority}} {{workflow.labels.environment}}\") String shown");
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void anUnknownAnnotationIsNamedWithTheClosestKey() {
    JavaFileObject source = workflow("annotations = \"workflows.argoproj.io/title=Report\"",
        "@Param(\"env\") String env, @Value(\"{{workflow.annotations.workflows.argoproj.io/titel}}\") String title");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("the workflow has no annotation 'workflows.argoproj.io/titel'; did you mean 'workflows.argoproj.io/title'?")
        .inFile(source).onLineContaining("titel");
  }

  @Test
  void scheduledTimeNeedsTheAnnotationOutsideACron() {
    JavaFileObject source = workflow("annotations = \"team=data\"",
        "@Param(\"env\") String env, @Value(\"{{workflow.scheduledTime}}\") String at");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("or when the workflow has the annotation workflows.argoproj.io/scheduled-time")
        .inFile(source).onLineContaining("scheduledTime");
  }
}
