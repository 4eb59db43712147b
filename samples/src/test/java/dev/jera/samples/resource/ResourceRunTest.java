package dev.jera.samples.resource;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.InvalidRunException;
import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.samples.argo.K8sPatchPod;
import dev.jera.samples.argo.ResourceDeleteWithFlags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource templates need a cluster: a local run says so before anything runs, and runs when a test
 * stubs their steps, a stub giving the outputs Argo would read from the object.
 */
class ResourceRunTest {
  @TempDir Path home;

  @Test
  void aResourceStepThatIsNotStubbedStopsTheRunBeforeItStarts() throws Exception {
    InvalidRunException entry = assertThrows(InvalidRunException.class, () -> LocalRun.of(K8sPatchPod.class).home(home).run());
    InvalidRunException step = assertThrows(InvalidRunException.class,
        () -> LocalRun.of(ResourceDeleteWithFlags.class).home(home).stub("submit-resource", null).run());

    assertThat(entry).hasMessageThat().isEqualTo("workflow 'k8s-patch-pod': step 'main' runs the resource template 'main'"
        + " (kubectl patch of a Pod), which needs a Kubernetes cluster; submit the workflow to Argo, or stub the step"
        + " in a test: LocalRun.of(\"k8s-patch-pod\").stub(\"main\", null)");
    assertThat(step).hasMessageThat().isEqualTo("workflow 'resource-delete-with-flags': step 'delete-resource' runs"
        + " the resource template 'delete-resource' (kubectl delete of a configmap), which needs a Kubernetes cluster;"
        + " submit the workflow to Argo, or stub the step in a test:"
        + " LocalRun.of(\"resource-delete-with-flags\").stub(\"delete-resource\", null)");
    assertThat(Files.exists(home.resolve("runs")) && Files.list(home.resolve("runs")).findAny().isPresent()).isFalse();
  }

  @Test
  void stubbedResourceStepsSucceed() {
    LocalReport report = LocalRun.of(ResourceDeleteWithFlags.class).home(home)
        .stub("submit-resource", null)
        .stub("delete-resource", null)
        .run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("delete-resource").attempts()).isEqualTo(0);
  }

  @Test
  void aStubGivesTheOutputsReadFromTheObjectByName() {
    LocalReport given = LocalRun.of(JobThenReport.class).home(home)
        .stub("create-job", Map.of("job-name", "pi-x7k2p", "job-phase", "Complete"))
        .run();
    LocalReport defaulted = LocalRun.of(JobThenReport.class).home(home)
        .stub("create-job", Map.of("job-name", "pi-x7k2p"))
        .run();

    assertThat(given.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(given.<String>result("report")).isEqualTo("pi-x7k2p is Complete");
    assertThat(defaulted.<String>result("report")).isEqualTo("pi-x7k2p is Unknown");
  }

  @Test
  void aStubThatDoesNotFitTheOutputsIsRefusedWhenGiven() {
    LocalRun run = LocalRun.of(JobThenReport.class).home(home);

    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> run.stub("create-job", null));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> run.stub("create-job", Map.of("job-nam", "x")));
    IllegalArgumentException record = assertThrows(IllegalArgumentException.class,
        () -> run.stub("create-job", new JobThenReport.Job("pi-x", "Complete")));
    IllegalArgumentException voidStep = assertThrows(IllegalArgumentException.class,
        () -> LocalRun.of(K8sPatchPod.class).stub("main", Map.of("x", "y")));

    assertThat(none).hasMessageThat().isEqualTo(".stub(\"create-job\", …): step 'create-job' runs the resource template"
        + " 'create-job', which has no result; stub it with a Map of its outputs by name (job-name)");
    assertThat(unknown).hasMessageThat().isEqualTo(".stub(\"create-job\", …): template 'create-job' has no output"
        + " 'job-nam'; did you mean 'job-name'? (its outputs: job-name, job-phase)");
    assertThat(record).hasMessageThat().isEqualTo(".stub(\"create-job\", …): step 'create-job' runs the resource"
        + " template 'create-job', which has no result; stub it with a Map of its outputs by name (job-name, job-phase),"
        + " not a JobThenReport.Job");
    assertThat(voidStep).hasMessageThat().isEqualTo(".stub(\"main\", …): step 'main' runs the resource template 'main',"
        + " which has no result and no outputs: stub it with null");
  }
}
