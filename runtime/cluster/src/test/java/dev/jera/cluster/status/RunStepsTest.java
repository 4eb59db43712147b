package dev.jera.cluster.status;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.local.Phase;
import dev.jera.local.RunReport;
import dev.jera.local.StepReport;
import dev.jera.local.console.SummaryTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Argo's node statuses, shaped as its controller writes them, read as the steps of a local run. */
class RunStepsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A failed DAG run: a retried step, a fan-out, a skipped, a failed and an omitted step, an exit handler. */
  static final String DAG = """
      {"metadata": {"name": "diamond-x7k2p", "resourceVersion": "9", "uid": "u-1",
                    "labels": {"jera.dev/workflow": "diamond"}},
       "spec": {"entrypoint": "main", "onExit": "cleanup",
                "arguments": {"parameters": [{"name": "start", "value": "1"}]},
                "templates": [{"name": "main", "dag": {"tasks": [
                  {"name": "a"}, {"name": "b"}, {"name": "c"}, {"name": "d"}, {"name": "e"}]}}]},
       "status": {"phase": "Failed", "message": "child 'diamond-x7k2p-8' failed",
                  "startedAt": "2026-01-01T10:00:00Z", "finishedAt": "2026-01-01T10:00:30Z",
        "nodes": {
         "diamond-x7k2p-10": {"id": "diamond-x7k2p-10", "name": "diamond-x7k2p.onExit", "displayName": "diamond-x7k2p.onExit",
            "type": "Pod", "phase": "Succeeded", "templateName": "cleanup",
            "startedAt": "2026-01-01T10:00:25Z", "finishedAt": "2026-01-01T10:00:30Z", "outputs": {"result": "cleaned"}},
         "diamond-x7k2p-8": {"id": "diamond-x7k2p-8", "name": "diamond-x7k2p.d", "displayName": "d", "type": "Pod",
            "phase": "Failed", "templateName": "d", "boundaryID": "diamond-x7k2p", "message": "Error (exit code 2)",
            "startedAt": "2026-01-01T10:00:10Z", "finishedAt": "2026-01-01T10:00:20Z", "outputs": {"exitCode": "2"}},
         "diamond-x7k2p": {"id": "diamond-x7k2p", "name": "diamond-x7k2p", "displayName": "diamond-x7k2p", "type": "DAG",
            "phase": "Failed", "templateName": "main", "children": ["diamond-x7k2p-1"],
            "startedAt": "2026-01-01T10:00:00Z", "finishedAt": "2026-01-01T10:00:24Z"},
         "diamond-x7k2p-1": {"id": "diamond-x7k2p-1", "name": "diamond-x7k2p.a", "displayName": "a", "type": "Retry",
            "phase": "Succeeded", "templateName": "a", "boundaryID": "diamond-x7k2p",
            "children": ["diamond-x7k2p-2", "diamond-x7k2p-3"], "outputs": {"result": "1", "exitCode": "0"},
            "startedAt": "2026-01-01T10:00:00Z", "finishedAt": "2026-01-01T10:00:04Z"},
         "diamond-x7k2p-3": {"id": "diamond-x7k2p-3", "name": "diamond-x7k2p.a(1)", "displayName": "a(1)", "type": "Pod",
            "phase": "Succeeded", "templateName": "a", "boundaryID": "diamond-x7k2p", "outputs": {"result": "1", "exitCode": "0"},
            "startedAt": "2026-01-01T10:00:02Z", "finishedAt": "2026-01-01T10:00:04Z"},
         "diamond-x7k2p-2": {"id": "diamond-x7k2p-2", "name": "diamond-x7k2p.a(0)", "displayName": "a(0)", "type": "Pod",
            "phase": "Failed", "templateName": "a", "boundaryID": "diamond-x7k2p", "message": "Error (exit code 1)",
            "startedAt": "2026-01-01T10:00:00Z", "finishedAt": "2026-01-01T10:00:01Z"},
         "diamond-x7k2p-4": {"id": "diamond-x7k2p-4", "name": "diamond-x7k2p.b", "displayName": "b", "type": "TaskGroup",
            "phase": "Succeeded", "templateName": "b", "boundaryID": "diamond-x7k2p",
            "children": ["diamond-x7k2p-6", "diamond-x7k2p-5"],
            "startedAt": "2026-01-01T10:00:05Z", "finishedAt": "2026-01-01T10:00:09Z"},
         "diamond-x7k2p-5": {"id": "diamond-x7k2p-5", "name": "diamond-x7k2p.b(0:x)", "displayName": "b(0:x)", "type": "Pod",
            "phase": "Succeeded", "templateName": "b", "boundaryID": "diamond-x7k2p", "outputs": {"result": "2"},
            "startedAt": "2026-01-01T10:00:05Z", "finishedAt": "2026-01-01T10:00:07Z"},
         "diamond-x7k2p-6": {"id": "diamond-x7k2p-6", "name": "diamond-x7k2p.b(1:y)", "displayName": "b(1:y)", "type": "Pod",
            "phase": "Succeeded", "templateName": "b", "boundaryID": "diamond-x7k2p", "outputs": {"result": "{\\"k\\": 1}"},
            "startedAt": "2026-01-01T10:00:06Z", "finishedAt": "2026-01-01T10:00:09Z"},
         "diamond-x7k2p-7": {"id": "diamond-x7k2p-7", "name": "diamond-x7k2p.c", "displayName": "c", "type": "Skipped",
            "phase": "Skipped", "templateName": "c", "boundaryID": "diamond-x7k2p", "message": "when 'false' evaluated false",
            "startedAt": "2026-01-01T10:00:05Z", "finishedAt": "2026-01-01T10:00:05Z"},
         "diamond-x7k2p-9": {"id": "diamond-x7k2p-9", "name": "diamond-x7k2p.e", "displayName": "e", "type": "Skipped",
            "phase": "Omitted", "templateName": "e", "boundaryID": "diamond-x7k2p",
            "message": "omitted: depends condition not met",
            "startedAt": "2026-01-01T10:00:21Z", "finishedAt": "2026-01-01T10:00:21Z"}}}}
      """;

  @Test
  void aDagRunReadsAsTheReportOfALocalRun() throws IOException {
    RunReport report = ClusterReports.of(WorkflowView.of(JSON.readTree(DAG)));

    assertThat(report.workflow()).isEqualTo("diamond");
    assertThat(report.workflowName()).isEqualTo("diamond-x7k2p");
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.parameters()).containsExactly("start", "1");
    assertThat(report.steps().keySet()).containsExactly("a", "b", "c", "d", "e", "cleanup").inOrder();
    StepReport a = report.steps().get("a");
    assertThat(a.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(a.attempts()).isEqualTo(2);
    assertThat(a.result()).isEqualTo("1");
    StepReport b = report.steps().get("b");
    assertThat(b.attempts()).isEqualTo(2);
    assertThat(b.result()).isEqualTo("[2,{\"k\":1}]");
    assertThat(b.children().stream().map(StepReport::name)).containsExactly("b(0:x)", "b(1:y)").inOrder();
    assertThat(report.steps().get("c").phase()).isEqualTo(Phase.SKIPPED);
    assertThat(report.steps().get("c").attempts()).isEqualTo(0);
    StepReport d = report.steps().get("d");
    assertThat(d.phase()).isEqualTo(Phase.FAILED);
    assertThat(d.exitCode()).isEqualTo(2);
    assertThat(d.message()).isEqualTo("Error (exit code 2)");
    assertThat(report.steps().get("e").phase()).isEqualTo(Phase.OMITTED);
    assertThat(report.steps().get("cleanup").result()).isEqualTo("cleaned");
    assertThat(SummaryTable.of(report)).isEqualTo(String.join(System.lineSeparator(),
        "STEP      PHASE      ATTEMPTS  DURATION  RESULT",
        "a         Succeeded  2         4.00s     1",
        "b         Succeeded  -         4.00s     [2,{\"k\":1}]",
        "  b(0:x)  Succeeded  1         2.00s     2",
        "  b(1:y)  Succeeded  1         3.00s     {\"k\": 1}",
        "c         Skipped    0         -         when 'false' evaluated false",
        "d         Failed     1         10.0s     Error (exit code 2)",
        "e         Omitted    0         -         omitted: depends condition not met",
        "cleanup   Succeeded  1         5.00s     cleaned",
        "diamond-x7k2p Failed in 30.0s: child 'diamond-x7k2p-8' failed; d Failed: Error (exit code 2)", ""));
  }

  @Test
  void compressedNodesAreRead() throws IOException {
    ObjectNode workflow = (ObjectNode) JSON.readTree(DAG);
    ObjectNode status = (ObjectNode) workflow.get("status");
    JsonNode nodes = status.remove("nodes");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(JSON.writeValueAsBytes(nodes));
    }
    status.put("compressedNodes", Base64.getEncoder().encodeToString(bytes.toByteArray()));

    assertThat(ClusterReports.of(WorkflowView.of(workflow)).steps().keySet())
        .containsExactly("a", "b", "c", "d", "e", "cleanup").inOrder();
  }

  @Test
  void aStepsRunGroupsTheItemsOfAStepGroup() throws IOException {
    String steps = """
        {"metadata": {"name": "chores-abc"},
         "spec": {"entrypoint": "main", "templates": [{"name": "main", "steps": [
            [{"name": "sweep"}, {"name": "paint"}], [{"name": "mop"}]]}]},
         "status": {"phase": "Succeeded", "nodes": {
           "chores-abc": {"id": "chores-abc", "name": "chores-abc", "displayName": "chores-abc", "type": "Steps",
              "phase": "Succeeded", "children": ["g0"]},
           "g0": {"id": "g0", "name": "chores-abc[0]", "displayName": "[0]", "type": "StepGroup", "phase": "Succeeded",
              "boundaryID": "chores-abc", "children": ["p1", "s", "p0"]},
           "p1": {"id": "p1", "name": "chores-abc[0].paint(1:blue)", "displayName": "paint(1:blue)", "type": "Pod",
              "phase": "Succeeded", "boundaryID": "chores-abc", "children": ["g1"], "outputs": {"result": "blue"}},
           "p0": {"id": "p0", "name": "chores-abc[0].paint(0:red)", "displayName": "paint(0:red)", "type": "Pod",
              "phase": "Succeeded", "boundaryID": "chores-abc", "children": ["g1"], "outputs": {"result": "red"}},
           "s": {"id": "s", "name": "chores-abc[0].sweep", "displayName": "sweep", "type": "Pod", "phase": "Succeeded",
              "boundaryID": "chores-abc", "children": ["g1"], "outputs": {"result": "3"}},
           "g1": {"id": "g1", "name": "chores-abc[1]", "displayName": "[1]", "type": "StepGroup", "phase": "Succeeded",
              "boundaryID": "chores-abc", "children": ["m"]},
           "m": {"id": "m", "name": "chores-abc[1].mop", "displayName": "mop", "type": "Pod", "phase": "Succeeded",
              "boundaryID": "chores-abc"}}}}
        """;

    RunReport report = ClusterReports.of(WorkflowView.of(JSON.readTree(steps)));

    assertThat(report.steps().keySet()).containsExactly("sweep", "paint", "mop").inOrder();
    StepReport paint = report.steps().get("paint");
    assertThat(paint.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(paint.result()).isEqualTo("[\"red\",\"blue\"]");
    assertThat(paint.children().stream().map(StepReport::name)).containsExactly("paint(0:red)", "paint(1:blue)").inOrder();
    assertThat(report.steps().get("mop").result()).isEqualTo("");
  }

  @Test
  void aWorkflowThatRunsATemplateTakesItsStepOrderFromTheStoredSpec() throws IOException {
    String ref = """
        {"metadata": {"name": "runs-x"},
         "spec": {"workflowTemplateRef": {"name": "greeting"}},
         "status": {"phase": "Succeeded",
           "storedWorkflowTemplateSpec": {"entrypoint": "main", "onExit": "z",
              "templates": [{"name": "main", "dag": {"tasks": [{"name": "second"}, {"name": "first"}]}}]},
           "nodes": {
             "runs-x-1": {"id": "runs-x-1", "name": "runs-x.first", "displayName": "first", "type": "Pod", "phase": "Succeeded",
                "startedAt": "2026-01-01T10:00:00Z"},
             "runs-x-2": {"id": "runs-x-2", "name": "runs-x.second", "displayName": "second", "type": "Pod",
                "phase": "Succeeded", "startedAt": "2026-01-01T10:00:05Z"},
             "runs-x-3": {"id": "runs-x-3", "name": "runs-x.onExit", "displayName": "runs-x.onExit", "type": "Pod",
                "phase": "Succeeded"}}}}
        """;

    assertThat(ClusterReports.of(WorkflowView.of(JSON.readTree(ref))).steps().keySet())
        .containsExactly("second", "first", "z").inOrder();
  }

  @Test
  void podNamesAreArgosV2Names() throws IOException {
    // Argo's own test data (cmd/argo/commands/common/get_test.go): node ids end with the same hash.
    NodeStatus node = new NodeStatus("many-items-z26lj-2619926859", "many-items-z26lj[0].sleep(9:nine)", "sleep(9:nine)", "Pod",
        "Succeeded", "sleep", java.util.List.of(), null, null, null, null, null);

    assertThat(PodNames.of("many-items-z26lj", node, "v2")).isEqualTo("many-items-z26lj-sleep-2619926859");
    assertThat(PodNames.of("many-items-z26lj", node, "v1")).isEqualTo("many-items-z26lj-2619926859");
    assertThat(Integer.toUnsignedString(PodNames.fnv1a32("many-items-z26lj[0].sleep(10:ten)"))).isEqualTo("1052882686");
  }
}
