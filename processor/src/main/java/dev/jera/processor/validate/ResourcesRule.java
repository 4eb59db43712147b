package dev.jera.processor.validate;

import dev.jera.argo.Quantity;
import dev.jera.processor.model.ResourcesModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
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
    for (ScriptModel script : context.workflow().scripts()) {
      script.resources().ifPresent(all::add);
    }
    for (ResourcesModel resources : all) {
      Optional<BigDecimal> cpu = quantity("cpu", resources.cpu(), diagnostics);
      Optional<BigDecimal> memory = quantity("memory", resources.memory(), diagnostics);
      Optional<BigDecimal> cpuLimit = quantity("cpuLimit", resources.cpuLimit(), diagnostics);
      Optional<BigDecimal> memoryLimit = quantity("memoryLimit", resources.memoryLimit(), diagnostics);
      below(resources.cpuLimit(), cpuLimit, "cpuLimit", resources.cpu(), cpu, "cpu", diagnostics);
      below(resources.memoryLimit(), memoryLimit, "memoryLimit", resources.memory(), memory, "memory", diagnostics);
    }
  }

  private static Optional<BigDecimal> quantity(String attribute, Optional<Text> text, Diagnostics diagnostics) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> problem = Quantity.problemForResource(text.get().value());
    if (problem.isPresent()) {
      diagnostics.error(text.get().site(), Messages.invalidQuantity("@Resources", attribute, text.get().value(), problem.get()));
      return Optional.empty();
    }
    return Optional.of(Quantity.parse(text.get().value()));
  }

  private static void below(
      Optional<Text> limitText, Optional<BigDecimal> limit, String limitAttribute,
      Optional<Text> requestText, Optional<BigDecimal> request, String requestAttribute,
      Diagnostics diagnostics) {
    if (limit.isPresent() && request.isPresent() && limit.get().compareTo(request.get()) < 0) {
      diagnostics.error(
          limitText.get().site(),
          Messages.limitBelowRequest(limitAttribute, limitText.get().value(), requestAttribute, requestText.get().value()));
    }
  }
}
