package dev.jera.local.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.jera.local.MetricReport;
import dev.jera.local.NodeReport;
import dev.jera.local.RunReport;
import dev.jera.local.StepReport;
import dev.jera.runner.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A run's report as one JSON document, what {@code jera run --output json} prints and
 * {@code summary.json} holds:
 *
 * <pre>{@code
 * {"workflow": NAME, "phase": "Succeeded"|"Failed"|"Error", "message": null|ARGO'S MESSAGE,
 *  "failure": null|WHICH STEPS FAILED AND WHY, "parameters": {…},
 *  "steps": {STEP: {"phase", "result", "attempts", "startedAt", "finishedAt", "message", "exitCode", "detail",
 *                   "items": N and "children": [… for a step that fans out, whose "attempts" is null …]}},
 *  "nodes": {ID: {"id", "name", "displayName", "type", "templateName", "phase", "boundaryID", "children",
 *                 "message", "startedAt", "finishedAt", "outputs": {"result", "exitCode"}, "nodeFlag", "detail"}},
 *  "run": {"id", "name", "mode", "startedAt", "finishedAt", "folder", "labels": {…}},
 *  "metrics": [{"name", "help", "kind", "labels": {…}, "value", "operation", "realtime", "template", "node"}],
 *  "metricErrors": [MESSAGE…]}
 * }</pre>
 *
 * <p>A step that never ran (it has no node, as a step after a failed steps group) has a {@code null}
 * phase. {@code message} is always Argo's (what {@code {{workflow.failures}}} shows); {@code detail} is
 * for people: what the step itself said. {@code nodes} is Argo's {@code status.nodes}, keyed by id, in
 * the order the nodes were created, with Argo's field names ({@code outputs.exitCode} a string, as Argo
 * writes it).
 */
public final class ReportJson {
  private ReportJson() {}

  /** The report as pretty-printed JSON. */
  public static String write(RunReport report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = Json.generator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withSeparators(
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      json.writeStartObject();
      json.writeStringField("workflow", report.workflow());
      json.writeStringField("phase", report.phase().argoName());
      json.writeStringField("message", report.message());
      // For people: which steps failed and why (message is what Argo would say of the workflow).
      json.writeStringField("failure", report.failure());
      json.writeObjectFieldStart("parameters");
      for (Map.Entry<String, String> parameter : report.parameters().entrySet()) {
        json.writeStringField(parameter.getKey(), parameter.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("steps");
      for (Map.Entry<String, StepReport> step : report.steps().entrySet()) {
        json.writeFieldName(step.getKey());
        step(json, step.getValue(), false);
      }
      json.writeEndObject();
      json.writeObjectFieldStart("nodes");
      for (NodeReport node : report.nodes()) {
        json.writeFieldName(node.id());
        node(json, node);
      }
      json.writeEndObject();
      json.writeObjectFieldStart("run");
      json.writeStringField("id", report.runId());
      json.writeStringField("name", report.workflowName());
      json.writeStringField("mode", report.isolated() ? "isolated" : "in-process");
      json.writeStringField("startedAt", time(report.startedAt()));
      json.writeStringField("finishedAt", time(report.finishedAt()));
      json.writeStringField("folder", report.folder().toString());
      json.writeObjectFieldStart("labels");
      for (Map.Entry<String, String> label : report.labels().entrySet()) {
        json.writeStringField(label.getKey(), label.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      // What Argo would have emitted: a local run exports no metric.
      json.writeArrayFieldStart("metrics");
      for (MetricReport metric : report.metrics()) {
        metric(json, metric);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("metricErrors");
      for (String error : report.metricErrors()) {
        json.writeString(error);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void step(JsonGenerator json, StepReport step, boolean item) throws IOException {
    json.writeStartObject();
    if (item) {
      json.writeStringField("name", step.name());
    }
    json.writeStringField("phase", step.phase() == null ? null : step.phase().argoName());
    json.writeStringField("result", step.result());
    if (step.fansOut()) {
      // A step that fans out is not run itself: its items are, each with its own attempts.
      json.writeNullField("attempts");
      json.writeNumberField("items", step.children().size());
    } else {
      json.writeNumberField("attempts", step.attempts());
    }
    json.writeStringField("startedAt", time(step.startedAt()));
    json.writeStringField("finishedAt", time(step.finishedAt()));
    json.writeStringField("message", step.message());
    if (step.exitCode() == null) {
      json.writeNullField("exitCode");
    } else {
      json.writeNumberField("exitCode", step.exitCode());
    }
    json.writeStringField("detail", step.detail());
    if (step.fansOut()) {
      json.writeArrayFieldStart("children");
      for (StepReport child : step.children()) {
        step(json, child, true);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void node(JsonGenerator json, NodeReport node) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", node.id());
    json.writeStringField("name", node.name());
    json.writeStringField("displayName", node.displayName());
    json.writeStringField("type", node.type().argoName());
    json.writeStringField("templateName", node.templateName());
    json.writeStringField("phase", node.phase() == null ? null : node.phase().argoName());
    json.writeStringField("boundaryID", node.boundaryId());
    json.writeArrayFieldStart("children");
    for (String child : node.children()) {
      json.writeString(child);
    }
    json.writeEndArray();
    json.writeStringField("message", node.message());
    json.writeStringField("startedAt", time(node.startedAt()));
    json.writeStringField("finishedAt", time(node.finishedAt()));
    json.writeObjectFieldStart("outputs");
    json.writeStringField("result", node.result());
    json.writeStringField("exitCode", node.exitCode() == null ? null : node.exitCode().toString());
    json.writeEndObject();
    if (node.retried() || node.hooked()) {
      json.writeObjectFieldStart("nodeFlag");
      if (node.retried()) {
        json.writeBooleanField("retried", true);
      }
      if (node.hooked()) {
        json.writeBooleanField("hooked", true);
      }
      json.writeEndObject();
    }
    json.writeStringField("detail", node.detail());
    json.writeEndObject();
  }

  private static void metric(JsonGenerator json, MetricReport metric) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", metric.name());
    json.writeStringField("help", metric.help());
    json.writeStringField("kind", metric.kind());
    json.writeObjectFieldStart("labels");
    for (Map.Entry<String, String> label : metric.labels().entrySet()) {
      json.writeStringField(label.getKey(), label.getValue());
    }
    json.writeEndObject();
    if (Double.isFinite(metric.value())) {
      json.writeNumberField("value", metric.value());
    } else {
      // JSON has no NaN or infinity: written as Go prints them.
      json.writeStringField("value", Double.isNaN(metric.value()) ? "NaN" : metric.value() > 0 ? "+Inf" : "-Inf");
    }
    json.writeStringField("operation", metric.operation());
    json.writeBooleanField("realtime", metric.realtime());
    json.writeStringField("template", metric.template());
    json.writeStringField("node", metric.node());
    json.writeEndObject();
  }

  /** RFC 3339 in UTC, to the millisecond. */
  private static String time(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
