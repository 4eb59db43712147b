package dev.jera.cluster.status;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.local.RunListener;
import dev.jera.local.StepReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachEventIsToldOnceHoweverOftenAStateRepeats() throws IOException {
    List<String> events = new ArrayList<>();
    Progress progress = new Progress(new RunListener() {
      @Override
      public void attemptStarted(String step, int attempt) {
        events.add(step + " started " + attempt);
      }

      @Override
      public void attemptFailed(String step, int attempt, String message) {
        events.add(step + " failed " + attempt + ": " + message);
      }

      @Override
      public void stepFinished(StepReport step) {
        events.add(step.name() + " " + step.phase().argoName());
      }
    });
    ObjectNode full = (ObjectNode) JSON.readTree(RunStepsTest.DAG);
    ObjectNode early = full.deepCopy();
    ObjectNode nodes = (ObjectNode) early.path("status").path("nodes");
    nodes.retain("diamond-x7k2p", "diamond-x7k2p-1", "diamond-x7k2p-2");
    ((ObjectNode) nodes.get("diamond-x7k2p-1")).put("phase", "Running").withArrayProperty("children").remove(1);

    progress.update(WorkflowView.of(early));
    progress.update(WorkflowView.of(early));
    progress.update(WorkflowView.of(full));
    progress.update(WorkflowView.of(full));

    assertThat(events).containsExactly(
        "a started 1",
        "a failed 1: Error (exit code 1)", "a started 2", "a Succeeded",
        "b(0:x) started 1", "b(0:x) Succeeded", "b(1:y) started 1", "b(1:y) Succeeded", "b Succeeded",
        "c Skipped",
        "d started 1", "d Failed",
        "e Omitted",
        "cleanup started 1", "cleanup Succeeded").inOrder();
  }
}
