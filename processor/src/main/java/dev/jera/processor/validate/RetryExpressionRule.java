package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.RetryExpression;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A retry's {@code expression} parses as expr-lang once its tags are substituted, reads only what Argo binds
 * there ({@code lastRetry.*}, {@code retries}) and calls only functions Jera evaluates; its tags name inputs of
 * the template it retries. Without a written policy Argo's default becomes Always, which a warning says.
 */
final class RetryExpressionRule implements Rule {
  /** Stands for a substituted tag: a name the expression cannot otherwise contain. */
  private static final String PLACEHOLDER = "jeraInput";

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    String owner = "the class " + context.workflow().simpleName();
    context.workflow().retry().ifPresent(retry -> check(retry, Optional.empty(), owner, diagnostics));
    for (ScriptModel script : context.workflow().pods()) {
      script.retry().ifPresent(retry -> check(retry, Optional.of(script), script.methodName() + "()", diagnostics));
    }
  }

  private static void check(RetryModel retry, Optional<ScriptModel> script, String owner, Diagnostics diagnostics) {
    if (retry.expression().isEmpty()) {
      return;
    }
    Text expression = retry.expression().get();
    problem(expression.value(), script, owner).ifPresent(problem -> diagnostics.report(expression.site(), problem));
    if (!retry.policyWritten()) {
      diagnostics.report(expression.site(), ResourceMessages.expressionRetriesErrors());
    }
  }

  /** What is wrong with {@code text}, in the user's terms with the fix; empty when Argo can evaluate it. */
  static Optional<Message> problem(String text, Optional<ScriptModel> script, String owner) {
    TemplateText template;
    try {
      template = TemplateText.parse(text);
    } catch (IllegalArgumentException e) {
      return Optional.of(ResourceMessages.invalidRetryExpression(text, e.getMessage(), 0));
    }
    List<String> inputs = new ArrayList<>();
    script.ifPresent(s -> s.inputs().stream().filter(i -> !i.isArtifact()).map(InputModel::name).forEach(inputs::add));
    for (TemplateText.Tag tag : template.tags()) {
      String name = tag.expression() ? "" : tag.name();
      String input = name.startsWith("inputs.parameters.") ? name.substring("inputs.parameters.".length()) : null;
      if (input == null || !inputs.contains(input)) {
        Optional<String> closest = input == null ? Optional.empty() : DidYouMean.closest(input, inputs);
        return Optional.of(ResourceMessages.unknownRetryTag(tag.written(), closest, owner));
      }
    }
    String substituted = template.substitute(tag -> Optional.of(PLACEHOLDER));
    RetryExpression parsed;
    try {
      parsed = RetryExpression.parse(substituted);
    } catch (ExpressionException e) {
      // A column into the substituted text would mislead once a tag was replaced.
      return Optional.of(ResourceMessages.invalidRetryExpression(
          text, e.reason(), template.tags().isEmpty() ? e.column() : 0));
    }
    for (RetryExpression.Reference reference : parsed.references()) {
      Optional<Message> problem = referenceProblem(reference);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<Message> referenceProblem(RetryExpression.Reference reference) {
    String name = reference.name();
    if (reference.function()) {
      return RetryExpression.FUNCTIONS.contains(name)
          ? Optional.empty()
          : Optional.of(ResourceMessages.unknownRetryFunction(
              name, DidYouMean.closest(name, RetryExpression.FUNCTIONS), RetryExpression.FUNCTIONS));
    }
    if (name.equals(PLACEHOLDER) || name.equals("lastRetry") || RetryExpression.VARIABLES.contains(name)) {
      return Optional.empty();
    }
    List<String> candidates = name.startsWith("lastRetry.")
        ? RetryExpression.LAST_RETRY_FIELDS.stream().map(field -> "lastRetry." + field).toList()
        : RetryExpression.VARIABLES;
    return Optional.of(ResourceMessages.unknownRetryVariable(
        name, DidYouMean.closest(name, candidates), RetryExpression.VARIABLES));
  }
}
