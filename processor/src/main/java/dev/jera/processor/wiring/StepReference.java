package dev.jera.processor.wiring;

import dev.jera.argo.TemplateText;
import dev.jera.processor.model.DottedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a step inside a tag: {@code {{tasks.load.outputs.result}}} names {@code load} under
 * the {@code tasks} root, with {@code outputs.result} after it. Expression tags may also write
 * {@code tasks['load']}.
 */
public record StepReference(String root, String step, String rest, TemplateText.Tag tag) {

  private static final Pattern IN_EXPRESSION =
      Pattern.compile("\\b(tasks|steps)(?:\\.([A-Za-z0-9][-A-Za-z0-9]*)|\\[\\s*['\"]([^'\"]+)['\"]\\s*\\])");

  /** The step references of a tag ({@code tasks.X} or {@code steps.X}); none for other tags. */
  public static List<StepReference> in(TemplateText.Tag tag) {
    List<StepReference> references = new ArrayList<>();
    if (tag.expression()) {
      Matcher matcher = IN_EXPRESSION.matcher(tag.name());
      while (matcher.find()) {
        String step = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        references.add(new StepReference(matcher.group(1), step, "", tag));
      }
      return references;
    }
    String[] segments = DottedNames.split(tag.name(), 3);
    if (segments.length >= 2 && (segments[0].equals("tasks") || segments[0].equals("steps"))) {
      if (segments[1].equals("name")) {
        return references; // {{tasks.name}} is the current task's own name.
      }
      references.add(new StepReference(segments[0], segments[1], segments.length == 3 ? segments[2] : "", tag));
    }
    return references;
  }

  /** The references in every tag of {@code text}; none when its tags do not parse. */
  public static List<StepReference> in(String text) {
    List<StepReference> references = new ArrayList<>();
    try {
      for (TemplateText.Tag tag : TemplateText.parse(text).tags()) {
        references.addAll(in(tag));
      }
    } catch (IllegalArgumentException e) {
      // Malformed text is reported by its own rule; it contributes no dependency.
    }
    return references;
  }
}
