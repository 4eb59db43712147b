package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.KubeNames;
import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowMessages;
import dev.jera.processor.diagnostic.WorkflowSettingsMessages;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ResourcesModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code @Pod} says of pods beyond scheduling: labels and annotations in Kubernetes syntax, a spec
 * patch Argo can apply ({@link SpecPatch}), resource claims the containers' {@code @Resources(claims)}
 * name, DNS settings (the class's only: Argo has them per workflow), and volumes' sub-paths.
 */
final class PodSpecRule implements Rule {
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  private static final Pattern IPV6_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final Pattern DNS_OPTION_NAME = Pattern.compile("[A-Za-z0-9_.:-]+");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    Optional<PodSettings.PlacementModel> classPod = workflow.settings().placement();
    boolean anyFilesComeIn = workflow.pods().stream().anyMatch(PodSpecRule::filesComeIn);
    classPod.ifPresent(pod -> {
      pod(pod, "the workflow", anyFilesComeIn, List.of(), List.of(), diagnostics);
      dns(pod, diagnostics);
    });
    List<String> classClaims = claimNames(classPod);
    workflow.resources().ifPresent(resources -> claims(resources, "the workflow", classClaims, diagnostics));
    subPaths(workflow.settings(), diagnostics);
    for (ScriptModel script : workflow.pods()) {
      String method = script.methodName() + "()";
      Optional<PodSettings.PlacementModel> own = script.settings().placement();
      own.ifPresent(pod -> {
        pod(pod, method, filesComeIn(script), names(script.sidecars()), names(script.initContainers()), diagnostics);
        List<Text> dns = new ArrayList<>(pod.nameservers());
        dns.addAll(pod.dnsOptions());
        dns.addAll(pod.dnsSearches());
        if (!dns.isEmpty()) {
          diagnostics.report(dns.get(0).site(), WorkflowSettingsMessages.dnsOnScript(method));
        }
      });
      // A script's claims replace its class's, as a template's resourceClaims replace the workflow's.
      List<String> claims = own.filter(pod -> !pod.resourceClaims().isEmpty()).isPresent() ? claimNames(own) : classClaims;
      script.resources().ifPresent(resources -> claims(resources, method, claims, diagnostics));
      subPaths(script.settings(), diagnostics);
    }
  }

  /** Whether Argo gives the step's pod an init container, which places input files. */
  private static boolean filesComeIn(ScriptModel script) {
    return script.inputs().stream().anyMatch(dev.jera.processor.model.InputModel::isArtifact);
  }

  private static List<String> names(List<SidecarModel> containers) {
    return containers.stream().map(container -> container.name().value()).toList();
  }

  private static void pod(PodSettings.PlacementModel pod, String owner, boolean filesComeIn, List<String> sidecars,
      List<String> initContainers, Diagnostics diagnostics) {
    for (Parsed<KeyValue> label : pod.labels()) {
      if (!label.isValid()) {
        diagnostics.report(label.site(), WorkflowMessages.labelWithoutEquals(label.written()));
        continue;
      }
      KeyValue pair = label.value();
      LabelSyntax.problem(new KeyValue(pair.key(), withoutTags(pair.value())))
          .ifPresent(problem -> diagnostics.report(label.site(), WorkflowMessages.invalidLabel(label.written(), problem)));
    }
    WorkflowMetadataRule.annotations("the pods'", pod.annotations(), diagnostics);
    pod.specPatch().ifPresent(patch -> SpecPatch.problem(owner, patch.value(), filesComeIn, sidecars, initContainers)
        .ifPresent(message -> diagnostics.report(patch.site(), message)));
    Set<String> names = new HashSet<>();
    for (Parsed<KeyValue> claim : pod.resourceClaims()) {
      Optional<String> problem = claimProblem(claim);
      if (problem.isEmpty() && !names.add(claim.value().key())) {
        problem = Optional.of("claim '" + claim.value().key() + "' is declared twice; keep one");
      }
      problem.ifPresent(p -> diagnostics.report(claim.site(), WorkflowSettingsMessages.invalidResourceClaim(claim.written(), p)));
    }
  }

  private static Optional<String> claimProblem(Parsed<KeyValue> claim) {
    if (!claim.isValid()) {
      return Optional.of("write name=template (a ResourceClaimTemplate) or name=claim/existing (a ResourceClaim)");
    }
    String source = claim.value().value();
    String object = source.startsWith("claim/") ? source.substring("claim/".length()) : source;
    return KubeNames.dns1123Label(claim.value().key()).map(p -> "the name " + p)
        .or(() -> KubeNames.dns1123Subdomain(object).map(p -> "'" + object + "' " + p));
  }

  private static List<String> claimNames(Optional<PodSettings.PlacementModel> pod) {
    List<String> names = new ArrayList<>();
    for (Parsed<KeyValue> claim : pod.map(PodSettings.PlacementModel::resourceClaims).orElse(List.of())) {
      claim.result().map(KeyValue::key).ifPresent(names::add);
    }
    return names;
  }

  private static void claims(ResourcesModel resources, String owner, List<String> declared, Diagnostics diagnostics) {
    for (Text claim : resources.claims()) {
      String name = claim.value().contains("/") ? claim.value().substring(0, claim.value().indexOf('/')) : claim.value();
      if (!declared.contains(name)) {
        diagnostics.report(claim.site(),
            WorkflowSettingsMessages.unknownResourceClaim(name, owner, declared, DidYouMean.closest(name, declared)));
      }
    }
  }

  private static void dns(PodSettings.PlacementModel pod, Diagnostics diagnostics) {
    for (Text nameserver : pod.nameservers()) {
      if (!isIp(nameserver.value())) {
        diagnostics.report(nameserver.site(), WorkflowSettingsMessages.invalidNameserver(nameserver.value()));
      }
    }
    for (Text option : pod.dnsOptions()) {
      String name = option.value().contains("=") ? option.value().substring(0, option.value().indexOf('=')) : option.value();
      if (!DNS_OPTION_NAME.matcher(name).matches()) {
        diagnostics.report(option.site(), WorkflowSettingsMessages.invalidDnsOption(option.value(),
            "write name=value or name, e.g. \"ndots=2\" or \"edns0\""));
      }
    }
    for (Text search : pod.dnsSearches()) {
      KubeNames.dns1123Subdomain(search.value().toLowerCase(java.util.Locale.ROOT))
          .ifPresent(problem -> diagnostics.report(search.site(), WorkflowSettingsMessages.invalidDnsSearch(search.value(), problem)));
    }
  }

  /** An IPv4 address in dotted form, or an IPv6 address, checked by syntax alone (no name is looked up). */
  static boolean isIp(String text) {
    if (IPV4.matcher(text).matches()) {
      return true;
    }
    if (!text.contains(":")) {
      return false;
    }
    String address = text;
    int groupsLeft = 8;
    int lastColon = address.lastIndexOf(':');
    if (address.substring(lastColon + 1).contains(".")) {
      if (!IPV4.matcher(address.substring(lastColon + 1)).matches()) {
        return false;
      }
      address = address.substring(0, lastColon + 1) + "0:0";
    }
    int compressed = address.indexOf("::");
    if (compressed >= 0 && address.indexOf("::", compressed + 1) >= 0) {
      return false;
    }
    List<String> groups = new ArrayList<>();
    for (String half : compressed >= 0 ? new String[] {address.substring(0, compressed), address.substring(compressed + 2)} : new String[] {address}) {
      if (half.isEmpty()) {
        continue;
      }
      for (String group : half.split(":", -1)) {
        if (!IPV6_GROUP.matcher(group).matches()) {
          return false;
        }
        groups.add(group);
      }
    }
    return compressed >= 0 ? groups.size() < groupsLeft : groups.size() == groupsLeft;
  }

  private static void subPaths(PodSettings settings, Diagnostics diagnostics) {
    for (PodSettings.VolumeModel volume : settings.volumes()) {
      volume.subPath().ifPresent(subPath -> {
        String path = subPath.value();
        if (path.startsWith("/")) {
          diagnostics.report(subPath.site(), WorkflowSettingsMessages.invalidSubPath(path, "is absolute; a sub-path is relative to the volume's root, e.g. \"logs\""));
        } else if (List.of(path.split("/")).contains("..")) {
          diagnostics.report(subPath.site(), WorkflowSettingsMessages.invalidSubPath(path, "contains '..', which Kubernetes refuses; name a folder inside the volume"));
        }
      });
    }
  }

  /** A value with its tags replaced by a placeholder a label value accepts: Argo substitutes them first. */
  static String withoutTags(String value) {
    if (!value.contains("{{")) {
      return value;
    }
    try {
      return TemplateText.parse(value).withPlaceholders("x");
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
