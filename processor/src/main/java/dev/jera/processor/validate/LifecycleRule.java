package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.PodMessages;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.MemoizeModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.WorkflowModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workflow's deadline and TTL, and memoization caches (of its steps, templates and nested graphs): durations
 * and names Argo accepts.
 */
final class LifecycleRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    positiveDuration("@Workflow(deadline)", context.workflow().deadline(), diagnostics);
    positiveDuration("@Workflow(ttl)", context.workflow().ttl(), diagnostics);
    WorkflowModel workflow = context.workflow();
    List<MemoizeModel> memoized = new ArrayList<>();
    workflow.pods().forEach(pod -> pod.memoize().ifPresent(memoized::add));
    workflow.graphSettings().memoize().ifPresent(memoized::add);
    for (WorkflowModel graph : workflow.graphs()) {
      graph.graphSettings().memoize().ifPresent(memoized::add);
      graph.pods().forEach(pod -> pod.memoize().ifPresent(memoized::add));
    }
    for (MemoizeModel memoize : memoized) {
      positiveDuration("@Memoize(maxAge)", memoize.maxAge(), diagnostics);
      KubeNames.dns1123Subdomain(memoize.cache().value())
          .ifPresent(problem -> diagnostics.report(
              memoize.cache().site(), PodMessages.invalidResourceName("cache ConfigMap", memoize.cache().value(), problem)));
    }
  }

  static void positiveDuration(String attribute, Optional<Parsed<Duration>> value, Diagnostics diagnostics) {
    if (value.isPresent() && DurationRule.duration(attribute, value.get(), diagnostics)
        && value.get().value().toSeconds() <= 0) {
      diagnostics.report(value.get().site(), ResourceMessages.notPositive(attribute, value.get().written()));
    }
  }
}
