package dev.jera.local.values;

import dev.jera.argo.TemplateText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values {@code {{…}}} tags resolve to, in layers searched front to back (a loop item, then the
 * outputs of earlier steps, then the workflow's globals), and the substitution Argo applies with them:
 * a known simple tag is replaced by its value, an unknown one stays as written, and an expression tag
 * ({@code {{= …}}}) is evaluated over the same variables ({@link ExpressionTag}).
 */
public final class Variables {
  private final List<Function<String, String>> layers;

  private Variables(List<Function<String, String>> layers) {
    this.layers = List.copyOf(layers);
  }

  public static Variables empty() {
    return new Variables(List.of());
  }

  /** These variables with {@code values} searched first. */
  public Variables with(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return with(copy::get);
  }

  /** These variables with {@code values} (null for unknown names) searched first. */
  public Variables with(Function<String, String> values) {
    List<Function<String, String>> more = new ArrayList<>();
    more.add(values);
    more.addAll(layers);
    return new Variables(more);
  }

  /** The value of variable {@code name}, if any layer has it. */
  /** The value of variable {@code name} ({@code steps.a.outputs.result}), or {@code null}. */
  public String lookup(String name) {
    return find(name).orElse(null);
  }

  Optional<String> find(String name) {
    for (Function<String, String> layer : layers) {
      String value = layer.apply(name);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Substitutes the tags of {@code text}; null stays null. An expression tag that reads a variable these
   * variables do not have stays as written, as Argo leaves it for a later pass.
   *
   * @throws SubstitutionException for an expression that fails or an unterminated {@code {{}
   */
  public String substitute(String text) {
    return substitute(text, false);
  }

  private String substitute(String text, boolean strictExpressions) {
    if (text == null || !text.contains("{{")) {
      return text;
    }
    TemplateText template;
    try {
      template = TemplateText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new SubstitutionException("Cannot find end tag \"}}\" in '" + text + "': " + e.getMessage());
    }
    return template.substitute(tag -> tag.expression()
        ? ExpressionTag.evaluate(tag, this::lookup, strictExpressions)
        : find(tag.name()));
  }

  /**
   * Substitutes as {@link #substitute} does, except that a tag naming another task or step
   * ({@code tasks.…} or {@code steps.…}, output artifacts aside) must resolve, as Argo's
   * {@code template.ReplaceStrictAny} requires of a task's or step's fields.
   *
   * @throws Unresolved for the first that does not
   */
  public String substituteStrict(String text) {
    if (text == null || !text.contains("{{")) {
      return text;
    }
    String substituted = substitute(text);
    for (TemplateText.Tag tag : TemplateText.parse(text).tags()) {
      if (tag.expression()) {
        ExpressionTag.missing(tag, this::lookup).filter(name -> name.startsWith("tasks.") || name.startsWith("steps."))
            .ifPresent(name -> {
              throw new Unresolved(name);
            });
        continue;
      }
      String name = tag.name();
      boolean strict = name.equals("tasks") || name.equals("steps") || name.startsWith("tasks.") || name.startsWith("steps.");
      if (strict && !name.contains(".outputs.artifacts.") && find(name).isEmpty()) {
        throw new Unresolved(name);
      }
    }
    return substituted;
  }

  /**
   * The value of an output parameter that a Skipped or Omitted step left without a default: Argo's
   * absent optional, which no text may contain.
   */
  public static final String ABSENT = dev.jera.argo.expr.DottedScope.ABSENT;

  /**
   * A task's argument, as {@link #substituteStrict}; {@code null} when it is exactly one reference to an
   * absent optional ({@code markAbsentOptionalArgs}), so the input's own default applies.
   *
   * @throws SubstitutionException when an absent optional is part of a longer text
   */
  public String substituteArgument(String text) {
    if (text != null && text.startsWith("{{") && text.endsWith("}}")) {
      String key = text.substring(2, text.length() - 2).trim();
      if (!key.contains("{{") && !key.contains("}}") && find(key).filter(ABSENT::equals).isPresent()) {
        return null;
      }
    }
    String substituted = substituteStrict(text);
    if (substituted != null && substituted.contains(ABSENT)) {
      throw new SubstitutionException("failed to resolve " + text
          + ": it reads an output of a Skipped or Omitted step that declares no default");
    }
    return substituted;
  }

  /**
   * Substitutes every tag, as Argo's {@code processItem} does for each item of a loop
   * ({@code Replace} without unresolved tags allowed).
   *
   * @throws SubstitutionException "failed to resolve {{…}}" for the first tag without a value
   */
  public String substituteAll(String text) {
    if (text == null || !text.contains("{{")) {
      return text;
    }
    String substituted = substitute(text, true);
    for (TemplateText.Tag tag : TemplateText.parse(text).tags()) {
      if (!tag.expression() && find(tag.name()).isEmpty()) {
        throw new SubstitutionException("failed to resolve {{" + tag.name() + "}}");
      }
    }
    return substituted;
  }

  /** A tag the local executor cannot substitute; the step it belongs to ends in Error. */
  public static class SubstitutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SubstitutionException(String message) {
      super(message);
    }
  }

  /**
   * A tag naming another task or step that has no value, such as the result of one that was skipped:
   * Argo's controller waits for it forever ({@code IsMissingVariableErr}: requeue); locally the step
   * that needs it ends in Error with the message Argo logs.
   */
  public static final class Unresolved extends SubstitutionException {
    private static final long serialVersionUID = 1L;

    Unresolved(String tag) {
      super("failed to resolve {{" + tag + "}}");
    }
  }
}
