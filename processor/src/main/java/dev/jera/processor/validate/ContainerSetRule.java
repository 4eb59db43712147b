package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.ContainerSetMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.ContainerSetModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of each {@code @ContainerSet}, as Argo's {@code ContainerSetTemplate.Validate} and
 * {@code validateLeaf} judge the containers they become (rules 55–57): at least one; names that are
 * container names, none of Argo's own ({@code wait}, {@code init}, {@code supervisor},
 * {@code artifact-plugin-…}), each once; every {@code after} a member, with no cycle; input files and
 * outputs only on the member {@code main}, whose container Argo loads and saves them in. A member is a
 * container, not a step: step and pod settings on it are refused, and the runner must be able to call it.
 */
final class ContainerSetRule implements Rule {
  private static final Map<String, String> ARGOS = Map.of(
      "wait", "Argo's executor container",
      "init", "Argo's init container, which places the pod's input files",
      "supervisor", "Argo's supervisor container");
  private static final String PLUGIN_PREFIX = "artifact-plugin-";

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel template : context.workflow().templates()) {
      template.containerSet().ifPresent(set -> check(template, set, diagnostics));
    }
  }

  private static void check(ScriptModel template, ContainerSetModel set, Diagnostics diagnostics) {
    String setName = template.methodName();
    if (set.members().isEmpty()) {
      diagnostics.report(set.site(), ContainerSetMessages.empty(setName));
      return;
    }
    Map<String, ScriptModel> byName = new LinkedHashMap<>();
    for (ScriptModel member : set.members()) {
      String described = ContainerSetMessages.describe(member.methodName(), setName);
      if (name(member, described, diagnostics)) {
        ScriptModel first = byName.putIfAbsent(member.name().value(), member);
        if (first != null) {
          diagnostics.report(member.name().site(), ContainerSetMessages.duplicateName(described,
              ContainerSetMessages.describe(first.methodName(), setName), member.name().value()));
        }
      }
      callable(member, described, diagnostics);
      settings(member, described, diagnostics);
      boolean main = member.name().value().equals(ContainerSetModel.MAIN);
      if (!main) {
        for (InputModel input : member.inputs()) {
          if (input.isArtifact()) {
            diagnostics.report(input.site(), ContainerSetMessages.fileIntoNonMain(described, input.name()));
          }
        }
        if (!member.outputs().isEmpty()) {
          diagnostics.report(member.outputs().get(0).site(), ContainerSetMessages.outputOfNonMain(described));
        }
      }
    }
    boolean known = true;
    for (ScriptModel member : set.members()) {
      for (Text after : member.after()) {
        if (find(set, after.value()).isEmpty()) {
          known = false;
          List<String> names = set.members().stream().map(m -> m.name().value()).toList();
          diagnostics.report(after.site(), ContainerSetMessages.unknownMember(
              ContainerSetMessages.describe(member.methodName(), setName), after.value(), String.join(", ", names),
              DidYouMean.closest(after.value(), names)));
        }
      }
    }
    if (known) {
      cycle(set, setName, diagnostics);
    }
  }

  /** Reports a name Kubernetes or Argo refuses; whether it is one to compare with the others. */
  private static boolean name(ScriptModel member, String described, Diagnostics diagnostics) {
    String name = member.name().value();
    Optional<String> problem = KubeNames.dns1123Label(name);
    if (problem.isPresent()) {
      String suggested = KubeNames.suggestLabel(name);
      diagnostics.report(member.name().site(), ContainerSetMessages.invalidName(described, name, problem.get(),
          suggested.isEmpty() ? Optional.empty() : Optional.of(suggested)));
      return false;
    }
    String whose = ARGOS.get(name);
    if (whose == null && name.startsWith(PLUGIN_PREFIX)) {
      whose = "an artifact plugin's sidecar";
    }
    if (whose != null) {
      diagnostics.report(member.name().site(), ContainerSetMessages.reservedName(described, name, whose));
      return false;
    }
    return true;
  }

  private static void callable(ScriptModel member, String described, Diagnostics diagnostics) {
    if (!member.isContainer() && !member.isStatic()) {
      diagnostics.report(member.site(), ContainerSetMessages.notCallable(described, "not static"));
    } else if (!member.isContainer() && member.visibility() == ScriptModel.Visibility.PRIVATE) {
      diagnostics.report(member.site(), ContainerSetMessages.notCallable(described, "private"));
    }
  }

  /** What a step or a pod has and a member cannot: each reported where it is written. */
  private static void settings(ScriptModel member, String described, Diagnostics diagnostics) {
    member.call().ifPresent(call -> diagnostics.report(call.site(), ContainerSetMessages.stepSetting(described, "@Call")));
    member.forEach().ifPresent(t -> diagnostics.report(t.site(), ContainerSetMessages.stepSetting(described, "forEach")));
    if (!member.items().isEmpty()) {
      diagnostics.report(member.itemsSite(), ContainerSetMessages.stepSetting(described, "items"));
    }
    member.sequence().ifPresent(s -> diagnostics.report(s.site(), ContainerSetMessages.stepSetting(described, "@Sequence")));
    member.when().ifPresent(t -> diagnostics.report(t.site(), ContainerSetMessages.stepSetting(described, "when")));
    member.depends().ifPresent(d -> diagnostics.report(d.site(), ContainerSetMessages.stepSetting(described, "depends")));
    if (!member.continueOn().isEmpty()) {
      diagnostics.report(member.continueOnSite(), ContainerSetMessages.stepSetting(described, "continueOn"));
    }
    member.timeout().ifPresent(t -> diagnostics.report(t.site(), ContainerSetMessages.stepSetting(described, "timeout")));
    member.deadline().ifPresent(t -> diagnostics.report(t.site(), ContainerSetMessages.stepSetting(described, "deadline")));
    member.retry().ifPresent(r -> diagnostics.report(r.site(), ContainerSetMessages.stepSetting(described, "@Retry")));
    member.memoize().ifPresent(m -> diagnostics.report(m.site(), ContainerSetMessages.stepSetting(described, "@Memoize")));
    member.resource().ifPresent(r -> diagnostics.report(r.site(), ContainerSetMessages.stepSetting(described, "@Resource")));
    if (!member.sidecars().isEmpty()) {
      diagnostics.report(member.sidecars().get(0).site(), ContainerSetMessages.stepSetting(described, "@Sidecar"));
    }
    if (!member.initContainers().isEmpty()) {
      diagnostics.report(member.initContainers().get(0).site(), ContainerSetMessages.stepSetting(described, "@InitContainer"));
    }
    if (!member.settings().volumes().isEmpty()) {
      diagnostics.report(member.settings().volumes().get(0).site(), ContainerSetMessages.stepSetting(described, "@Volume"));
    }
  }

  private static Optional<ScriptModel> find(ContainerSetModel set, String reference) {
    return set.members().stream()
        .filter(member -> member.name().value().equals(reference) || member.methodName().equals(reference))
        .findFirst();
  }

  /** The first cycle of {@code after}, reported at the {@code after} that closes it. */
  private static void cycle(ContainerSetModel set, String setName, Diagnostics diagnostics) {
    Map<String, Integer> state = new LinkedHashMap<>();
    for (ScriptModel member : set.members()) {
      List<ScriptModel> path = new ArrayList<>();
      List<Site> sites = new ArrayList<>();
      if (visit(set, member, state, path, sites, setName, diagnostics)) {
        return;
      }
    }
  }

  /** Depth first; {@code true} once a cycle is reported. */
  private static boolean visit(ContainerSetModel set, ScriptModel member, Map<String, Integer> state,
      List<ScriptModel> path, List<Site> sites, String setName, Diagnostics diagnostics) {
    Integer seen = state.get(member.methodName());
    if (seen != null && seen == 2) {
      return false;
    }
    if (seen != null) {
      int start = path.indexOf(member);
      List<String> names = new ArrayList<>();
      for (ScriptModel step : path.subList(start, path.size())) {
        names.add(step.name().value());
      }
      names.add(member.name().value());
      diagnostics.report(sites.get(sites.size() - 1), ContainerSetMessages.cycle(setName, String.join(" waits for ", names)));
      return true;
    }
    state.put(member.methodName(), 1);
    path.add(member);
    for (Text after : member.after()) {
      ScriptModel dependency = find(set, after.value()).orElseThrow();
      sites.add(after.site());
      if (visit(set, dependency, state, path, sites, setName, diagnostics)) {
        return true;
      }
      sites.remove(sites.size() - 1);
    }
    path.remove(path.size() - 1);
    state.put(member.methodName(), 2);
    return false;
  }
}
