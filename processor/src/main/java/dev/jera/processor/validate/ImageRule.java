package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ImageMessages;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every script has an image (its own, the workflow's, or {@code -Ajera.image}), each a valid
 * reference, as is every sidecar's and init container's; {@code :latest} and untagged images draw a warning.
 */
final class ImageRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    List<String> missing = new ArrayList<>();
    for (ScriptModel script : context.workflow().pods()) {
      for (SidecarModel container : script.initContainers()) {
        check(container.image().value(), container.image().site(), diagnostics);
      }
      for (SidecarModel container : script.sidecars()) {
        check(container.image().value(), container.image().site(), diagnostics);
      }
      if (script.isCall() || script.isResource() || script.isHttp() || script.isData()) {
        // The called template brings its own image; a resource template runs Argo's executor, an HTTP one its agent.
        continue;
      } else if (script.container().isPresent()) {
        check(script.container().get().image().value(), script.container().get().image().site(), diagnostics);
      } else if (script.image().isPresent()) {
        check(script.image().get().value(), script.image().get().site(), diagnostics);
      } else if (context.workflow().image().isEmpty() && context.options().image().isEmpty()) {
        missing.add(script.methodName() + "()");
      }
    }
    context.workflow().image().ifPresent(image -> check(image.value(), image.site(), diagnostics));
    if (context.workflow().image().isEmpty()) {
      context.options().image().ifPresent(image -> check(image, context.workflow().site(), diagnostics));
    }
    if (!missing.isEmpty()) {
      diagnostics.report(context.workflow().site(), ImageMessages.noImage(context.workflow().simpleName(), missing));
    }
  }

  private static void check(String image, Site site, Diagnostics diagnostics) {
    if (image.contains("{{")) {
      return; // Resolved by Argo; TemplateTagRule checks the tags.
    }
    Optional<String> problem = ImageReference.problem(image);
    if (problem.isPresent()) {
      diagnostics.report(site, ImageMessages.invalidImage(image, problem.get()));
      return;
    }
    Optional<String> tag = ImageReference.tag(image);
    if (tag.isEmpty()) {
      diagnostics.report(site, ImageMessages.untaggedImage(image));
    } else if (tag.get().equals("latest")) {
      diagnostics.report(site, ImageMessages.latestImage(image));
    }
  }
}
