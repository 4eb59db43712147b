package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.WhenExpression;
import dev.jera.processor.diagnostic.CronMessages;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CronWorkflow's {@code when}, checked the way Argo's cron controller evaluates it
 * ({@code workflow/cron/operator.go:evalWhen}): its tags are substituted from the {@code cronworkflow.*}
 * variables alone (no workflow exists yet), a plain tag only with a string ({@code name},
 * {@code namespace}), an expression tag ({@code {{= … }}}) with any of them; the result is then
 * evaluated as a condition, like a step's {@code when}.
 */
final class CronWhen {
  /** The variables Argo binds (util/variables/keys/cronworkflow.go), after {@code cronworkflow.}. */
  static final List<String> VARIABLES = List.of(
      "name", "namespace", "labels", "annotations", "labels.json", "annotations.json", "failed", "succeeded",
      "lastScheduledTime");
  /** Those a plain tag can substitute: Argo's simple replacement takes strings only. */
  private static final Set<String> STRINGS = Set.of("name", "namespace");
  /** Roots of variables Argo defines elsewhere, which a cron's condition does not have. */
  private static final Set<String> OTHER_ROOTS =
      Set.of("workflow", "tasks", "steps", "inputs", "outputs", "item", "pod", "node", "retries", "lastRetry");
  private static final String EXPRESSION_MARK = "jeraExpressionValue";
  private static final String PLAIN_MARK = "jeraPlainValue";
  private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.)\\]'\"])([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)*)");

  private CronWhen() {}

  /** What is wrong with {@code when}, in the user's terms with the fix; empty when Argo can evaluate it. */
  static Optional<String> problem(String when) {
    TemplateText text;
    try {
      text = TemplateText.parse(when);
    } catch (IllegalArgumentException e) {
      return Optional.of(CronMessages.unterminatedWhenTag(e.getMessage()));
    }
    for (TemplateText.Tag tag : text.tags()) {
      Optional<String> problem = tag.expression() ? expressionProblem(tag) : plainProblem(tag);
      if (problem.isPresent()) {
        return problem;
      }
    }
    Optional<String> syntax = WhenExpression.syntaxProblem(text.withPlaceholders("value"));
    return syntax.isPresent() ? syntax : bareWordProblem(text);
  }

  /**
   * What is wrong with a {@code stopStrategy}: Argo evaluates it as it is, an expr-lang expression over
   * the {@code cronworkflow.*} variables ({@code workflow/cron/operator.go:checkStopingCondition}), so it
   * holds no tags and names no other variables.
   */
  static Optional<String> stopStrategyProblem(String expression) {
    if (expression.isBlank()) {
      return Optional.of(CronMessages.emptyStopStrategy());
    }
    if (expression.contains("{{")) {
      return Optional.of(CronMessages.tagInStopStrategy());
    }
    return expressionProblem(new TemplateText.Tag(expression, true));
  }

  /**
   * Unlike a step's {@code when}, a cron's does not read bare words as strings: a word, or a plain tag's
   * value substituted unquoted, is a variable govaluate does not have, and the run fails when due. An
   * expression tag's value (true, a number) is fine bare.
   */
  private static Optional<String> bareWordProblem(TemplateText text) {
    List<TemplateText.Tag> tags = text.tags();
    String marked = text.substitute(tag -> Optional.of(tag.expression() ? EXPRESSION_MARK : PLAIN_MARK + tags.indexOf(tag)));
    for (String word : WhenExpression.bareWords(marked)) {
      if (word.equals(EXPRESSION_MARK)) {
        continue;
      }
      if (word.startsWith(PLAIN_MARK)) {
        String tag = tags.get(Integer.parseInt(word.substring(PLAIN_MARK.length()))).written();
        return Optional.of(CronMessages.bareTag(tag));
      }
      return Optional.of(CronMessages.bareWord(word));
    }
    return Optional.empty();
  }

  private static Optional<String> plainProblem(TemplateText.Tag tag) {
    String name = tag.name();
    if (!name.startsWith("cronworkflow.")) {
      return Optional.of(notDefined(tag.written()));
    }
    String variable = name.substring("cronworkflow.".length());
    if (STRINGS.contains(variable)) {
      return Optional.empty();
    }
    if (VARIABLES.contains(variable)) {
      return Optional.of(CronMessages.plainTagOfNonString(tag.written(), variable, example(variable)));
    }
    return Optional.of(unknown(tag.written(), variable));
  }

  private static Optional<String> expressionProblem(TemplateText.Tag tag) {
    Matcher matcher = REFERENCE.matcher(tag.name());
    while (matcher.find()) {
      String root = matcher.group(1);
      String rest = matcher.group(2);
      if (root.equals("cronworkflow")) {
        String variable = rest.isEmpty() ? "" : rest.substring(1);
        if (!known(variable)) {
          return Optional.of(unknown(tag.written(), variable));
        }
      } else if (OTHER_ROOTS.contains(root) && !rest.isEmpty()) {
        return Optional.of(notDefined(root + rest + " in " + tag.written()));
      }
    }
    return Optional.empty();
  }

  /** A variable, or a field of the labels or annotations map ({@code cronworkflow.labels.team}). */
  private static boolean known(String variable) {
    return VARIABLES.contains(variable) || variable.startsWith("labels.") || variable.startsWith("annotations.");
  }

  private static String example(String variable) {
    return variable.equals("lastScheduledTime") ? "== nil" : variable.endsWith("json") ? "!= ''" : "> 0";
  }

  private static String notDefined(String what) {
    return CronMessages.notDefinedBeforeRun(what, qualified());
  }

  private static String unknown(String written, String variable) {
    return CronMessages.unknownCronVariable(written, variable, DidYouMean.closest(variable, VARIABLES), qualified());
  }

  private static List<String> qualified() {
    return VARIABLES.stream().map(v -> "cronworkflow." + v).toList();
  }
}
