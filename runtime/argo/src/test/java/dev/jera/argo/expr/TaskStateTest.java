package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finished tasks, their results and the names Argo gives them. */
class TaskStateTest {

  @Test
  void factories() {
    assertThat(TaskState.of(TaskPhase.FAILED))
        .isEqualTo(new TaskState(TaskPhase.FAILED, false, false, List.of()));
    assertThat(TaskState.daemon(TaskPhase.SUCCEEDED).daemoned()).isTrue();
    TaskState loop = TaskState.looped(TaskPhase.SUCCEEDED, List.of(TaskPhase.SUCCEEDED));
    assertThat(loop.looped()).isTrue();
    assertThat(loop.children()).containsExactly(TaskPhase.SUCCEEDED);
  }

  @Test
  void onlyALoopHasItems() {
    assertThrows(IllegalArgumentException.class,
        () -> new TaskState(TaskPhase.SUCCEEDED, false, false, List.of(TaskPhase.SUCCEEDED)));
  }

  @Test
  void itemsAreCopied() {
    List<TaskPhase> items = new ArrayList<>(List.of(TaskPhase.FAILED));
    TaskState loop = TaskState.looped(TaskPhase.FAILED, items);
    items.add(TaskPhase.SUCCEEDED);
    assertThat(loop.children()).containsExactly(TaskPhase.FAILED);
  }

  @Test
  void phaseIsRequired() {
    assertThrows(NullPointerException.class, () -> TaskState.of(null));
  }

  @Test
  void argoNamesOfPhases() {
    assertThat(TaskPhase.SUCCEEDED.argoName()).isEqualTo("Succeeded");
    assertThat(TaskPhase.ERRORED.argoName()).isEqualTo("Error");
    assertThat(TaskPhase.OMITTED.argoName()).isEqualTo("Omitted");
  }

  @Test
  void resultsByArgoName() {
    assertThat(TaskResult.fromArgoName("AllFailed")).hasValue(TaskResult.ALL_FAILED);
    assertThat(TaskResult.fromArgoName("Errored")).hasValue(TaskResult.ERRORED);
    assertThat(TaskResult.fromArgoName("Error")).isEmpty();
    assertThat(TaskResult.fromArgoName("failed")).isEmpty();
    for (TaskResult result : TaskResult.values()) {
      assertThat(TaskResult.fromArgoName(result.argoName())).hasValue(result);
    }
  }

  @Test
  void onlyLoopResultsNeedALoop() {
    assertThat(TaskResult.ANY_SUCCEEDED.needsLoop()).isTrue();
    assertThat(TaskResult.ALL_FAILED.needsLoop()).isTrue();
    assertThat(TaskResult.SUCCEEDED.needsLoop()).isFalse();
    assertThat(TaskResult.DAEMONED.needsLoop()).isFalse();
  }

  @Test
  void referencePrintsAsWritten() {
    assertThat(new TaskReference("load", Optional.of(TaskResult.FAILED)).toString()).isEqualTo("load.Failed");
    assertThat(new TaskReference("load", Optional.empty()).toString()).isEqualTo("load");
  }

  @Test
  void bareReferenceMeansSucceededSkippedOrDaemoned() {
    TaskReference bare = new TaskReference("a", Optional.empty());
    assertThat(bare.holdsFor(TaskState.of(TaskPhase.SUCCEEDED))).isTrue();
    assertThat(bare.holdsFor(TaskState.of(TaskPhase.SKIPPED))).isTrue();
    assertThat(bare.holdsFor(TaskState.daemon(TaskPhase.ERRORED))).isTrue();
    assertThat(bare.holdsFor(TaskState.of(TaskPhase.OMITTED))).isFalse();
  }
}
