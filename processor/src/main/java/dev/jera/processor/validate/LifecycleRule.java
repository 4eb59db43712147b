package dev.jera.processor.validate;

import dev.jera.argo.GoDuration;
import dev.jera.argo.KubeNames;
import dev.jera.processor.model.MemoizeModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
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
    if (value.isPresent() && DurationRule.duration(attribute, value.get(), diagnostics)
        && GoDuration.parse(value.get().value()).toSeconds() <= 0) {
      diagnostics.error(value.get().site(), Messages.notPositive(attribute, value.get().value()));
    }
  }
}
