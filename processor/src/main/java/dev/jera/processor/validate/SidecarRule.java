package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.SidecarMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sidecars and init containers of each pod: names Kubernetes accepts for a container, none of the
 * names Argo gives its own containers ({@code workflow/common/common.go}: main, init, wait, supervisor,
 * the artifact plugins' {@code artifact-plugin-…} and {@code init-artifact-…}; rule 57), each name once
 * in the pod (Kubernetes requires it across init and regular containers), {@code env} entries of the
 * form {@code NAME=value}, and {@code privileged} only where the workflow's pods are not restricted.
 * Their images are checked by {@link ImageRule}, the tags in their strings by {@link TemplateTagRule}.
 */
final class SidecarRule implements Rule {
  /** The containers Argo adds to every pod, and what each is. */
  private static final Map<String, String> ARGOS = Map.of(
      "main", "the step's own container",
      "wait", "Argo's executor container",
      "init", "Argo's init container, which places the step's input files",
      "supervisor", "Argo's supervisor container");
  private static final Map<String, String> ARGOS_PREFIXES = Map.of(
      "artifact-plugin-", "an artifact plugin's sidecar",
      "init-artifact-", "an artifact plugin's init container");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    for (ScriptModel script : workflow.pods()) {
      List<SidecarModel> containers = new ArrayList<>(script.initContainers());
      containers.addAll(script.sidecars());
      if (containers.isEmpty()) {
        continue;
      }
      if (script.isCall()) {
        onCall(script, containers.get(0), diagnostics);
        continue;
      }
      Map<String, SidecarModel> byName = new LinkedHashMap<>();
      for (SidecarModel container : containers) {
        if (name(script, container, diagnostics)) {
          SidecarModel first = byName.putIfAbsent(container.name().value(), container);
          if (first != null) {
            diagnostics.report(container.name().site(),
                SidecarMessages.duplicateContainerName(describe(script, container), describe(script, first)));
          }
        }
        env(script, container, diagnostics);
        if (container.privileged().isPresent() && (workflow.restricted() || workflow.library())) {
          diagnostics.report(container.privileged().get(),
              SidecarMessages.privilegedWhenRestricted(describe(script, container), workflow.simpleName(), workflow.library()));
        }
      }
    }
  }

  /** Reports a bad name; whether the name is one to compare with the others. */
  private static boolean name(ScriptModel script, SidecarModel container, Diagnostics diagnostics) {
    String name = container.name().value();
    String annotation = container.kind().annotation();
    Optional<String> problem = KubeNames.dns1123Label(name);
    if (problem.isPresent()) {
      String suggested = KubeNames.suggestLabel(name);
      diagnostics.report(container.name().site(), SidecarMessages.invalidContainerName(annotation, name, script.methodName(),
          problem.get(), suggested.isEmpty() || isArgos(suggested) ? Optional.empty() : Optional.of(suggested)));
      return false;
    }
    Optional<String> whose = argos(name);
    if (whose.isPresent()) {
      diagnostics.report(container.name().site(), SidecarMessages.reservedContainerName(annotation, name, script.methodName(),
          whose.get(), nameFromImage(container.image().value())));
      return false;
    }
    return true;
  }

  private static Optional<String> argos(String name) {
    if (ARGOS.containsKey(name)) {
      return Optional.of("'" + name + "', " + ARGOS.get(name));
    }
    return ARGOS_PREFIXES.entrySet().stream().filter(e -> name.startsWith(e.getKey())).findFirst()
        .map(e -> "'" + e.getKey() + "…', " + e.getValue());
  }

  private static boolean isArgos(String name) {
    return argos(name).isPresent();
  }

  /** The last component of an image's repository ({@code docker:19.03.13-dind} gives {@code docker}), as a name. */
  static Optional<String> nameFromImage(String image) {
    String repository = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int slash = repository.lastIndexOf('/');
    int colon = repository.lastIndexOf(':');
    if (colon > slash) {
      repository = repository.substring(0, colon);
    }
    String label = KubeNames.suggestLabel(repository.substring(slash + 1));
    return label.isEmpty() || isArgos(label) ? Optional.empty() : Optional.of(label);
  }

  private static void env(ScriptModel script, SidecarModel container, Diagnostics diagnostics) {
    List<String> names = new ArrayList<>();
    for (Text entry : container.env()) {
      String written = entry.value();
      int equals = written.indexOf('=');
      if (equals < 0) {
        diagnostics.report(entry.site(), SidecarMessages.invalidContainerEnv(describe(script, container), written,
            "is not of the form NAME=value" + asAssignment(written).map(s -> "; did you mean \"" + s + "\"?")
                .orElse("; write e.g. \"LOG_LEVEL=debug\", or \"NAME=\" for an empty value")));
        continue;
      }
      String name = written.substring(0, equals);
      Optional<String> problem = KubeNames.envVarName(name);
      if (problem.isPresent()) {
        diagnostics.report(entry.site(), SidecarMessages.invalidContainerEnv(describe(script, container), written,
            "names a variable '" + name + "' that is not valid: " + problem.get()));
      } else if (names.contains(name)) {
        diagnostics.report(entry.site(), SidecarMessages.invalidContainerEnv(describe(script, container), written,
            "sets '" + name + "' a second time; keep one"));
      }
      names.add(name);
    }
  }

  /** {@code "NAME: value"} or {@code "NAME value"} written as an assignment, when the name is valid. */
  private static Optional<String> asAssignment(String written) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("([^:\\s]+)\\s*(?::\\s*|\\s+)(.*)").matcher(written.strip());
    if (!matcher.matches() || KubeNames.envVarName(matcher.group(1)).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) + "=" + matcher.group(2));
  }

  private static void onCall(ScriptModel script, SidecarModel container, Diagnostics diagnostics) {
    CallModel call = script.call().get();
    boolean local = call.target() instanceof CallModel.Resolved resolved && resolved.callee().isLocal();
    if (!local && call.target() instanceof CallModel.Resolved) {
      // A local template is CallRule's to report, with the template to move it to.
      diagnostics.report(container.site(),
          SidecarMessages.onCall(container.kind().annotation(), script.methodName(), "'" + call.template().value() + "'"));
    }
  }

  private static String describe(ScriptModel script, SidecarModel container) {
    return SidecarMessages.describe(container.kind().noun(), container.name().value(), script.methodName());
  }
}
