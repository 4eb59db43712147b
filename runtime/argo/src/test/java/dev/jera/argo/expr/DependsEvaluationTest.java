package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.argo.expr.TaskPhase.ERRORED;
import static dev.jera.argo.expr.TaskPhase.FAILED;
import static dev.jera.argo.expr.TaskPhase.OMITTED;
import static dev.jera.argo.expr.TaskPhase.SKIPPED;
import static dev.jera.argo.expr.TaskPhase.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Deciding {@code depends} conditions from finished tasks, as Argo's DAG controller does. */
class DependsEvaluationTest {

  private static boolean eval(String depends, Map<String, TaskState> states) {
    return DependsExpression.parse(depends).evaluate(states::get);
  }

  private static Map<String, TaskState> only(String task, TaskState state) {
    return Map.of(task, state);
  }

  @Nested
  class BareName {

    @ParameterizedTest
    @EnumSource(value = TaskPhase.class, names = {"SUCCEEDED", "SKIPPED"})
    void holdsWhenSucceededOrSkipped(TaskPhase phase) {
      assertThat(eval("a", only("a", TaskState.of(phase)))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TaskPhase.class, names = {"FAILED", "ERRORED", "OMITTED"})
    void failsOtherwise(TaskPhase phase) {
      assertThat(eval("a", only("a", TaskState.of(phase)))).isFalse();
    }

    @Test
    void holdsForAFailedDaemon() {
      assertThat(eval("a", only("a", TaskState.daemon(FAILED)))).isTrue();
    }

    @Test
    void aLoopIsJudgedByItsGroupPhase() {
      assertThat(eval("a", only("a", TaskState.looped(SUCCEEDED, List.of(SUCCEEDED, SUCCEEDED))))).isTrue();
      assertThat(eval("a", only("a", TaskState.looped(FAILED, List.of(SUCCEEDED, FAILED))))).isFalse();
    }
  }

  @Nested
  class Results {

    @Test
    void eachPhaseHasItsResult() {
      assertThat(eval("a.Succeeded", only("a", TaskState.of(SUCCEEDED)))).isTrue();
      assertThat(eval("a.Failed", only("a", TaskState.of(FAILED)))).isTrue();
      assertThat(eval("a.Errored", only("a", TaskState.of(ERRORED)))).isTrue();
      assertThat(eval("a.Skipped", only("a", TaskState.of(SKIPPED)))).isTrue();
      assertThat(eval("a.Omitted", only("a", TaskState.of(OMITTED)))).isTrue();
    }

    @Test
    void aResultIsFalseForAnyOtherPhase() {
      assertThat(eval("a.Failed", only("a", TaskState.of(ERRORED)))).isFalse();
      assertThat(eval("a.Succeeded", only("a", TaskState.of(SKIPPED)))).isFalse();
      assertThat(eval("a.Skipped", only("a", TaskState.of(OMITTED)))).isFalse();
    }

    @Test
    void daemoned() {
      assertThat(eval("a.Daemoned", only("a", TaskState.daemon(SUCCEEDED)))).isTrue();
      assertThat(eval("a.Daemoned", only("a", TaskState.of(SUCCEEDED)))).isFalse();
    }

    @Test
    void loadFailed() {
      assertThat(eval("load.Failed", only("load", TaskState.of(FAILED)))).isTrue();
      assertThat(eval("load.Failed", only("load", TaskState.of(SUCCEEDED)))).isFalse();
    }

    @Test
    void negation() {
      assertThat(eval("!a.Succeeded", only("a", TaskState.of(FAILED)))).isTrue();
      assertThat(eval("!a.Succeeded", only("a", TaskState.of(SUCCEEDED)))).isFalse();
      assertThat(eval("!a", only("a", TaskState.of(SKIPPED)))).isFalse();
    }
  }

  @Nested
  class Loops {

    @Test
    void anySucceeded() {
      assertThat(eval("fanout.AnySucceeded", only("fanout", TaskState.looped(FAILED, List.of(FAILED, SUCCEEDED)))))
          .isTrue();
      assertThat(eval("fanout.AnySucceeded", only("fanout", TaskState.looped(FAILED, List.of(FAILED, ERRORED)))))
          .isFalse();
    }

