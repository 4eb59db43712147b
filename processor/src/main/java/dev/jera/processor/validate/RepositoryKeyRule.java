package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.wiring.WorkflowGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A step that reads a key of the artifact repository which another step of the workflow stores
 * ({@code @S3(key = "my-file")} on both) runs after that step: nothing else orders them, and Argo starts
 * a step that waits for nothing at once, before the file is there. A warning: the key may also hold a
 * file from an earlier run.
 */
final class RepositoryKeyRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel writer : context.workflow().scripts()) {
      Optional<String> stored = writer.outputLocations().size() == 1 ? key(writer.outputLocations().get(0)) : Optional.empty();
      if (stored.isEmpty() || writer.isCall() || !writer.returnsArtifact()) {
        continue;
      }
      for (ScriptModel reader : context.workflow().scripts()) {
        if (reader == writer || context.graph().exitHandler().filter(exit -> exit == reader).isPresent()) {
          continue;
        }
        for (InputModel input : reader.inputs()) {
          for (InputSource source : input.sources()) {
            if (source instanceof InputSource.External && key((InputSource.External) source).equals(stored)
                && !runsAfter(context.graph(), reader, writer)) {
              diagnostics.report(source.site(), ArtifactMessages.readsKeyTooEarly(
                  reader.methodName(), input.name(), ((InputSource.External) source).store().annotation(),
                  stored.get().substring(stored.get().indexOf(':') + 1), writer.methodName(), writer.name().value()));
            }
          }
        }
      }
    }
  }

  /** {@code s3:my-file} for a location of only a key of the artifact repository. */
  private static Optional<String> key(InputSource.External location) {
    boolean keyOnly = location.attributes().keySet().equals(Set.of("key"))
        && location.secrets().isEmpty() && location.flags().isEmpty() && location.lists().isEmpty();
    return keyOnly ? Optional.of(location.kind() + ":" + location.attribute("key").get().value()) : Optional.empty();
  }

  /** Whether {@code reader} waits for {@code writer}, directly or through other steps. */
  private static boolean runsAfter(WorkflowGraph graph, ScriptModel reader, ScriptModel writer) {
    Deque<ScriptModel> pending = new ArrayDeque<>();
    Set<ScriptModel> seen = new HashSet<>();
    pending.add(reader);
    while (!pending.isEmpty()) {
      ScriptModel step = pending.poll();
      for (ScriptModel waitedFor : graph.node(step).map(WorkflowGraph.Node::dependsOn).orElse(java.util.List.of())) {
        if (waitedFor == writer) {
          return true;
        }
        if (seen.add(waitedFor)) {
          pending.add(waitedFor);
        }
      }
    }
    return false;
  }
}
