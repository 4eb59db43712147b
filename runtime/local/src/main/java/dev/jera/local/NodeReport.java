package dev.jera.local;

import dev.jera.local.engine.Node;
import java.time.Instant;
import java.util.List;

/**
 * One node of a run as Argo's controller records it in {@code status.nodes}: which nodes exist, their
 * names, types, phases, messages and links agree with a run on the cluster.
 *
 * @param id its id: the workflow's name for the workflow's own node, else the workflow's name, a dash
 *     and a hash of the node's name
 * @param name its name, such as {@code hello-x7k2p.fan-out(0:a)(1)} or {@code hello-x7k2p[1].print}
 * @param displayName its name within its DAG or steps template, such as {@code fan-out(0:a)(1)}
 * @param type its type
 * @param templateName the template it calls ({@code ""} for a step group)
 * @param phase its phase
 * @param boundaryId the id of the DAG or steps node whose template created it, or {@code null}
 * @param children the ids of its children, as Argo links them
 * @param message Argo's message, or {@code null}
 * @param startedAt when it was created
 * @param finishedAt when it was fulfilled
 * @param result its {@code outputs.result}, when Argo captures it (it is named in the template that
 *     calls it) and the node succeeded; a retry node's is its last attempt's
 * @param exitCode its {@code outputs.exitCode}, or {@code null}
 * @param retried {@code nodeFlag.retried}: it is an attempt of a retry node
 * @param hooked {@code nodeFlag.hooked}: it is the exit handler's
 * @param detail for people: what the step said, or why the local run stopped it; not Argo's
 */
public record NodeReport(
    String id,
    String name,
    String displayName,
    NodeType type,
    String templateName,
    Phase phase,
    String boundaryId,
    List<String> children,
    String message,
    Instant startedAt,
    Instant finishedAt,
    String result,
    Integer exitCode,
    boolean retried,
    boolean hooked,
    String detail) {

  /** Copies the list. */
  public NodeReport {
    children = List.copyOf(children);
  }

  public static NodeReport of(Node node) {
    List<String> children = node.children.stream().map(child -> child.id).toList();
    Node shown = node.lastAttempt() != null ? node.lastAttempt() : node;
    String result = node.phase == Phase.SUCCEEDED && shown.resultCaptured ? shown.result : null;
    return new NodeReport(node.id, node.name, node.displayName, node.type, node.templateName, node.phase,
        node.boundary == null ? null : node.boundary.id, children, node.message, node.startedAt, node.finishedAt,
        result, node.type == NodeType.RETRY ? shown.exitCode : node.exitCode, node.retried, node.hooked, node.detail);
  }
}
