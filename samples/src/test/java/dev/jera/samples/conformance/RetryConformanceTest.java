package dev.jera.samples.conformance;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.samples.conformance.Conformance.assertNode;
import static dev.jera.samples.conformance.Conformance.ids;
import static dev.jera.samples.conformance.Conformance.root;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.NodeReport;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retries and the exit handler's variables as Argo v4.1.2's controller has them
 * ({@code operator.go:processNodeRetries}, {@code operate}), in this JVM and with a JVM per step:
 * {@link Retries}, {@link ExitHandlerFails}.
 */
class RetryConformanceTest {
  private static final String EXIT_1 = "main: Error (exit code 1)";
  @TempDir Path home;
  @TempDir Path marks;

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void retries(boolean isolated) throws Exception {
    LocalReport report = LocalRun.of(Retries.class).isolated(isolated).home(home).param("marks", marks.toString()).run();

    // A retry node named as the task, of type Retry, whose attempts are pod nodes task(0), task(1), ... flagged
    // retried (test/e2e/retry_test.go TestRetryLimit); limit 1 gives two attempts, then "No more retries left".
    NodeReport flaky = assertNode(report, "flaky", NodeType.RETRY, Phase.FAILED, "No more retries left");
    assertThat(flaky.retried()).isFalse();
    assertThat(flaky.children()).isEqualTo(ids(report, "flaky(0)", "flaky(1)"));
    for (String attempt : List.of("flaky(0)", "flaky(1)")) {
      assertThat(assertNode(report, attempt, NodeType.POD, Phase.FAILED, EXIT_1).retried()).isTrue();
    }
    assertThat(report.step("flaky").attempts()).isEqualTo(2);
    // A dependent hangs from the retry node's last attempt (getOutboundNodes) and is omitted.
    assertThat(report.node("flaky(1)").children()).containsExactly(report.node("after").id());
    assertNode(report, "after", NodeType.SKIPPED, Phase.OMITTED, "omitted: depends condition not met");

    // OnError does not retry a failure: the retry node ends with the attempt's own message.
    assertNode(report, "on-error", NodeType.RETRY, Phase.FAILED, EXIT_1);
    assertThat(report.step("on-error").attempts()).isEqualTo(1);
    // Always retries a failure, limit + 1 attempts in all.
    assertNode(report, "always", NodeType.RETRY, Phase.FAILED, "No more retries left");
    assertThat(report.step("always").attempts()).isEqualTo(3);

    // A retry that succeeds: the retry node takes the last attempt's outputs (Succeeded, no message).
    assertNode(report, "second", NodeType.RETRY, Phase.SUCCEEDED, null);
    assertNode(report, "second(0)", NodeType.POD, Phase.FAILED, EXIT_1);
    assertNode(report, "second(1)", NodeType.POD, Phase.SUCCEEDED, null);
    assertThat(report.<String>result("reads-second")).isEqualTo("read a later attempt");

    // With a backoff, the wait is checked against maxDuration before the limit: a 1h wait within 1m stops
    // at once with "Backoff would exceed max duration limit".
    assertNode(report, "backoff-too-long", NodeType.RETRY, Phase.FAILED, "Backoff would exceed max duration limit");
    assertThat(report.step("backoff-too-long").attempts()).isEqualTo(1);

    // Each attempt after the first must end by the first one's start plus maxDuration (executionDeadline, passed
    // to the pod as ARGO_DEADLINE; the executor stops main there and a JVM exits 143); the retry node then says
    // "Max duration limit exceeded".
    NodeReport late = assertNode(report, "stopped-late", NodeType.RETRY, Phase.FAILED, "Max duration limit exceeded");
    assertNode(report, "stopped-late(1)", NodeType.POD, Phase.FAILED, "main: Error (exit code 143)");
    Duration tried = Duration.between(report.node("stopped-late(0)").startedAt(), late.finishedAt());
    assertThat(tried).isAtLeast(Duration.ofSeconds(5));
    assertThat(tried).isLessThan(Duration.ofSeconds(30));

    // The exit handler: a node <workflow>.onExit outside the DAG, flagged hooked; it sees workflow.status and
    // workflow.failures, a JSON list, passed as a quoted JSON string, of every Failed or Error node
    // (operate's failedNodeStatus: displayName, message, templateName, phase, podName, finishedAt).
    NodeReport exit = report.node(report.report().workflowName() + ".onExit");
    assertThat(exit.hooked()).isTrue();
    assertThat(exit.boundaryId()).isNull();
    String[] lines = report.<String>result("report").split("\n", 2);
    assertThat(lines[0]).isEqualTo("Failed");
    ObjectMapper json = new ObjectMapper();
    // Argo passes the list through strconv.Quote; a String parameter takes that JSON string's text.
    JsonNode failures = json.readTree(lines[1]);
    if (failures.isTextual()) {
      failures = json.readTree(failures.asText());
    }
    assertThat(failures.isArray()).isTrue();
    List<String> failed = new ArrayList<>();
    failures.forEach(failure -> failed.add(failure.get("displayName").asText() + ": " + failure.get("message").asText()));
    assertThat(failed).containsExactly(
        report.report().workflowName() + ": ",
        "flaky: No more retries left", "flaky(0): " + EXIT_1, "flaky(1): " + EXIT_1,
        "on-error: " + EXIT_1, "on-error(0): " + EXIT_1,
        "always: No more retries left", "always(0): " + EXIT_1, "always(1): " + EXIT_1, "always(2): " + EXIT_1,
        "second(0): " + EXIT_1,
        "backoff-too-long: Backoff would exceed max duration limit", "backoff-too-long(0): " + EXIT_1,
        "stopped-late: Max duration limit exceeded", "stopped-late(0): " + EXIT_1,
        "stopped-late(1): main: Error (exit code 143)");
    JsonNode first = failures.get(1);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("displayName", "message", "templateName", "phase", "podName", "finishedAt")
        .inOrder();
    assertThat(first.get("templateName").asText()).isEqualTo("flaky");
    assertThat(first.get("phase").asText()).isEqualTo("Failed");
    // util.GeneratePodName: <workflow>-<template>-<fnv32a of the node's name>; the workflow's node: the workflow's name.
    assertThat(first.get("podName").asText()).matches(report.report().workflowName() + "-flaky-\\d+");
    assertThat(failures.get(0).get("podName").asText()).isEqualTo(report.report().workflowName());
    assertThat(first.get("finishedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    assertThat(root(report).phase()).isEqualTo(Phase.FAILED);
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aFailedExitHandlerFailsASucceededWorkflowWithItsMessage(boolean isolated) {
    // operate: when the entry node succeeded but the exit handler failed, the workflow takes the handler's phase
    // and message (test/e2e/cli_test.go TestRetryWorkflowWithFailedExitHandler: two nodes, the .onExit one Failed).
    LocalReport report = LocalRun.of(ExitHandlerFails.class).isolated(isolated).home(home).run();

    assertThat(root(report).phase()).isEqualTo(Phase.SUCCEEDED);
    assertNode(report, report.report().workflowName() + ".onExit", NodeType.POD, Phase.FAILED, EXIT_1);
    assertThat(report.nodes()).hasSize(3);
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.report().message()).isEqualTo(EXIT_1);
  }
}
