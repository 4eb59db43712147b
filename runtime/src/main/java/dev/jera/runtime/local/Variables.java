package dev.jera.runtime.local;

import dev.jera.runtime.argo.TemplateText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values {@code {{…}}} tags resolve to, in layers searched front to back (a loop item, then the
 * outputs of earlier steps, then the workflow's globals), and the substitution Argo applies with them:
 * a known simple tag is replaced by its value, an unknown one stays as written, and an expression tag
 * ({@code {{= …}}}) is refused because the local executor has no expr-lang.
 */
final class Variables {
  private final List<Function<String, String>> layers;

  private Variables(List<Function<String, String>> layers) {
    this.layers = List.copyOf(layers);
  }

  static Variables empty() {
    return new Variables(List.of());
  }

  /** These variables with {@code values} searched first. */
  Variables with(Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return with(copy::get);
  }

  /** These variables with {@code values} (null for unknown names) searched first. */
  Variables with(Function<String, String> values) {
    List<Function<String, String>> more = new ArrayList<>();
    more.add(values);
    more.addAll(layers);
    return new Variables(more);
  }

  /** The value of variable {@code name}, if any layer has it. */
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
   * Substitutes the tags of {@code text}; null stays null.
   *
   * @throws SubstitutionException for an expression tag or an unterminated {@code {{}
   */
  String substitute(String text) {
    if (text == null || !text.contains("{{")) {
      return text;
    }
    TemplateText template;
    try {
      template = TemplateText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new SubstitutionException("Cannot find end tag \"}}\" in '" + text + "': " + e.getMessage());
    }
    for (TemplateText.Tag tag : template.tags()) {
      if (tag.expression()) {
        throw new SubstitutionException("expression tags are not supported by the local executor: "
            + tag.written() + " (rewrite it as a simple {{…}} tag or compute the value in Java)");
      }
    }
    return template.substitute(tag -> find(tag.name()));
  }

  /** A tag the local executor cannot substitute; the step it belongs to ends in Error. */
  static final class SubstitutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SubstitutionException(String message) {
      super(message);
    }
  }
}
