package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.diagnostic.TagMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Argo would find only at run time in an expr-lang expression: that it does not parse (with the
 * column), calls a function Argo does not have (with the nearest it has), or one the local executor does
 * not evaluate (a warning: the workflow still runs on Argo).
 */
final class ExpressionCheck {
  private ExpressionCheck() {}

  /**
   * @param what how messages name it, e.g. {@code {{= … }}} as written
   * @param where where it is, e.g. {@code the when of print()}
   */
  static List<Message> problems(String expression, String what, String where) {
    List<Message> messages = new ArrayList<>();
    Expression parsed;
    try {
      parsed = Expression.parse(expression);
    } catch (ExpressionException e) {
      messages.add(TagMessages.invalidExpression(what, where, e.column(), e.reason()));
      return messages;
    }
    for (Expression.Reference reference : parsed.references()) {
      String name = reference.name();
      if (reference.kind() == Expression.ReferenceKind.FUNCTION) {
        if (!Expression.functionExists(name)) {
          Optional<String> meant = DidYouMean.closest(name, Expression.allFunctions());
          messages.add(TagMessages.unknownFunction(what, where, name, meant));
        } else if (!Expression.functionEvaluated(name)) {
          messages.add(TagMessages.notEvaluatedLocally(what, where, name));
        }
      } else if (reference.kind() == Expression.ReferenceKind.METHOD && !Expression.methodEvaluated(name)) {
        messages.add(TagMessages.notEvaluatedLocally(what, where, "the method " + name));
      }
    }
    return messages;
  }
}
