package dev.jera.processor.validate;

import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.diagnostic.MessageId;
import dev.jera.processor.diagnostic.TagMessages;
import dev.jera.processor.validate.TemplateStrings.Placed;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code {{…}}} of every string resolves where Argo resolves it; an expression tag parses, calls
 * functions Argo has, and reads variables as a simple tag would.
 */
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
        if (tag.expression()) {
          List<Message> problems = ExpressionCheck.problems(tag.name(), tag.written(), placed.where());
          problems.forEach(message -> diagnostics.report(placed.text().site(), message));
          if (problems.stream().anyMatch(message -> message.id() == MessageId.INVALID_EXPRESSION)) {
            continue;
          }
        }
        Optional<String> problem = resolver.problem(tag, placed);
        if (problem.isPresent()) {
          diagnostics.report(placed.text().site(), TagMessages.unresolvedTag(tag.written(), placed.where(), problem.get()));
        }
      }
    }
  }
}