    @Test
    void allFailed() {
      assertThat(eval("fanout.AllFailed", only("fanout", TaskState.looped(FAILED, List.of(FAILED, FAILED)))))
          .isTrue();
      assertThat(eval("fanout.AllFailed", only("fanout", TaskState.looped(FAILED, List.of(FAILED, ERRORED)))))
          .isFalse();
      assertThat(eval("fanout.AllFailed", only("fanout", TaskState.looped(FAILED, List.of(FAILED, SUCCEEDED)))))
          .isFalse();
    }

    @Test
    void aLoopOverNothingHasNeitherAnySucceededNorAllFailed() {
      TaskState empty = TaskState.looped(SUCCEEDED, List.of());
      assertThat(eval("fanout.AnySucceeded", only("fanout", empty))).isFalse();
      assertThat(eval("fanout.AllFailed", only("fanout", empty))).isFalse();
      assertThat(eval("fanout.Succeeded", only("fanout", empty))).isTrue();
    }

    @Test
    void loopResultsAreFalseForATaskThatIsNotLooped() {
      assertThat(eval("a.AnySucceeded", only("a", TaskState.of(SUCCEEDED)))).isFalse();
      assertThat(eval("a.AllFailed", only("a", TaskState.of(FAILED)))).isFalse();
    }

    @Test
    void succeededOfALoopIsTheGroupPhase() {
      assertThat(eval("fanout.Succeeded", only("fanout", TaskState.looped(FAILED, List.of(SUCCEEDED, FAILED)))))
          .isFalse();
      assertThat(eval("fanout.Failed", only("fanout", TaskState.looped(FAILED, List.of(SUCCEEDED, FAILED)))))
          .isTrue();
    }
  }

  @Nested
  class Combinations {

    private final Map<String, TaskState> states = Map.of(
        "a", TaskState.of(SUCCEEDED),
        "b", TaskState.of(FAILED),
        "c", TaskState.of(SKIPPED),
        "fetch-data", TaskState.of(SUCCEEDED),
        "load-it", TaskState.of(ERRORED));

    @Test
    void andOfAnOr() {
      assertThat(eval("a && (b || c)", states)).isTrue();
      assertThat(eval("b && (a || c)", states)).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
      assertThat(eval("a || b && b", states)).isTrue();
      assertThat(eval("(a || b) && b", states)).isFalse();
    }

    @Test
    void notBindsTighterThanAnd() {
      assertThat(eval("!b && a", states)).isTrue();
      assertThat(eval("!(b && a)", states)).isTrue();
      assertThat(eval("!a && a", states)).isFalse();
    }

    @Test
    void dashedNames() {
      assertThat(eval("fetch-data.Succeeded && load-it", states)).isFalse();
      assertThat(eval("fetch-data.Succeeded && load-it.Errored", states)).isTrue();
    }

    @Test
    void continueOnFailedStyle() {
      assertThat(eval("b.Succeeded || b.Skipped || b.Daemoned || b.Failed", states)).isTrue();
    }
  }

  @Nested
  class Readiness {

    @Test
    void decidableOnceEveryNamedTaskHasFinished() {
      DependsExpression depends = DependsExpression.parse("a && (b.Failed || c)");
      assertThat(depends.isDecidable(Set.of("a", "b")::contains)).isFalse();
      assertThat(depends.isDecidable(Set.of("a", "b", "c", "d")::contains)).isTrue();
    }

    @Test
    void evaluatingTooEarlyIsTheCallersMistake() {
      DependsExpression depends = DependsExpression.parse("a || b");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> depends.evaluate(Map.of("a", TaskState.of(SUCCEEDED))::get));
      assertThat(e).hasMessageThat().isEqualTo("task 'b' has not finished, so 'a || b' cannot be decided yet");
    }

    @Test
    void tasksNotNamedAreNotAskedFor() {
      DependsExpression depends = DependsExpression.parse("a");
      assertThat(depends.evaluate(task -> {
        assertThat(task).isEqualTo("a");
        return TaskState.of(SUCCEEDED);
      })).isTrue();
    }
  }
}
