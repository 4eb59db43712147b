package dev.jera.cli.cluster.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake server's contract check is not vacuous: it finds what is wrong, deep in a body. */
class SwaggerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Swagger swagger() {
    assumeTrue(Swagger.available(), "Argo's swagger (../shared/argo/v4.1.2) is not beside the project: skipping");
    return Swagger.load().orElseThrow();
  }

  @Test
  void aValidBodyPasses() throws IOException {
    assertThat(swagger().errors("io.argoproj.workflow.v1alpha1.WorkflowTemplateCreateRequest", JSON.readTree(
        "{\"namespace\":\"argo\",\"template\":{\"metadata\":{\"name\":\"x\"},\"spec\":{\"templates\":[{\"name\":\"a\","
            + "\"retryStrategy\":{\"limit\":\"2\"},\"script\":{\"image\":\"i\",\"source\":\"s\"}}]}}}"))).isEmpty();
  }

  @Test
  void anUnknownFieldDeepInsideIsFoundByTheStrictCopy() throws IOException {
    assertThat(swagger().errors("io.argoproj.workflow.v1alpha1.WorkflowTemplateCreateRequest", JSON.readTree(
        "{\"namespace\":\"argo\",\"template\":{\"metadata\":{\"name\":\"x\"},\"spec\":{\"templates\":[{\"name\":\"a\","
            + "\"script\":{\"image\":\"i\",\"source\":\"s\",\"imagePullPolice\":\"Always\"}}]}}}")).toString())
        .contains("imagePullPolice");
  }

  @Test
  void aWrongTypeIsFoundByBoth() throws IOException {
    assertThat(swagger().errors("io.argoproj.workflow.v1alpha1.WorkflowSubmitRequest", JSON.readTree(
        "{\"namespace\":\"argo\",\"resourceKind\":\"WorkflowTemplate\",\"resourceName\":\"x\","
            + "\"submitOptions\":{\"parameters\":\"a=b\"}}"))).hasSize(2);
  }

  @Test
  void aFieldOfAnotherRequestIsRefused() throws IOException {
    // ClusterWorkflowTemplateCreateRequest has no namespace.
    assertThat(swagger().errors("io.argoproj.workflow.v1alpha1.ClusterWorkflowTemplateCreateRequest", JSON.readTree(
        "{\"namespace\":\"argo\",\"template\":{\"metadata\":{\"name\":\"x\"},\"spec\":{}}}")).toString())
        .contains("namespace");
  }

  @Test
  void queryParametersAreThoseTheOperationDeclares() {
    Swagger swagger = swagger();
    assertThat(swagger.requestErrors("GET", "/api/v1/workflow-events/{namespace}",
        Set.of("listOptions.fieldSelector", "listOptions.resourceVersion"))).isEmpty();
    assertThat(swagger.requestErrors("GET", "/api/v1/workflow-events/{namespace}", Set.of("resourceVersion")))
        .hasSize(1);
    assertThat(swagger.requestErrors("PATCH", "/api/v1/workflows/{namespace}", Set.of())).hasSize(1);
  }

  @Test
  void bodiesAndAnswersAreTheSwaggersOwn() {
    Swagger swagger = swagger();
    assertThat(swagger.bodyDefinition("PUT", "/api/v1/cron-workflows/{namespace}/{name}"))
        .isEqualTo("io.argoproj.workflow.v1alpha1.UpdateCronWorkflowRequest");
    assertThat(swagger.answerDefinition("GET", "/api/v1/workflow-events/{namespace}"))
        .isEqualTo("io.argoproj.workflow.v1alpha1.WorkflowWatchEvent");
    assertThat(swagger.answerDefinition("GET", "/api/v1/workflows/{namespace}"))
        .isEqualTo("io.argoproj.workflow.v1alpha1.WorkflowList");
  }
}
