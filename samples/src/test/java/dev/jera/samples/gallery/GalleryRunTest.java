package dev.jera.samples.gallery;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.Backoff;
import dev.jera.local.InvalidRunException;
import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.local.RunListener;
import dev.jera.local.StepReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every gallery workflow that can run without a cluster, run by the local executor with Argo's
 * semantics: phases, results, attempts and skipped or omitted steps as Argo would report them. The
 * examples that need Kubernetes (volumes) or the network (S3, GCS, Git and HTTP artifacts) are only
 * compiled, checked and compared with their golden manifests (see {@code ManifestsTest}).
 */
class GalleryRunTest {
  @TempDir Path home;

  private LocalRun run(Class<?> workflow) {
    return LocalRun.of(workflow).home(home);
  }

  // Basics

  @Test
  void helloWorld() {
    LocalReport report = run(HelloWorld.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("whalesay")).isEqualTo("hello world");
  }

  @Test
  void helloWorldInItsOwnJvm() {
    LocalReport report = run(HelloWorld.class).isolated(true).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("whalesay").result()).isEqualTo("hello world");
  }

  @Test
  void aDaemonServesTheStepsAfterItUntilTheyEnd() {
    for (boolean isolated : List.of(false, true)) {
      LocalReport report = run(KeyValueDaemon.class).isolated(isolated).run();
      assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
      assertThat(report.step("get").result()).isEqualTo("hello");
      // Stopped once the steps ended, which Argo counts as Succeeded.
      assertThat(report.step("kv").phase()).isEqualTo(Phase.SUCCEEDED);
      assertThat(report.step("kv").finishedAt()).isAtLeast(report.step("get").finishedAt());
    }
  }

  @Test
  void stepsRunInTwoGroups() {
    LocalReport report = run(Steps.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    StepReport hello1 = report.step("hello1");
    for (String second : List.of("hello2a", "hello2b")) {
      assertThat(report.step(second).result()).isEqualTo(second);
      assertThat(report.step(second).startedAt()).isAtLeast(hello1.finishedAt());
    }
  }

  @Test
  void dagDiamondJoinsBothBranches() {
    LocalReport report = run(DagDiamond.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("d")).isEqualTo("AB+AC->D");
    assertThat(report.step("b").startedAt()).isAtLeast(report.step("a").finishedAt());
    assertThat(report.step("d").startedAt()).isAtLeast(report.step("c").finishedAt());
  }

  @Test
  void parametersHaveDefaults() {
    LocalReport report = run(Parameters.class).run();
    assertThat(report.<String>result("say")).isEqualTo("hello world");
  }

  @Test
  void parametersAreOverriddenAtSubmission() {
    LocalReport report = run(Parameters.class).param("message", "goodbye").param("tone", "loud").param("times", "2").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("say")).isEqualTo("GOODBYE! GOODBYE!");
  }

  @Test
  void aValueOutsideAllowedIsRefusedBeforeAnyStepRuns() {
    InvalidRunException refused = assertThrows(InvalidRunException.class, () -> run(Parameters.class).param("tone", "angry").run());
    assertThat(refused).hasMessageThat().contains("plain, loud, quiet");
    assertThrows(InvalidRunException.class, () -> run(Parameters.class).param("times", "twice").run());
  }

  // Loops

  @Test
  void loopsOverItems() {
    LocalReport report = run(Loops.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("print-message").children()).hasSize(2);
    assertThat(report.<List<String>>result("print-message")).containsExactly("hello world", "goodbye world").inOrder();
  }

  @Test
  void loopsOverRecordsFromAParameter() {
    LocalReport report = run(LoopsWithParam.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<List<String>>result("test-linux"))
        .containsExactly("debian:9.1 ok", "debian:8.9 ok", "alpine:3.6 ok", "ubuntu:17.10 ok").inOrder();
  }

  @Test
  void loopsOverRecordsOncePerRecord() {
    LocalReport report = run(LoopsWithParam.class)
        .param("os-list", "[{\"image\":\"alpine\",\"tag\":\"3.20\"},{\"image\":\"alpine\",\"tag\":\"3.20\"}]")
        .run();
    assertThat(report.step("test-linux").children()).hasSize(1);
    assertThat(report.<List<String>>result("test-linux")).containsExactly("alpine:3.20 ok");
  }

  @Test
  void loopsOverSequences() {
    LocalReport report = run(LoopsSequence.class).param("count", "2").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<List<Integer>>result("sequence-count")).containsExactly(0, 1, 2, 3, 4).inOrder();
    assertThat(report.<List<Integer>>result("sequence-start-end")).containsExactly(100, 101, 102, 103, 104, 105).inOrder();
    assertThat(report.<List<Integer>>result("sequence-param")).containsExactly(200, 201).inOrder();
    assertThat(report.<List<Integer>>result("sequence-negative")).containsExactly(5, 4, 3, 2, 1, 0).inOrder();
    assertThat(report.<List<String>>result("sequence-format"))
        .containsExactly("testuser00", "testuser01", "testuser02", "testuser03", "testuser04").inOrder();
  }

  // Conditionals and recursion

  @Test
  void aCoinLoadedForHeads() {
    LocalReport report = run(CoinFlip.class).param("bias", "1").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("flip-coin").result()).isEqualTo("heads");
    assertThat(report.step("heads").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("tails").phase()).isEqualTo(Phase.SKIPPED);
  }

  @Test
  void aCoinLoadedForTails() {
    LocalReport report = run(CoinFlip.class).param("bias", "0").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("heads").phase()).isEqualTo(Phase.SKIPPED);
    assertThat(report.<String>result("tails")).isEqualTo("it was tails");
  }

  @Test
  void conditionalsSkipByDefault() {
    LocalReport report = run(Conditionals.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("print-hello").phase()).isEqualTo(Phase.SKIPPED);
    assertThat(report.step("print-hello").attempts()).isEqualTo(0);
  }

  @Test
  void conditionalsRunWhenAsked() {
    LocalReport report = run(Conditionals.class).param("should-print", "true").run();
    assertThat(report.step("print-hello").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("print-hello")).isEqualTo("hello");
  }

  @Test
  void recursionBecomesRetryUntilHeads() {
    LocalReport report = run(CoinFlipRecursive.class).param("bias", "1").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("flip-until-heads").attempts()).isEqualTo(1);
    assertThat(report.<String>result("heads")).isEqualTo("it was heads");
  }

  @Test
  void recursionIsBoundedToTenFlips() {
    LocalReport report = run(CoinFlipRecursive.class).param("bias", "0").run();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("flip-until-heads").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("flip-until-heads").attempts()).isEqualTo(10);
    assertThat(report.step("flip-until-heads").message()).isEqualTo("No more retries left");
    assertThat(report.step("flip-until-heads").detail()).contains("tails: flipping again");
    assertThat(report.step("heads").phase()).isEqualTo(Phase.OMITTED);
  }

  // Retries and timeouts

  @Test
  void retryBackoffSucceedsAtOnceWhenLucky() {
    LocalReport report = run(RetryBackoff.class).param("success-chance", "1").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("call-flaky-service").attempts()).isEqualTo(1);
  }

  @Test
  void retryBackoffWaitsLongerEachTimeWithinItsBudget() {
    LocalReport report = run(RetryBackoff.class).param("success-chance", "0").run();
    StepReport call = report.step("call-flaky-service");
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    // Attempts at 0s, 1s and 3s; the next would start at 7s, past the 5s maxBackoff.
    assertThat(call.attempts()).isEqualTo(3);
    // operator.go:processNodeRetries: the wait would end past maxDuration.
    assertThat(call.message()).isEqualTo("Backoff would exceed max duration limit");
    assertThat(Duration.between(call.startedAt(), call.finishedAt())).isAtLeast(Duration.ofSeconds(3));
  }

  @Test
  void fastRetriesSkipTheBackoffYetStopWhereArgoWould() {
    List<Backoff> backoffs = new ArrayList<>();
    LocalReport report = run(RetryBackoff.class).param("success-chance", "0").fastRetries()
        .listener(new RunListener() {
          @Override
          public void backoff(Backoff backoff) {
            backoffs.add(backoff);
          }
        })
        .run();
    StepReport call = report.step("call-flaky-service");
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    // The same three attempts as with the waits: the 1s and 2s not waited still count toward maxBackoff.
    assertThat(call.attempts()).isEqualTo(3);
    assertThat(call.message()).contains("Backoff would exceed max duration limit");
    assertThat(backoffs.stream().map(Backoff::argoDelay).toList()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(backoffs.stream().map(Backoff::delay).toList()).containsExactly(Duration.ZERO, Duration.ZERO);
  }

  @Test
  void retryPolicyAlwaysRetriesFailures() {
    LocalReport report = run(RetryOnError.class).param("failure-chance", "1").run();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("error-container").attempts()).isEqualTo(3);
    assertThat(report.step("error-container").message()).isEqualTo("No more retries left");
    assertThat(report.step("error-container").detail()).contains("failed, as it does four times in five");
  }

  @Test
  void retryPolicyStopsAtTheFirstSuccess() {
    LocalReport report = run(RetryOnError.class).param("failure-chance", "0").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("error-container").attempts()).isEqualTo(1);
  }

  @Test
  void aStepPastItsTimeoutFails() {
    LocalReport report = run(TaskTimeout.class).run();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("a").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("b").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("b").message()).isEqualTo("Pod was active on the node longer than the specified deadline");
    assertThat(report.<String>result("c")).isEqualTo("C slept 2000ms");
  }

  @Test
  void stepsWithinTheirTimeoutsSucceed() {
    LocalReport report = run(TaskTimeout.class).param("work", "PT0.1S").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("b")).isEqualTo("B slept 100ms");
  }

  // Lifecycle

  @Test
  void exitHandlerSeesTheFailure() {
    LocalReport report = run(ExitHandlers.class).run();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("intentional-fail").phase()).isEqualTo(Phase.FAILED);
    StepReport handler = report.step("exit-handler");
    assertThat(handler.phase()).isEqualTo(Phase.SUCCEEDED);
    // operator.go:operate lists every failed node: the workflow's DAG node, then the step.
    assertThat(handler.result())
        .contains(" Failed. Failed steps [" + report.report().workflowName() + ", intentional-fail]");
    assertThat(handler.result()).endsWith("boohoo!");
  }

  @Test
  void exitHandlerSeesTheSuccess() {
    LocalReport report = run(ExitHandlers.class).param("fail", "false").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String notice = report.result("exit-handler");
    assertThat(notice).contains(" Succeeded. Failed steps []");
    assertThat(notice).endsWith("hooray!");
  }

  @Test
  void exitHandlerInItsOwnJvm() {
    LocalReport report = run(ExitHandlers.class).isolated(true).run();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("exit-handler").result())
        .contains(" Failed. Failed steps [" + report.report().workflowName() + ", intentional-fail]");
  }

  @Test
  void podGcExampleFailsOneStepOfTwo() {
    LocalReport report = run(PodGcAndTtl.class).run();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("fail").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("succeed").phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void podGcExampleCanSucceed() {
    assertThat(run(PodGcAndTtl.class).param("fail", "false").run().phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void cronWorkflowRunsOnDemand() {
    LocalReport report = run(CronWorkflow.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("hello-world-with-time")).startsWith("hello world. Scheduled on: ");
  }

  @Test
  void approvalGateBuildsButDoesNotReleaseWithoutApproval() {
    LocalReport report = run(ApprovalGate.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("build")).isEqualTo("app-1.0.0.jar");
    assertThat(report.step("release").phase()).isEqualTo(Phase.SKIPPED);
  }

  @Test
  void approvalGateReleasesWithApproval() {
    LocalReport report = run(ApprovalGate.class).param("approved-by", "alice").param("version", "2.1.0").run();
    assertThat(report.<String>result("release")).isEqualTo("released app-2.1.0.jar, approved by alice");
  }

  // Outcome conditions

  @Test
  void enhancedDependsAsInArgosExample() {
    LocalReport report = run(EnhancedDepends.class).run();
    assertThat(report.step("c").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("should-execute-1").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("should-execute-2").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("should-not-execute").phase()).isEqualTo(Phase.OMITTED);
    assertThat(report.step("should-not-execute").attempts()).isEqualTo(0);
    assertThat(report.step("should-execute-3").phase()).isEqualTo(Phase.SUCCEEDED);
    // c's failure is handled by should-execute-1, and the leaves succeeded: Argo's DAG succeeds.
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void enhancedDependsWhenNothingFails() {
    LocalReport report = run(EnhancedDepends.class).param("c-fails", "false").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("should-not-execute").phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void anySucceededWhenEveryMirrorAnswers() {
    LocalReport report = run(AnySucceeded.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("publish").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("page-on-call").phase()).isEqualTo(Phase.OMITTED);
  }

  @Test
  void anySucceededWhenOneMirrorAnswers() {
    LocalReport report = run(AnySucceeded.class).param("down", "[\"eu\", \"ap\"]").run();
    assertThat(report.step("ping").children().stream().map(StepReport::phase).toList())
        .containsExactly(Phase.FAILED, Phase.SUCCEEDED, Phase.FAILED).inOrder();
    assertThat(report.step("publish").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("page-on-call").phase()).isEqualTo(Phase.OMITTED);
  }

  @Test
  void allFailedWhenNoMirrorAnswers() {
    LocalReport report = run(AnySucceeded.class).param("down", "[\"eu\", \"us\", \"ap\"]").run();
    assertThat(report.step("publish").phase()).isEqualTo(Phase.OMITTED);
    assertThat(report.step("page-on-call").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("page-on-call")).isEqualTo("paging on-call: no mirror answers");
  }

  // Artifacts, secrets, configuration

  @Test
  void artifactPassing() {
    LocalReport report = run(ArtifactPassing.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("consume-artifact")).isEqualTo("hello world");
  }

  @Test
  void artifactsStoredWithoutArchive() {
    LocalReport report = run(ArtifactDisableArchive.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("consume-artifact"))
        .isEqualTo("hello world; etc has [conf.d/app.conf 15, hostname 8]");
  }

  @Test
  void rawInputIsWrittenFromTheManifest() {
    LocalReport report = run(InputArtifactRaw.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("raw-contents")).isEqualTo("this is\nthe raw file\ncontents\n");
  }

  @Test
  void aStoreTheExecutorCannotReachIsSaidBeforeTheRunAndTakesALocalCopy() throws java.io.IOException {
    List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunListener listener = new RunListener() {
      @Override
      public void runNote(String note) {
        notes.add(note);
      }
    };
    LocalReport without = run(InputArtifactAzure.class).listener(listener).run();
    assertThat(notes).containsExactly("input file 'myArt' of step 'list-artifact' is in Azure (container my-container,"
        + " blob path/in/container), which the local executor does not contact; the step ends in Error unless you give"
        + " a local copy with .artifact(\"list-artifact\", \"myArt\", PATH)");
    assertThat(without.phase()).isEqualTo(Phase.ERROR);

    Path copy = java.nio.file.Files.createDirectories(home.resolve("copy"));
    java.nio.file.Files.writeString(copy.resolve("a.txt"), "a");
    LocalReport with = run(InputArtifactAzure.class).artifact("list-artifact", "myArt", copy).run();
    assertThat(with.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(with.<List<String>>result("list-artifact")).containsExactly("a.txt 1");
  }

  @Test
  void aFileStoredInAChosenBucketStaysInTheRecordLocally() throws java.io.IOException {
    LocalReport report = run(OutputArtifactS3.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    Path kept = report.folder().resolve("steps/hello-world-to-file/artifacts/outputs/result").toAbsolutePath();
    assertThat(java.nio.file.Files.readString(kept)).isEqualTo("hello world\n");
    assertThat(java.nio.file.Files.readString(report.folder().resolve("steps/hello-world-to-file/log")))
        .contains("output file 'result' is kept in the run's record at " + kept + "; on Argo it is stored in S3"
            + " (bucket my-bucket, key path/in/bucket/hello_world.txt.tgz)");
  }

  @Test
  void aKeyOfTheRepositoryIsReadByTheNextStep() {
    LocalReport report = run(KeyOnlyArtifact.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("consume")).isEqualTo("hello");
  }

  @Test
  void secretFromTheEnvironment() {
    // The local executor mounts no volumes, so the step that reads the mounted Secret is stubbed.
    LocalReport report = run(PrintSecret.class)
        .secret("my-secret", "mypassword", "S00perS3cretPa55word")
        .stub("from-file", "secret from file: 20 characters")
        .run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("from-env")).isEqualTo("secret from env: 20 characters");
  }

  @Test
  void aMissingSecretIsRefusedBeforeAnyStepRuns() {
    assertThrows(InvalidRunException.class, () -> run(PrintSecret.class).stub("from-file", "").run());
  }

  @Test
  void configMapsAsEnvironment() {
    LocalReport report =
        run(ConfigMapEnv.class)
            .configMap("simple-parameters", "msg", "hello world")
            .configMap("app-settings", "LOG_LEVEL", "debug")
            .run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("print-message")).isEqualTo("hello world from eu-west-1, log level debug");
  }

  // Templates and libraries

  @Test
  void aWorkflowTemplateRunsLikeAWorkflow() {
    LocalReport report = run(PrintMessageTemplate.class).param("message", "hi").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("print-message")).isEqualTo("hi");
  }

  @Test
  void aClusterWorkflowTemplateRunsLikeAWorkflow() {
    LocalReport report = run(ClusterTemplate.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("print-message")).isEqualTo("hello world");
  }

  @Test
  void templateRefCallsTheWorkflowTemplate() {
    LocalReport report = run(TemplateRef.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("hello")).isEqualTo("hello world");
    assertThat(report.<String>result("shout")).isEqualTo("HELLO WORLD");
  }

  @Test
  void templateRefCallsTheClusterWorkflowTemplate() {
    LocalReport report = run(ClusterTemplateDag.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("b")).isEqualTo("A");
    assertThat(report.<String>result("c")).isEqualTo("A");
  }

  @Test
  void workflowTemplateRefRunsTheWholeTemplate() {
    LocalReport report = run(WorkflowTemplateRef.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("print-message")).isEqualTo("hello from a workflowTemplateRef");
  }

  @Test
  void aLibraryCalledByOneWorkflow() {
    LocalReport report = run(LibraryGreeting.class).param("name", "jera").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("loud")).isEqualTo("HELLO JERA!");
    assertThat(report.<Integer>result("words")).isEqualTo(2);
  }

  @Test
  void theSameLibraryCalledByAnother() {
    LocalReport report = run(LibraryWordCount.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<List<Integer>>result("words")).containsExactly(6, 4).inOrder();
    assertThat(report.<Integer>result("total")).isEqualTo(10);
  }

  @Test
  void aContainerStepFeedsAJavaStep() {
    LocalReport report = run(ContainerStep.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    int number = report.result("generate");
    assertThat(number).isIn(com.google.common.collect.Range.closed(1, 100));
    assertThat(report.<String>result("print")).isEqualTo("result was: " + number);
    assertThat(report.<String>result("print-message")).isEqualTo("result was: " + number);
  }

  @Test
  void aValueReachesAShellStepAsDataNotAsCode() throws Exception {
    // The @Env way: the shell expands "$LABEL" to the text as it is, and never runs it.
    Path marker = home.resolve("ran");
    String label = "$(touch " + marker + ") `touch " + marker + "`; touch " + marker;
    LocalReport report = run(ContainerStep.class).param("label", label).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("print-message")).isEqualTo(label + ": " + report.<Integer>result("generate"));
    assertThat(java.nio.file.Files.exists(marker)).isFalse();
  }

  // Scheduling, locks, caches, limits

  @Test
  void mutexWorkflowRuns() {
    LocalReport report = run(SynchronizationMutex.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("hello-world")).isEqualTo("hello world");
  }

  @Test
  void semaphoreStepsRun() {
    LocalReport report = run(SynchronizationSemaphore.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<List<String>>result("acquire-lock")).hasSize(5);
    assertThat(report.<List<String>>result("acquire-lock").get(4)).isEqualTo("acquired lock for batch 5");
  }

  @Test
  void memoizedStepRuns() {
    LocalReport report = run(MemoizeSimple.class).param("message", "hi").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("whalesay")).contains("< hi >");
  }

  @Test
  void nodeSelectorsDoNotMatterOnOneMachine() {
    LocalReport report = run(NodeSelector.class).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("print-arch")).isEqualTo(System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  @Test
  void resourcesDoNotChangeResults() {
    LocalReport report = run(PodResources.class).param("below", "100").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("report")).isEqualTo("25 primes below 100");
  }

  @Test
  void parallelismLimitsHowManyRunAtOnce() {
    LocalReport report = run(ParallelismLimit.class).param("sleep", "PT0.2S").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    List<StepReport> sleeps = report.step("sleep").children();
    assertThat(sleeps).hasSize(10);
    assertThat(mostAtOnce(sleeps)).isAtMost(2);
    assertThat(report.<List<String>>result("sleep").get(0)).isEqualTo("this");
  }

  /** The most steps whose [start, finish) intervals overlap at one instant. */
  private static int mostAtOnce(List<StepReport> steps) {
    List<Instant> starts = new ArrayList<>();
    steps.forEach(step -> starts.add(step.startedAt()));
    int most = 0;
    for (Instant instant : starts) {
      int running = 0;
      for (StepReport step : steps) {
        if (!step.startedAt().isAfter(instant) && step.finishedAt().isAfter(instant)) {
          running++;
        }
      }
      most = Math.max(most, running);
    }
    return most;
  }
}
