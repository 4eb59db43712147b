package dev.jera.argo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A string with Argo's {@code {{…}}} tags, split the way Argo's fasttemplate splits it: text between
 * {@code {{} and the next {@code }}} is a tag; a tag starting with {@code =} is an expression. An
 * opening {@code {{} without a closing {@code }}} is an error, as it is for Argo.
 */
public final class TemplateText {

  /** A literal run of text or a tag. */
  public sealed interface Part permits Literal, Tag {}

  /** Text copied as it is. */
  public record Literal(String text) implements Part {}

  /**
   * A tag: {@code name} is its content without braces and surrounding spaces; {@code expression} when
   * it starts with {@code =} (then {@code name} holds the expression after the {@code =}).
   */
  public record Tag(String name, boolean expression) implements Part {
    /** The tag as written, e.g. {@code {{workflow.name}}}. */
    public String written() {
      return "{{" + (expression ? "=" : "") + name + "}}";
    }
  }

  private final String text;
  private final List<Part> parts;

  private TemplateText(String text, List<Part> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
  }

  /** Splits {@code text}; throws {@link IllegalArgumentException} on an unterminated tag. */
  public static TemplateText parse(String text) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      if (open < 0) {
        if (at < text.length()) {
          parts.add(new Literal(text.substring(at)));
        }
        return new TemplateText(text, parts);
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        throw new IllegalArgumentException(
            "'{{' at position " + (open + 1) + " has no closing '}}'");
      }
      if (open > at) {
        parts.add(new Literal(text.substring(at, open)));
      }
      String content = text.substring(open + 2, close).strip();
      boolean expression = content.startsWith("=");
      parts.add(new Tag(expression ? content.substring(1).strip() : content, expression));
      at = close + 2;
    }
  }

  public List<Part> parts() {
    return parts;
  }

  /** The tags, in order. */
  public List<Tag> tags() {
    List<Tag> tags = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Tag) {
        tags.add((Tag) part);
      }
    }
    return tags;
  }

  /**
   * Replaces each tag by what {@code values} gives for it; a tag it gives nothing for stays as written,
   * as Argo leaves unknown tags.
   */
  public String substitute(Function<Tag, Optional<String>> values) {
    StringBuilder out = new StringBuilder(text.length());
    for (Part part : parts) {
      if (part instanceof Literal) {
        out.append(((Literal) part).text());
      } else {
        Tag tag = (Tag) part;
        out.append(values.apply(tag).orElse(tag.written()));
      }
    }
    return out.toString();
  }

  /** Replaces every tag by {@code placeholder}: what a syntax check of the surrounding text needs. */
  public String withPlaceholders(String placeholder) {
    return substitute(tag -> Optional.of(placeholder));
  }

  @Override
  public String toString() {
    return text;
  }
}
