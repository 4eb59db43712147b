package dev.jera.processor.validate;

import dev.jera.argo.GoDuration;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.SuspendMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SuspendModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code @Suspend} templates: they run nothing else (no container, resource, call, image or sidecar); their
 * duration is what Argo's {@code ParseStringToDuration} reads (whole seconds or a Go duration; a tag is the
 * caller's); their outputs are values, supplied when they are resumed; no step reads their result, which they
 * have not.
 */
final class SuspendRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      if (script.suspend().isEmpty()) {
        continue;
      }
      SuspendModel suspend = script.suspend().get();
      String method = script.methodName();
      List<String> also = new ArrayList<>();
      script.container().ifPresent(c -> also.add("a @Container"));
      script.resource().ifPresent(r -> also.add("a @Resource"));
      script.call().ifPresent(c -> also.add("a @Call"));
      script.image().ifPresent(i -> also.add("an image"));
      if (!script.sidecars().isEmpty() || !script.initContainers().isEmpty()) {
        also.add("sidecars or init containers");
      }
      if (!also.isEmpty()) {
        diagnostics.report(suspend.site(), SuspendMessages.suspendWithCommand(method, String.join(" and ", also)));
      }
      suspend.duration().ifPresent(duration -> durationProblem(duration.value())
          .ifPresent(problem -> diagnostics.report(duration.site(), SuspendMessages.invalidDuration(duration.value(), problem))));
      for (OutputModel output : script.outputs()) {
        if (output.isArtifact()) {
          diagnostics.report(output.site(), SuspendMessages.fileOutput(output.name().value(), method));
        }
      }
    }
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.FromStep from && from.output().isEmpty()) {
            context.lookup().find(from.ref().value()).filter(producer -> producer != script)
                .flatMap(producer -> suspendOf(context, producer)).ifPresent(producer -> diagnostics.report(from.ref().site(),
                    SuspendMessages.resultOfSuspend(script.methodName(), from.ref().value(),
                        producer.outputs().stream().map(o -> "'" + o.name().value() + "'").collect(Collectors.joining(", ")))));
          }
        }
      }
    }
  }

  /** Why Argo's {@code ParseStringToDuration} would reject {@code duration}; empty for a tag, which each call fills. */
  private static Optional<String> durationProblem(String duration) {
    if (duration.contains("{{") || GoDuration.isBareInteger(duration)) {
      return Optional.empty();
    }
    return GoDuration.problem(duration);
  }

  /** The suspend template a step runs: its own, or the local template it calls; empty for any other step. */
  static Optional<ScriptModel> suspendOf(Context context, ScriptModel step) {
    if (step.isSuspend()) {
      return Optional.of(step);
    }
    if (step.call().isPresent() && step.call().get().target() instanceof CallModel.Resolved resolved
        && resolved.callee().isLocal()) {
      return context.workflow().templates().stream()
          .filter(template -> template.isSuspend() && template.name().value().equals(resolved.callee().template()))
          .findFirst();
    }
    return Optional.empty();
  }
}
