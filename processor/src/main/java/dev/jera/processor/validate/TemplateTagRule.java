package dev.jera.processor.validate;

import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.TagMessages;
import dev.jera.processor.validate.TemplateStrings.Placed;
import java.util.Optional;

/** Every {@code {{…}}} of every string resolves where Argo resolves it. */
final class TemplateTagRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    TagResolver resolver = new TagResolver(context);
    for (Placed placed : TemplateStrings.all(context.workflow(), context.graph().exitHandler())) {
      TemplateText text;
      try {
        text = TemplateText.parse(placed.text().value());
      } catch (IllegalArgumentException e) {
        diagnostics.report(placed.text().site(), TagMessages.unterminatedTag(placed.where(), e.getMessage()));
        continue;
      }
      for (TemplateText.Tag tag : text.tags()) {
        Optional<String> problem = resolver.problem(tag, placed);
        if (problem.isPresent()) {
          diagnostics.report(placed.text().site(), TagMessages.unresolvedTag(tag.written(), placed.where(), problem.get()));
        }
      }
    }
  }
}
