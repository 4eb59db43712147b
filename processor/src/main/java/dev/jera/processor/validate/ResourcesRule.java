package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ResourcesModel;
import dev.jera.processor.model.ScriptModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resource quantities are Kubernetes quantities, and limits are not below requests. */
final class ResourcesRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    List<ResourcesModel> all = new ArrayList<>();
    context.workflow().resources().ifPresent(all::add);
    context.workflow().settings().podResources().ifPresent(all::add);
    for (ScriptModel script : context.workflow().pods()) {
      script.resources().ifPresent(all::add);
      script.settings().podResources().ifPresent(all::add);
    }
    for (ResourcesModel resources : all) {
      quantity(resources.annotation(), "cpu", resources.cpu(), diagnostics);
      quantity(resources.annotation(), "memory", resources.memory(), diagnostics);
      quantity(resources.annotation(), "cpuLimit", resources.cpuLimit(), diagnostics);
      quantity(resources.annotation(), "memoryLimit", resources.memoryLimit(), diagnostics);
      below(resources.cpuLimit(), "cpuLimit", resources.cpu(), "cpu", diagnostics);
      below(resources.memoryLimit(), "memoryLimit", resources.memory(), "memory", diagnostics);
    }
  }

  private static void quantity(
      String annotation, String attribute, Optional<Parsed<BigDecimal>> quantity, Diagnostics diagnostics) {
    quantity.ifPresent(written -> written.problem().ifPresent(problem -> diagnostics.report(
        written.site(), ResourceMessages.invalidQuantity(annotation, attribute, written.written(), problem))));
  }

  /** A limit below its request; nothing when either is absent or does not parse (reported above). */
  private static void below(
      Optional<Parsed<BigDecimal>> limit, String limitAttribute,
      Optional<Parsed<BigDecimal>> request, String requestAttribute,
      Diagnostics diagnostics) {
    if (limit.filter(Parsed::isValid).isEmpty() || request.filter(Parsed::isValid).isEmpty()) {
      return;
    }
    if (limit.get().value().compareTo(request.get().value()) < 0) {
      diagnostics.report(
          limit.get().site(),
          ResourceMessages.limitBelowRequest(limitAttribute, limit.get().written(), requestAttribute, request.get().written()));
    }
  }
}
