package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.cli.cluster.testing.FakeArgoServer.Fault;
import dev.jera.cli.cluster.testing.FakeArgoServer;
import dev.jera.cli.cluster.testing.Jera;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitTest extends ClusterTestBase {
  @TempDir Path folder;

  @Test
  void submitsAndWatchesACompiledWorkflowToItsEnd() {
    applied();

    Jera.Result result = jera.run("submit", "pipeline", "-p", "count=4", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    List<String> out = result.out().lines().collect(Collectors.toList());
    assertThat(out.get(0)).matches("submitted pipeline-[bcdfghjklmnpqrstvwxz2456789]{5} in namespace 'argo'");
    String name = out.get(0).split(" ")[1];
    assertThat(out.get(1)).isEqualTo("STEP           PHASE      ATTEMPTS  DURATION  RESULT");
    assertThat(out.subList(2, out.size()).stream().map(line -> line.split("\\s+")[0].isEmpty()
        ? line.strip().split("\\s+")[0] : line.split("\\s+")[0]).collect(Collectors.toList()))
        .containsExactly("numbers", "square", "square(0:1)", "square(1:2)", "total", "greet", "loud", "report", name)
        .inOrder();
    assertThat(result.out()).contains("square         Succeeded  -         ");
    assertThat(result.out()).contains("[\"ok-square(0:1)\",\"ok-square(1:2)\"]");
    assertThat(out.get(out.size() - 1)).startsWith(name + " Succeeded in ");
    assertThat(result.err()).contains("jera: square(1:2) started");
    assertThat(result.err()).contains("jera: square Succeeded in");

    JsonNode workflow = server.resource("Workflow", "argo", name);
    assertThat(workflow.path("metadata").path("labels").path("jera.dev/workflow").asText()).isEqualTo("pipeline");
    assertThat(workflow.path("metadata").path("labels").path("jera.dev/submission").asText()).matches("[a-z0-9]{20}");
    assertThat(workflow.path("metadata").has("generateName")).isFalse();
    assertThat(workflow.path("spec").path("arguments").path("parameters").get(0).path("value").asText()).isEqualTo("4");
    assertThat(workflow.path("spec").path("arguments").path("parameters").get(1).path("value").asText()).isEqualTo("fast");
  }

  @Test
  void aFailedWorkflowExitsOne() {
    applied();
    server.script("total").failure = "Error (exit code 1): the sum overflowed";

    Jera.Result result = jera.run("submit", "pipeline", "--watch");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).contains("total          Failed     1");
    assertThat(result.out()).contains("Error (exit code 1): the sum overflowed");
    assertThat(result.out()).containsMatch("pipeline-\\w{5} Failed in .*: child 'total' failed");
    assertThat(result.err()).contains("jera: total Failed in 1.00s: Error (exit code 1): the sum overflowed");
  }

  @Test
  void retriesShowAsAttempts() {
    applied();
    server.script("square(1:2)").attempts = 3;

    Jera.Result result = jera.run("submit", "pipeline", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("  square(1:2)  Succeeded  3 ");
    assertThat(result.err()).contains("jera: square(1:2) attempt 1 failed, will retry: Error (exit code 1)");
    assertThat(result.err()).contains("jera: square(1:2) started (attempt 3)");
  }

  @Test
  void parametersAreCheckedAsJeraRunChecksThemBeforeAnyRequest() {
    assertThat(jera.run("submit", "pipeline", "-p", "mode=medium").err().strip())
        .isEqualTo("jera: parameter 'mode' (-p mode=medium) is 'medium' but must be one of fast, slow");
    Jera.Result notAnInt = jera.run("submit", "pipeline", "-p", "count=many");
    assertThat(notAnInt.code()).isEqualTo(2);
    assertThat(notAnInt.err()).startsWith("jera: parameter 'count' (-p count=many) is not a valid int");
    Jera.Result unknown = jera.run("submit", "pipeline", "-p", "cont=3");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("workflow 'pipeline' has no parameter 'cont' (-p cont=3); did you mean 'count'?");
    Jera.Result missing = jera.run("submit", "chores");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("workflow 'chores' needs parameter 'rooms'; give it with -p rooms=VALUE");
    Jera.Result date = jera.run("submit", "pipeline", "-p", "day=yesterday");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("parameter 'day' (-p day=yesterday) is not a valid LocalDate");
    Jera.Result workflow = jera.run("submit", "pipline");
    assertThat(workflow.code()).isEqualTo(2);
    assertThat(workflow.err()).contains("unknown workflow 'pipline'; did you mean 'pipeline'?");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void aParameterFileIsReadAsJeraRunReadsItAndDashPWins() throws IOException {
    applied();
    Path file = Files.writeString(folder.resolve("params.yaml"), "count: 010\nmode: slow\n");

    Jera.Result result = jera.run("submit", "pipeline", "-f", file.toString(), "-p", "mode=fast");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    JsonNode parameters = created().path("spec").path("arguments").path("parameters");
    assertThat(parameters.get(0).path("value").asText()).isEqualTo("010");
    assertThat(parameters.get(1).path("value").asText()).isEqualTo("fast");
  }

  @Test
  void aTemplateTheWorkflowNeedsMustBeOnTheClusterFirst() {
    Jera.Result result = jera.run("submit", "pipeline");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("jera: WorkflowTemplate 'greeting' is not on the cluster in namespace"
        + " 'argo' (task 'greet' of Workflow 'pipeline' needs it); apply it first (jera apply), or check ARGO_NAMESPACE");
    assertThat(server.received().stream().noneMatch(r -> r.method().equals("POST"))).isTrue();
  }

  @Test
  void aTemplateIsSubmittedThroughTheSubmitEndpoint() {
    applied();

    Jera.Result result = jera.run("submit", "greeting", "-p", "message=hi there", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).containsMatch("submitted greeting-\\w{5} in namespace 'argo' \\(from WorkflowTemplate 'greeting'\\)");
    assertThat(result.out()).contains("print-message  Succeeded");
    FakeArgoServer.Received submit = server.received().stream()
        .filter(r -> r.target().equals("/api/v1/workflows/argo/submit")).findFirst().orElseThrow();
    assertThat(submit.body().path("resourceKind").asText()).isEqualTo("WorkflowTemplate");
    assertThat(submit.body().path("submitOptions").path("parameters").get(0).asText()).isEqualTo("message=hi there");
    JsonNode workflow = created();
    assertThat(workflow.path("spec").path("workflowTemplateRef").path("name").asText()).isEqualTo("greeting");
    assertThat(workflow.path("metadata").path("labels").path("jera.dev/workflow").asText()).isEqualTo("greeting");
  }

  @Test
  void aCronWorkflowIsSubmittedOnceNow() {
    applied();

    Jera.Result result = jera.run("submit", "nightly", "-p", "who=day shift");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("(from CronWorkflow 'nightly')");
    assertThat(created().path("spec").path("arguments").path("parameters").get(0).path("value").asText())
        .isEqualTo("day shift");
  }

  @Test
  void aWorkflowThatRunsATemplateNeedsIt() {
    Jera.Result missing = jera.run("submit", "runs-greeting");
    assertThat(missing.err()).contains("WorkflowTemplate 'greeting' is not on the cluster in namespace 'argo'"
        + " (spec.workflowTemplateRef of Workflow 'runs-greeting' needs it)");
    applied();

    Jera.Result result = jera.run("submit", "runs-greeting", "-p", "message=from a ref", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("print-message  Succeeded");
    assertThat(created().path("spec").path("arguments").path("parameters").get(0).path("value").asText())
        .isEqualTo("from a ref");
  }

  @Test
  void aTemplateThatDiffersFromThisBuildIsNoted() {
    applied();
    ObjectNode live = server.resource("WorkflowTemplate", "argo", "greeting");
    ((ObjectNode) live.path("spec").path("templates").get(1).path("script")).put("image", "old/build:0.9");
    server.deleteTemplate("WorkflowTemplate", "argo", "greeting");
    server.put("WorkflowTemplate", "argo", live);

    Jera.Result result = jera.run("submit", "greeting");

    assertThat(result.code()).isEqualTo(0);
    assertThat(result.err()).contains("jera: the cluster's WorkflowTemplate 'greeting' differs from this build (at"
        + " spec.templates[1].script.image); jera apply deploys this build");
  }

  @Test
  void aCreateWhoseAnswerIsLostMakesOneWorkflow() {
    applied();
    server.fault("POST", "/api/v1/workflows/argo$", 1, Fault.dropAfter());

    Jera.Result result = jera.run("submit", "pipeline");

    // Either the JDK's client sends it again by itself (a dropped pooled connection looks unused to it)
    // and the second create meets the first's Workflow (409, with this submission's label), or the
    // client reads the name and finds it: one Workflow either way.
    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(server.resources("Workflow", "argo")).hasSize(1);
    assertThat(result.out()).contains("submitted " + created().path("metadata").path("name").asText());
  }

  @Test
  void aCreateWhoseAnswerBreaksOffIsFoundByItsNameAndLabel() {
    applied();
    server.fault("POST", "/api/v1/workflows/argo$", 1, Fault.cutAnswer());

    Jera.Result result = jera.run("submit", "pipeline", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.err()).containsMatch("was lost while trying to submit workflow 'pipeline' as 'pipeline-\\w{5}' .*;"
        + " it was done all the same: workflow 'pipeline-\\w{5}' is there with this submission's label");
    assertThat(server.resources("Workflow", "argo")).hasSize(1);
    assertThat(server.received().stream().filter(r -> r.method().equals("POST") && r.target().equals("/api/v1/workflows/argo"))
        .count()).isEqualTo(1);
    assertThat(result.out()).containsMatch("pipeline-\\w{5} Succeeded in");
  }

  @Test
  void aSubmitWhoseAnswerIsLostMakesOneWorkflow() {
    applied();
    server.fault("POST", "/submit$", 1, Fault.dropAfter());

    Jera.Result result = jera.run("submit", "greeting");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(server.resources("Workflow", "argo")).hasSize(1);
  }

  @Test
  void aServerErrorOnCreateIsCheckedThenRetried() {
    applied();
    server.fault("POST", "/api/v1/workflows/argo$", 2, Fault.status(503, "the server is shutting down"));

    Jera.Result result = jera.run("submit", "pipeline");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(server.resources("Workflow", "argo")).hasSize(1);
    long reads = server.received().stream().filter(r -> r.method().equals("GET") && r.target().startsWith("/api/v1/workflows/argo/pipeline-")).count();
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aNameTakenBySomeoneElseIsNotTakenOver() {
    applied();
    // The same seed draws the same name: someone else's workflow already has it.
    jera.run("submit", "pipeline");
    ObjectNode theirs = server.resources("Workflow", "argo").get(0);
    theirs.withObjectProperty("metadata").withObjectProperty("labels").put("jera.dev/submission", "someone-else");
    server.deleteWorkflow("argo", theirs.path("metadata").path("name").asText());
    server.put("Workflow", "argo", theirs);

    Jera.Result result = jera.run("submit", "pipeline");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("a workflow named '" + theirs.path("metadata").path("name").asText()
        + "' already exists in namespace 'argo' and is not this submission; submit again (a new name is drawn each time)");
    assertThat(server.resources("Workflow", "argo")).hasSize(1);
  }

  @Test
  void dryRunPrintsWhatASubmitSendsAfterCheckingParameters() {
    Jera.Result bad = jera.run("submit", "pipeline", "-p", "mode=medium", "--dry-run");
    assertThat(bad.code()).isEqualTo(2);

    Jera.Result dry = jera.run("submit", "pipeline", "-p", "count=5", "--dry-run");
    assertWithMessage(dry.toString()).that(dry.code()).isEqualTo(0);
    assertThat(server.received()).isEmpty();
    applied();
    int before = server.received().size();
    jera.run("submit", "pipeline", "-p", "count=5");

    List<String> sent = server.received().subList(before, server.received().size()).stream()
        .map(FakeArgoServer.Received::line).collect(Collectors.toList());
    assertThat(dry.out().lines().collect(Collectors.toList())).isEqualTo(sent);
  }

  private JsonNode created() {
    List<ObjectNode> workflows = server.resources("Workflow", "argo");
    assertThat(workflows).hasSize(1);
    return workflows.get(0);
  }
}
