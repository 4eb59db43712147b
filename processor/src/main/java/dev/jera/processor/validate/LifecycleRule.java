package dev.jera.processor.validate;

import dev.jera.processor.model.MemoizeModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.runtime.argo.GoDuration;
import dev.jera.runtime.argo.KubeNames;
import java.util.Optional;

/** The workflow's deadline and TTL, and memoization caches: durations and names Argo accepts. */
final class LifecycleRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    positiveDuration("@Workflow(deadline)", context.workflow().deadline(), diagnostics);
    positiveDuration("@Workflow(ttl)", context.workflow().ttl(), diagnostics);
    for (ScriptModel script : context.workflow().scripts()) {
      if (script.memoize().isEmpty()) {
        continue;
      }
      MemoizeModel memoize = script.memoize().get();
      positiveDuration("@Memoize(maxAge)", memoize.maxAge(), diagnostics);
      KubeNames.dns1123Subdomain(memoize.cache().value())
          .ifPresent(problem -> diagnostics.error(
              memoize.cache().site(), Messages.invalidResourceName("cache ConfigMap", memoize.cache().value(), problem)));
    }
  }

  private static void positiveDuration(String attribute, Optional<Text> value, Diagnostics diagnostics) {
    if (value.isEmpty()) {
      return;
    }
    Text text = value.get();
    Optional<String> problem = GoDuration.problem(text.value());
    if (problem.isEmpty() && GoDuration.isBareInteger(text.value())) {
      problem = Optional.of("a bare number has no unit; write e.g. \"" + text.value() + "s\"");
    }
    if (problem.isPresent()) {
      diagnostics.error(text.site(), Messages.invalidDuration(attribute, text.value(), problem.get()));
    } else if (GoDuration.parse(text.value()).toSeconds() <= 0) {
      diagnostics.error(text.site(), Messages.notPositive(attribute, text.value()));
    }
  }
}
