package dev.jera.processor.validate;

import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ImageMessages;
import dev.jera.processor.diagnostic.SidecarMessages;
import dev.jera.processor.model.ContainerModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Warns when a {@code @Container} pastes a value into code an interpreter runs ({@code sh -c "echo
 * {{inputs.parameters.msg}}"}): Argo substitutes the text before the shell parses it, so a value such as
 * {@code $(rm -rf ~)} runs as a command, in the container on Argo and on the developer's machine in a
 * local run. The fix is to hand the value over as data: an {@code @Env} and {@code "$MSG"}. Tags whose
 * values Argo itself makes (the workflow's and pod's names, file paths, the retry count) are not values
 * a user chooses, and draw no warning.
 */
final class ShellTextRule implements Rule {
  private static final Pattern ARGO_MADE = Pattern.compile(
      "workflow\\.(name|namespace|uid|serviceAccountName|mainEntrypoint|duration|status|creationTimestamp(\\..*)?)"
          + "|pod\\.name|node\\.name|retries"
          + "|(inputs|outputs)\\.artifacts\\.[^.]+\\.path|outputs\\.parameters\\.[^.]+\\.path"
          + "|(tasks|steps)\\.[^.]+\\.(id|ip|status|exitCode|startedAt|finishedAt)");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      if (script.container().isPresent()) {
        ContainerModel container = script.container().get();
        List<Text> argv = new ArrayList<>(container.command());
        argv.addAll(container.args());
        check(argv, Optional.empty(), diagnostics);
      }
      // A sidecar's or init container's command is substituted like the step's.
      List<SidecarModel> others = new ArrayList<>(script.initContainers());
      others.addAll(script.sidecars());
      for (SidecarModel other : others) {
        List<Text> argv = new ArrayList<>(other.command());
        argv.addAll(other.args());
        check(argv, Optional.of(other), diagnostics);
      }
    }
  }

  /** Warns of a tag in the code an interpreter runs; {@code sidecar} names the container when it is not the step's. */
  private static void check(List<Text> argv, Optional<SidecarModel> sidecar, Diagnostics diagnostics) {
    Optional<InlineCode> code = InlineCode.in(argv.stream().map(Text::value).toList());
    if (code.isEmpty()) {
      return;
    }
    Text text = argv.get(code.get().index());
    TemplateText parsed;
    try {
      parsed = TemplateText.parse(text.value());
    } catch (IllegalArgumentException e) {
      return; // TemplateTagRule reports the unterminated tag.
    }
    for (TemplateText.Tag tag : parsed.tags()) {
      if (tag.expression() || !ARGO_MADE.matcher(tag.name()).matches()) {
        String variable = variableName(tag);
        diagnostics.report(text.site(), sidecar.isPresent()
            ? SidecarMessages.valueInCode(tag.written(), code.get().interpreter(), variable, code.get().reading(variable),
                sidecar.get().kind().annotation(), sidecar.get().name().value())
            : ImageMessages.valueInCode(tag.written(), code.get().interpreter(), variable, code.get().reading(variable)));
        break; // One warning per script text; the fix is the same for each tag.
      }
    }
  }

  /** An environment variable name for a tag's value: {@code {{inputs.parameters.run-date}}} gives {@code RUN_DATE}. */
  static String variableName(TemplateText.Tag tag) {
    String name = tag.name();
    for (String prefix : List.of("inputs.parameters.", "workflow.parameters.")) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
      }
    }
    if (tag.expression() || name.isBlank()) {
      name = "value";
    }
    String upper = name.replace(".outputs.result", "_result").replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    if (upper.isEmpty() || Character.isDigit(upper.charAt(0))) {
      upper = "V_" + upper;
    }
    return upper.startsWith("JERA_") ? "V_" + upper : upper;
  }
}
