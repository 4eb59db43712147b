package dev.jera.samples.argo.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns one Argo document (as {@link GoYaml} reads it) into its canonical tree, the form in which two
 * manifests that mean the same to Argo are equal (porting-guide.md §2.3). Every field is kept unless a
 * rule below says otherwise, so the comparison stays closed-world; each rule cites the Argo code that
 * makes it hold. Rules that are Jera's design rather than Argo's semantics (a step's code, image and
 * hardening are Jera's) say so.
 */
final class Canonicaliser {
  /** Metadata of Argo's own test harness (test/e2e/examples_test.go and the docs tooling), and its typos. */
  static final Set<String> HARNESS_METADATA = Set.of(
      "workflows.argoproj.io/no-test",
      "workflows.argoproj.io/no-test-reason",
      "workflows.argoproj.io/no-test-reasons",
      "workflows.argoproj.io/no-test-resons",
      "workflows.argoproj.io/verify.py",
      "workflows.argoproj.io/version",
      "workflows.argoproj.io/veriiony");
  /** The label Jera stamps on every manifest: the project's version, not the workflow's meaning. */
  static final String JERA_VERSION_LABEL = "app.kubernetes.io/version";
  /**
   * What runs inside a step is the port's to choose (issue 12: "Images, commands and script sources
   * differ by design"). The main container's name is forced to "main" by workflowpod.go, so it is
   * dropped too.
   */
  private static final Set<String> POD_INTERNALS = Set.of(
      "image", "command", "args", "source", "workingDir", "imagePullPolicy", "ports", "stdin", "stdinOnce", "tty",
      "terminationMessagePath", "terminationMessagePolicy");
  private static final Set<String> PROBES = Set.of("readinessProbe", "livenessProbe", "startupProbe");
  private static final Set<String> EXPRESSION_KEYS = Set.of("when", "expression", "successCondition", "failureCondition", "fromExpression");
  private static final List<String> TEMPLATE_KINDS =
      List.of("container", "script", "containerSet", "steps", "dag", "resource", "suspend", "http", "data", "plugin");
  /** Go's json.Unmarshal rejects text after the value ("[1,2]-x"), so this reader does too. */
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Canonicaliser() {}

  /** The canonical tree of one document. */
  static Map<String, Object> document(Object raw) {
    Map<String, Object> doc = map(raw, "document");
    String kind = String.valueOf(doc.get("kind"));
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : doc.entrySet()) {
      switch (e.getKey()) {
        case "metadata" -> out.put("metadata", metadata(kind, map(e.getValue(), "metadata")));
        case "spec" -> out.put("spec", kind.equals("CronWorkflow") ? cronSpec(map(e.getValue(), "spec")) : workflowSpec(map(e.getValue(), "spec")));
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    if (kind.equals("Workflow") && !out.containsKey("metadata")) {
      out.put("metadata", metadata(kind, Map.of()));
    }
    return out;
  }

  // ---- N1 metadata ----

  /**
   * A Workflow's name is the port's to choose (porting-guide.md §1.1); what stays is whether it is
   * fixed ({@code name}) or generated ({@code generateName}). Other kinds are referenced by name and
   * keep it. Harness labels/annotations and Jera's version label go; annotations compare with their
   * whitespace collapsed (they are text for the UI).
   */
  private static Map<String, Object> metadata(String kind, Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      String key = e.getKey();
      if (kind.equals("Workflow") && (key.equals("name") || key.equals("generateName"))) {
        continue;
      }
      if (key.equals("labels") || key.equals("annotations")) {
        Map<String, Object> entries = new LinkedHashMap<>();
        map(e.getValue(), key).forEach((k, v) -> {
          if (!HARNESS_METADATA.contains(k) && !k.equals(JERA_VERSION_LABEL)) {
            entries.put(k, key.equals("annotations") && v instanceof String s ? s.strip().replaceAll("\\s+", " ") : generic(v));
          }
        });
        if (!entries.isEmpty()) {
          out.put(key, entries);
        }
        continue;
      }
      out.put(key, generic(e.getValue()));
    }
    if (kind.equals("Workflow")) {
      out.put("fixedName", raw.containsKey("name"));
    }
    return out;
  }

  // ---- specs ----

  /** CronWorkflowSpec, with the defaults cron/operator.go applies. */
  private static Map<String, Object> cronSpec(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      switch (e.getKey()) {
        case "workflowSpec" -> out.put("workflowSpec", workflowSpec(map(e.getValue(), "workflowSpec")));
        // CronWorkflowSpec.Suspend is a plain bool: false is its zero value
        case "suspend" -> putUnlessFalse(out, "suspend", e.getValue());
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    // operator.go: "" behaves as Allow; enforceHistoryLimit keeps 3 successful and 1 failed by default
    out.putIfAbsent("concurrencyPolicy", "Allow");
    out.putIfAbsent("successfulJobsHistoryLimit", BigDecimal.valueOf(3));
    out.putIfAbsent("failedJobsHistoryLimit", BigDecimal.ONE);
    return out;
  }

  /** WorkflowSpec (of a Workflow, a WorkflowTemplate, a ClusterWorkflowTemplate or a CronWorkflow). */
  private static Map<String, Object> workflowSpec(Map<String, Object> spec) {
    Map<String, Object> raw = withoutUndeclaredArguments(spec);
    Map<String, Object> out = new LinkedHashMap<>();
    Object onExit = null;
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      Object v = e.getValue();
      switch (e.getKey()) {
        case "templates" -> out.put("templates", keyed(list(v, "templates"), "name", Canonicaliser::template));
        case "arguments" -> putUnlessEmpty(out, "arguments", arguments(map(v, "arguments")));
        case "onExit" -> onExit = v;
        case "hooks" -> out.put("hooks", hooks(map(v, "hooks")));
        case "volumes" -> {} // below, with the templates' volumes
        case "volumeClaimTemplates" -> out.put("volumeClaimTemplates", keyed(list(v, "volumeClaimTemplates"), null, Canonicaliser::claimTemplate));
        // Jera's restricted pod profile: the pod's hardening is Jera's, like its image (porting-guide N5)
        case "securityContext" -> {}
        case "retryStrategy" -> out.put("retryStrategy", retry(map(v, "retryStrategy")));
        case "templateDefaults" -> out.put("templateDefaults", template(map(v, "templateDefaults")));
        case "podGC" -> out.put("podGC", podGc(map(v, "podGC")));
        case "synchronization" -> out.put("synchronization", synchronization(map(v, "synchronization")));
        case "imagePullSecrets", "tolerations" -> out.put(e.getKey(), bag(v));
        case "metrics" -> out.put("metrics", metrics(map(v, "metrics")));
        case "workflowTemplateRef" -> out.put("workflowTemplateRef", templateRef(map(v, "workflowTemplateRef")));
        case "podSpecPatch" -> out.put("podSpecPatch", embedded(v));
        case "podResources" -> out.put("podResources", resources(map(v, "podResources")));
        case "artifactRepositoryRef" -> {
          Map<String, Object> ref = genericMap(map(v, "artifactRepositoryRef"));
          // artifactrepositories.go: ref.GetConfigMapOr("artifact-repositories")
          ref.putIfAbsent("configMap", "artifact-repositories");
          out.put("artifactRepositoryRef", ref);
        }
        // *bool fields whose nil Argo reads as false (operator.go: Spec.Suspend != nil && *Spec.Suspend;
        // workflowpod.go sets hostNetwork only when non-nil)
        case "suspend", "hostNetwork" -> putUnlessFalse(out, e.getKey(), v);
        default -> out.put(e.getKey(), generic(v));
      }
    }
    if (onExit != null) {
      exitHook(out, onExit);
    }
    Keyed volumes = volumes(raw);
    if (!volumes.entries().isEmpty()) {
      out.put("volumes", volumes);
    }
    return out;
  }

  /**
   * The spec with each step's and task's argument parameters that name no input of the template it
   * calls (one of this spec, by {@code template}, or of an example's WorkflowTemplate, by {@code templateRef}) left out: ProcessArgs (workflow/common/util.go) reads
   * an argument only for a declared input, so the others change nothing the template sees or outputs.
   */
  private static Map<String, Object> withoutUndeclaredArguments(Map<String, Object> spec) {
    if (!(spec.get("templates") instanceof List<?> templates)) {
      return spec;
    }
    Map<String, Set<String>> inputs = new HashMap<>();
    for (Object t : templates) {
      Map<String, Object> template = map(t, "template");
      inputs.put(String.valueOf(template.get("name")), TemplateCatalog.declared(template));
    }
    Function<Object, Object> step = s -> {
      Map<String, Object> raw = map(s, "step");
      Set<String> declared = TemplateCatalog.examples().calleeInputs(raw, inputs).orElse(null);
      Map<String, Object> arguments = map(raw.get("arguments"), "arguments");
      if (declared == null || arguments.get("parameters") == null) {
        return raw;
      }
      List<Object> kept = new ArrayList<>();
      for (Object p : list(arguments.get("parameters"), "arguments.parameters")) {
        if (declared.contains(String.valueOf(map(p, "parameter").get("name")))) {
          kept.add(p);
        }
      }
      Map<String, Object> args = new LinkedHashMap<>(arguments);
      args.put("parameters", kept);
      Map<String, Object> copy = new LinkedHashMap<>(raw);
      copy.put("arguments", args);
      return copy;
    };
    List<Object> rewritten = new ArrayList<>();
    for (Object t : templates) {
      Map<String, Object> template = new LinkedHashMap<>(map(t, "template"));
      if (template.get("steps") != null) {
        List<Object> groups = new ArrayList<>();
        for (Object group : list(template.get("steps"), "steps")) {
          groups.add(list(group, "steps group").stream().map(step).toList());
        }
        template.put("steps", groups);
      }
      if (template.get("dag") != null) {
        Map<String, Object> dag = new LinkedHashMap<>(map(template.get("dag"), "dag"));
        dag.put("tasks", list(dag.get("tasks"), "tasks").stream().map(step).toList());
        template.put("dag", dag);
      }
      rewritten.add(template);
    }
    Map<String, Object> copy = new LinkedHashMap<>(spec);
    copy.put("templates", rewritten);
    return copy;
  }

  /**
   * {@code onExit: X} is {@code hooks: {exit: {template: X}}}: GetExitHook (workflow_types.go) returns
   * {@code LifecycleHook{Template: OnExit}} and gives it the same arguments either way; when both are
   * given, onExit wins.
   */
  @SuppressWarnings("unchecked")
  private static void exitHook(Map<String, Object> out, Object template) {
    Keyed hooks = (Keyed) out.computeIfAbsent("hooks", k -> new Keyed(new LinkedHashMap<>(), new ArrayList<>()));
    Map<String, Object> exit = new LinkedHashMap<>();
    exit.put("template", generic(template));
    hooks.entries().put("exit", exit);
  }

  /**
   * Volumes of the spec and of every template, one set by name: a spec volume is added to a pod only
   * when its template mounts it (workflowpod.go addVolumeReferences), and every template's mounts are
   * compared, so where a volume is declared does not change a pod. A name defined differently in two
   * places keeps all its definitions.
   */
  private static Keyed volumes(Map<String, Object> spec) {
    Map<String, List<Object>> definitions = new LinkedHashMap<>();
    List<Object> all = new ArrayList<>();
    if (spec.get("volumes") != null) {
      all.addAll(list(spec.get("volumes"), "volumes"));
    }
    if (spec.get("templates") instanceof List<?> templates) {
      for (Object t : templates) {
        if (t instanceof Map<?, ?> template && template.get("volumes") != null) {
          all.addAll(list(template.get("volumes"), "volumes"));
        }
      }
    }
    for (Object v : all) {
      Map<String, Object> volume = genericMap(map(v, "volume"));
      String name = String.valueOf(volume.remove("name"));
      List<Object> defs = definitions.computeIfAbsent(name, n -> new ArrayList<>());
      if (!defs.contains(volume)) {
        defs.add(volume);
      }
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    definitions.forEach((name, defs) -> entries.put(name, defs.size() == 1 ? defs.get(0) : new Bag(defs)));
    return new Keyed(entries, List.of());
  }

  private static Map<String, Object> claimTemplate(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      if (e.getKey().equals("spec")) {
        Map<String, Object> spec = new LinkedHashMap<>();
        map(e.getValue(), "spec").forEach((k, v) -> spec.put(k,
            k.equals("accessModes") ? bag(v) : k.equals("resources") ? resources(map(v, "resources")) : generic(v)));
        out.put("spec", spec);
      } else if (e.getKey().equals("metadata")) {
        Map<String, Object> metadata = genericMap(map(e.getValue(), "metadata"));
        metadata.remove("name");
        if (!metadata.isEmpty()) {
          out.put("metadata", metadata);
        }
      } else {
        out.put(e.getKey(), generic(e.getValue()));
      }
    }
    return out;
  }

  private static Map<String, Object> podGc(Map<String, Object> raw) {
    Map<String, Object> out = genericMap(raw);
    if (out.containsKey("deleteDelayDuration")) {
      out.put("deleteDelayDuration", ArgoScalars.secondsOrDuration(out.get("deleteDelayDuration")));
    }
    return out;
  }

  // ---- templates ----

  /**
   * A template: its kind ({@code container} and {@code script} are one kind, {@code pod}: a port's steps
   * are Java), then every field, canonical.
   */
  static Map<String, Object> template(Map<String, Object> raw) {
    boolean daemon = Boolean.TRUE.equals(raw.get("daemon"));
    boolean pod = raw.containsKey("container") || raw.containsKey("script") || raw.containsKey("containerSet");
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> kinds = TEMPLATE_KINDS.stream().filter(raw::containsKey)
        .map(k -> k.equals("container") || k.equals("script") ? "pod" : k).distinct().toList();
    if (!kinds.isEmpty()) {
      out.put("kind", kinds.size() == 1 ? kinds.get(0) : kinds);
    }
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      Object v = e.getValue();
      switch (e.getKey()) {
        case "name" -> {}
        case "container", "script" -> out.put("container", container(map(v, e.getKey()), daemon, true));
        case "containerSet" -> out.put("containerSet", containerSet(map(v, "containerSet")));
        case "steps" -> {
          List<Object> groups = new ArrayList<>();
          for (Object group : list(v, "steps")) {
            groups.add(keyed(list(group, "steps group"), "name", Canonicaliser::step));
          }
          out.put("steps", groups);
        }
        case "dag" -> out.put("dag", dag(map(v, "dag")));
        case "inputs" -> putUnlessEmpty(out, "inputs", inputsOrOutputs(map(v, "inputs"), pod, false));
        case "outputs" -> putUnlessEmpty(out, "outputs", inputsOrOutputs(map(v, "outputs"), pod, true));
        case "retryStrategy" -> out.put("retryStrategy", retry(map(v, "retryStrategy")));
        case "timeout", "pendingTimeout" -> out.put(e.getKey(), ArgoScalars.secondsOrDuration(generic(v)));
        case "activeDeadlineSeconds" -> out.put(e.getKey(), ArgoScalars.intOrString(generic(v)));
        // *bool read as false when nil: IsDaemon(), IsFailFast() (workflow_types.go)
        case "daemon", "failFast" -> putUnlessFalse(out, e.getKey(), v);
        case "memoize" -> out.put("memoize", memoize(map(v, "memoize")));
        case "synchronization" -> out.put("synchronization", synchronization(map(v, "synchronization")));
        case "metrics" -> out.put("metrics", metrics(map(v, "metrics")));
        case "tolerations" -> out.put("tolerations", bag(v));
        case "volumes" -> {} // with the spec's volumes
        case "sidecars", "initContainers" -> out.put(e.getKey(), keyed(list(v, e.getKey()), "name", c -> container(c, false, false)));
        case "podSpecPatch" -> out.put("podSpecPatch", embedded(v));
        case "podResources" -> out.put("podResources", resources(map(v, "podResources")));
        case "resource" -> out.put("resource", resource(map(v, "resource")));
        case "suspend" -> {
          Map<String, Object> suspend = genericMap(map(v, "suspend"));
          if (suspend.containsKey("duration")) {
            suspend.put("duration", ArgoScalars.secondsOrDuration(suspend.get("duration")));
          }
          out.put("suspend", suspend);
        }
        case "http" -> out.put("http", http(map(v, "http")));
        case "securityContext" -> {} // the pod's hardening is Jera's (porting-guide N5)
        default -> out.put(e.getKey(), generic(v));
      }
    }
    return out;
  }

  /**
   * A container's canonical form (N5): what runs and how it is started is the port's; what Argo and
   * Kubernetes do with the pod stays: resources, mounts, references to Secrets and ConfigMaps
   * ({@code env[].valueFrom}, with the variable's name dropped: the Java code reads it by whatever name),
   * {@code envFrom}, {@code privileged: true}, and, for a daemon's main container, its probe's kind and
   * timings (the controller waits for a daemon to be ready; the port serves on its own port and path).
   * Plain env values are the step's own configuration.
   */
  private static Map<String, Object> container(Map<String, Object> raw, boolean daemon, boolean main) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      if (POD_INTERNALS.contains(key) || (main && key.equals("name"))) {
        continue;
      }
      if (PROBES.contains(key)) {
        if (daemon && main) {
          out.put(key, probe(map(v, key)));
        }
        continue;
      }
      switch (key) {
        case "env" -> {
          List<Object> references = new ArrayList<>();
          for (Object entry : list(v, "env")) {
            Object from = map(entry, "env entry").get("valueFrom");
            if (from != null) {
              references.add(generic(from));
            }
          }
          if (!references.isEmpty()) {
            out.put("env", new Bag(references));
          }
        }
        case "envFrom" -> out.put("envFrom", bag(v));
        case "volumeMounts" -> out.put("volumeMounts", mounts(v));
        case "resources" -> out.put("resources", resources(map(v, "resources")));
        case "securityContext" -> {
          if (Boolean.TRUE.equals(map(v, "securityContext").get("privileged"))) {
            out.put("securityContext", Map.of("privileged", true));
          }
        }
        // *bool: workflowpod.go mirrors mounts only when it is non-nil and true
        case "mirrorVolumeMounts" -> putUnlessFalse(out, key, v);
        case "dependencies" -> out.put(key, bag(v));
        default -> out.put(key, generic(v));
      }
    }
    return out;
  }

  private static Map<String, Object> probe(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      if (Set.of("exec", "httpGet", "tcpSocket", "grpc").contains(e.getKey())) {
        out.put("handler", e.getKey());
      } else {
        out.put(e.getKey(), generic(e.getValue()));
      }
    }
    return out;
  }

  private static Bag mounts(Object raw) {
    List<Object> mounts = new ArrayList<>();
    for (Object m : list(raw, "volumeMounts")) {
      Map<String, Object> mount = genericMap(map(m, "volumeMount"));
      // VolumeMount.ReadOnly is a plain bool
      if (Boolean.FALSE.equals(mount.get("readOnly"))) {
        mount.remove("readOnly");
      }
      mounts.add(mount);
    }
    return new Bag(mounts);
  }

  private static Map<String, Object> resources(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      if (e.getKey().equals("requests") || e.getKey().equals("limits")) {
        Map<String, Object> amounts = new LinkedHashMap<>();
        map(e.getValue(), e.getKey()).forEach((k, v) -> amounts.put(k, ArgoScalars.quantity(v)));
        out.put(e.getKey(), amounts);
      } else if (e.getKey().equals("claims")) {
        out.put("claims", bag(e.getValue()));
      } else {
        out.put(e.getKey(), generic(e.getValue()));
      }
    }
    return out;
  }

  private static Map<String, Object> containerSet(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      switch (e.getKey()) {
        case "containers" -> out.put("containers", keyed(list(e.getValue(), "containers"), "name", c -> container(c, false, false)));
        case "volumeMounts" -> out.put("volumeMounts", mounts(e.getValue()));
        case "retryStrategy" -> {
          Map<String, Object> retry = genericMap(map(e.getValue(), "retryStrategy"));
          if (retry.containsKey("retries")) {
            retry.put("retries", ArgoScalars.intOrString(retry.get("retries")));
          }
          out.put("retryStrategy", retry);
        }
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    return out;
  }

  private static Map<String, Object> resource(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      switch (e.getKey()) {
        case "manifest" -> out.put("manifest", embedded(e.getValue()));
        // ResourceTemplate.SetOwnerReference is a plain bool
        case "setOwnerReference" -> putUnlessFalse(out, "setOwnerReference", e.getValue());
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    // executor/resource.go: mergeStrategy := "strategic" unless given
    out.putIfAbsent("mergeStrategy", "strategic");
    return out;
  }

  private static Map<String, Object> http(Map<String, Object> raw) {
    Map<String, Object> out = genericMap(raw);
    // agent.go passes Method to http.NewRequestWithContext, where "" means GET (net/http)
    out.putIfAbsent("method", "GET");
    // HTTP.InsecureSkipVerify is a plain bool
    if (Boolean.FALSE.equals(out.get("insecureSkipVerify"))) {
      out.remove("insecureSkipVerify");
    }
    return out;
  }

  private static Map<String, Object> memoize(Map<String, Object> raw) {
    Map<String, Object> out = genericMap(raw);
    if (out.containsKey("maxAge")) {
      // operator.go reads maxAge with time.ParseDuration (no bare seconds)
      out.put("maxAge", ArgoScalars.duration(out.get("maxAge")));
    }
    return out;
  }

  private static Map<String, Object> metrics(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      if (e.getKey().equals("prometheus")) {
        List<Object> metrics = new ArrayList<>();
        for (Object m : list(e.getValue(), "prometheus")) {
          Map<String, Object> metric = genericMap(map(m, "metric"));
          if (metric.get("labels") instanceof List<?> labels) {
            metric.put("labels", new Bag(new ArrayList<>(labels)));
          }
          metrics.add(metric);
        }
        out.put("prometheus", new Bag(metrics));
      } else {
        out.put(e.getKey(), generic(e.getValue()));
      }
    }
    return out;
  }

  private static Map<String, Object> synchronization(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> out.put(k, k.equals("mutexes") || k.equals("semaphores") ? bag(v) : generic(v)));
    return out;
  }

  /** retryPolicy as RetryPolicyActual() (workflow_types.go) reads it; IntOrString and durations canonical. */
  private static Map<String, Object> retry(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      switch (e.getKey()) {
        case "limit" -> out.put("limit", ArgoScalars.intOrString(generic(e.getValue())));
        case "backoff" -> {
          Map<String, Object> backoff = new LinkedHashMap<>();
          map(e.getValue(), "backoff").forEach((k, v) -> backoff.put(k,
              k.equals("factor") ? ArgoScalars.intOrString(generic(v))
                  : Set.of("duration", "maxDuration", "cap").contains(k) ? ArgoScalars.secondsOrDuration(generic(v))
                  : generic(v)));
          out.put("backoff", backoff);
        }
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    Object policy = out.get("retryPolicy");
    if (policy == null || "".equals(policy)) {
      Object expression = out.get("expression");
      out.put("retryPolicy", expression == null || "".equals(expression) ? "OnFailure" : "Always");
    }
    return out;
  }

  // ---- inputs, outputs, arguments ----

  private static Map<String, Object> inputsOrOutputs(Map<String, Object> raw, boolean pod, boolean outputs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      switch (e.getKey()) {
        case "parameters" -> putUnlessEmpty(out, "parameters", keyed(list(e.getValue(), "parameters"), "name", Canonicaliser::parameter));
        case "artifacts" -> putUnlessEmpty(out, "artifacts", keyed(list(e.getValue(), "artifacts"), "name", a -> artifact(a, pod, outputs)));
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    return out;
  }

  /** Arguments (Go struct, not a pointer): empty lists and an empty object are its zero value. */
  private static Map<String, Object> arguments(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      switch (e.getKey()) {
        case "parameters" -> putUnlessEmpty(out, "parameters", keyed(list(e.getValue(), "parameters"), "name", Canonicaliser::parameter));
        case "artifacts" -> putUnlessEmpty(out, "artifacts", keyed(list(e.getValue(), "artifacts"), "name", a -> artifact(a, false, false)));
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    return out;
  }

  /**
   * A parameter: value, default, enum and description are AnyString (N2); an output's
   * {@code valueFrom.path} is a path inside the port's container, kept only as "read from a file" (N6).
   */
  private static Map<String, Object> parameter(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      Object v = e.getValue();
      switch (e.getKey()) {
        case "name" -> {}
        case "value", "default", "description" -> out.put(e.getKey(), generic(ArgoScalars.anyString(v)));
        case "enum" -> {
          List<Object> items = new ArrayList<>();
          for (Object item : list(v, "enum")) {
            items.add(generic(ArgoScalars.anyString(item)));
          }
          out.put("enum", items);
        }
        case "valueFrom" -> {
          Map<String, Object> from = new LinkedHashMap<>();
          map(v, "valueFrom").forEach((k, x) -> from.put(k,
              k.equals("default") ? generic(ArgoScalars.anyString(x)) : k.equals("path") ? "*" : generic(x, k)));
          out.put("valueFrom", from);
        }
        default -> out.put(e.getKey(), generic(v, e.getKey()));
      }
    }
    return out;
  }

  /**
   * An artifact: a pod template's {@code path} and {@code mode} are places in the port's container
   * (N6); {@code optional} and {@code recurseMode} are plain bools; an output without {@code archive}
   * is tarred and gzipped (executor.go stageArchiveFile: "default to the tar strategy").
   */
  private static Map<String, Object> artifact(Map<String, Object> raw, boolean pod, boolean output) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      String key = e.getKey();
      if (key.equals("name") || (pod && (key.equals("path") || key.equals("mode")))) {
        continue;
      }
      if (key.equals("optional") || key.equals("recurseMode")) {
        putUnlessFalse(out, key, e.getValue());
      } else {
        out.put(key, generic(e.getValue(), key));
      }
    }
    if (output) {
      out.putIfAbsent("archive", Map.of("tar", Map.of()));
    }
    return out;
  }

  // ---- graphs ----

  private static Map<String, Object> dag(Map<String, Object> raw) {
    Map<String, Set<String>> continueOn = new HashMap<>();
    Set<String> loops = new HashSet<>();
    Object tasks = raw.get("tasks");
    if (tasks != null) {
      for (Object t : list(tasks, "tasks")) {
        Map<String, Object> task = map(t, "task");
        String name = String.valueOf(task.get("name"));
        if (task.get("continueOn") instanceof Map<?, ?> flags) {
          Set<String> set = new TreeSet<>();
          flags.forEach((k, v) -> {
            if (Boolean.TRUE.equals(v)) {
              set.add(String.valueOf(k));
            }
          });
          continueOn.put(name, set);
        }
        if (task.containsKey("withItems") || task.containsKey("withParam") || task.containsKey("withSequence")) {
          loops.add(name);
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      switch (e.getKey()) {
        case "tasks" -> out.put("tasks", keyed(list(e.getValue(), "tasks"), "name", t -> task(t, continueOn, loops)));
        default -> out.put(e.getKey(), generic(e.getValue()));
      }
    }
    // dag.go: failFast := d.tmpl.DAG.FailFast == nil || *d.tmpl.DAG.FailFast
    out.putIfAbsent("failFast", true);
    return out;
  }

  /**
   * A DAG task: a step, plus its dependencies as one {@link Depends} ({@code dependencies: [a, b]} is
   * {@code "a && b"}, ancestry.go getTaskDependsLogic; none is {@code true}).
   */
  private static Map<String, Object> task(Map<String, Object> raw, Map<String, Set<String>> continueOn, Set<String> loops) {
    Map<String, Object> out = step(raw);
    Object depends = raw.get("depends");
    String expression;
    if (depends instanceof String s && !s.isBlank()) {
      expression = s;
      out.remove("depends");
    } else {
      out.remove("depends");
      List<String> names = new ArrayList<>();
      if (raw.get("dependencies") != null) {
        for (Object d : list(raw.get("dependencies"), "dependencies")) {
          names.add(String.valueOf(d));
        }
      }
      out.remove("dependencies");
      expression = names.isEmpty() ? "true" : String.join(" && ", names);
    }
    out.put("depends", new Depends(expression, continueOn, loops));
    return out;
  }

  /** A step or a task (the fields they share). */
  private static Map<String, Object> step(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    Object onExit = null;
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      Object v = e.getValue();
      switch (e.getKey()) {
        case "name" -> {}
        case "arguments" -> putUnlessEmpty(out, "arguments", arguments(map(v, "arguments")));
        case "onExit" -> onExit = v;
        case "hooks" -> out.put("hooks", hooks(map(v, "hooks")));
        case "continueOn" -> {
          // ContinueOn's fields are plain bools; an empty one is what no continueOn means (dag.go, steps.go)
          Map<String, Object> flags = new LinkedHashMap<>();
          map(v, "continueOn").forEach((k, x) -> putUnlessFalse(flags, k, x));
          putUnlessEmpty(out, "continueOn", flags);
        }
        case "withItems" -> out.put("withItems", items(list(v, "withItems")));
        case "withParam" -> {
          List<Object> literal = jsonArray(v);
          if (literal != null) {
            out.put("withItems", items(literal)); // json.Unmarshal of the literal gives the same items
          } else {
            out.put("withParam", generic(v));
          }
        }
        case "withSequence" -> out.put("withSequence", sequence(map(v, "withSequence")));
        case "templateRef" -> out.put("templateRef", templateRef(map(v, "templateRef")));
        case "inline" -> out.put("inline", template(map(v, "inline")));
        default -> out.put(e.getKey(), generic(v, e.getKey()));
      }
    }
    if (onExit != null) {
      exitHook(out, onExit);
    }
    return out;
  }

  private static Keyed hooks(Map<String, Object> raw) {
    Map<String, Object> entries = new LinkedHashMap<>();
    raw.forEach((name, h) -> {
      Map<String, Object> hook = new LinkedHashMap<>();
      map(h, "hook").forEach((k, v) -> {
        switch (k) {
          // LifecycleHook.WithArgs: empty arguments are the caller's
          case "arguments" -> putUnlessEmpty(hook, "arguments", arguments(map(v, "arguments")));
          case "templateRef" -> hook.put("templateRef", templateRef(map(v, "templateRef")));
          default -> hook.put(k, generic(v, k));
        }
      });
      entries.put(name, hook);
    });
    return new Keyed(entries, List.of());
  }

  private static Map<String, Object> templateRef(Map<String, Object> raw) {
    Map<String, Object> out = genericMap(raw);
    // TemplateRef/WorkflowTemplateRef.ClusterScope are plain bools
    if (Boolean.FALSE.equals(out.get("clusterScope"))) {
      out.remove("clusterScope");
    }
    return out;
  }

  private static Map<String, Object> sequence(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> out.put(k, Set.of("count", "start", "end").contains(k) ? ArgoScalars.intOrString(generic(v)) : generic(v)));
    // operator.go expandSequence: start is 0 unless given
    out.putIfAbsent("start", "0");
    return out;
  }

  private static List<Object> items(List<Object> raw) {
    List<Object> items = new ArrayList<>();
    for (Object item : raw) {
      items.add(item instanceof Map || item instanceof List ? item : ArgoScalars.itemScalar(item));
    }
    return items;
  }

  /** A withParam with no tag that parses as a JSON array (controller: json.Unmarshal into []Item). */
  private static List<Object> jsonArray(Object value) {
    if (!(value instanceof String s) || s.contains("{{")) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(s);
      if (node == null || !node.isArray()) {
        return null;
      }
      return list(GoYaml.document(node.toString()), "withParam");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // ---- N9: text that holds a manifest ----

  /**
   * A resource manifest or a podSpecPatch: Argo hands the text to kubectl or to a strategic merge
   * patch, so it is compared as the data it parses to, with each tag replaced by a placeholder
   * numbered in order of first use, and the placeholders' tags compared as a list.
   */
  static Object embedded(Object value) {
    if (!(value instanceof String text)) {
      return generic(value);
    }
    List<String> tags = new ArrayList<>();
    StringBuilder replaced = new StringBuilder();
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
      if (close < 0) {
        replaced.append(text, at, text.length());
        break;
      }
      String tag = Tags.normalise(text.substring(open, close + 2));
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
      replaced.append(text, at, open).append("__TAG_").append(tags.indexOf(tag)).append("__");
      at = close + 2;
    }
    try {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("documents", GoYaml.documents(replaced.toString()));
      out.put("tags", tags);
      return out;
    } catch (RuntimeException e) {
      return Tags.normalise(text);
    }
  }

  // ---- generic ----

  /** Any other value: tags spelled one way (N8); maps and lists as they are. */
  static Object generic(Object value) {
    return generic(value, null);
  }

  /** As {@link #generic(Object)}, with the value of an expression field's whitespace collapsed. */
  private static Object generic(Object value, String key) {
    if (value instanceof String s) {
      return key != null && EXPRESSION_KEYS.contains(key) ? Tags.expression(s) : Tags.normalise(s);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), generic(v, String.valueOf(k))));
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object item : l) {
        out.add(generic(item, null));
      }
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> genericMap(Map<String, Object> raw) {
    return (Map<String, Object>) generic(raw);
  }

  private static Bag bag(Object raw) {
    List<Object> items = new ArrayList<>();
    for (Object item : list(raw, "list")) {
      items.add(generic(item));
    }
    return new Bag(items);
  }

  /** A list of objects keyed by {@code nameKey} (or by {@code metadata.name} when null). */
  private static Keyed keyed(List<Object> raw, String nameKey, Function<Map<String, Object>, Object> canonical) {
    Map<String, Object> entries = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Object item : raw) {
      Map<String, Object> m = map(item, "entry");
      Object name = nameKey == null ? map(m.getOrDefault("metadata", Map.of()), "metadata").get("name") : m.get(nameKey);
      String key = Objects.toString(name, "(no name)");
      if (entries.containsKey(key)) {
        duplicates.add(key);
      }
      entries.put(key, canonical.apply(m));
    }
    return new Keyed(entries, duplicates);
  }

  private static void putUnlessFalse(Map<String, Object> out, String key, Object value) {
    if (!Boolean.FALSE.equals(value)) {
      out.put(key, generic(value));
    }
  }

  private static void putUnlessEmpty(Map<String, Object> out, String key, Object value) {
    boolean empty = value instanceof Map<?, ?> m ? m.isEmpty()
        : value instanceof Keyed k ? k.entries().isEmpty() && k.duplicates().isEmpty()
        : value instanceof List<?> l && l.isEmpty();
    if (!empty) {
      out.put(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String what) {
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (value instanceof Map<?, ?>) {
      return (Map<String, Object>) value;
    }
    throw new IllegalArgumentException(what + " is not an object: " + value);
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value, String what) {
    if (value == null) {
      return new ArrayList<>();
    }
    if (value instanceof List<?>) {
      return (List<Object>) value;
    }
    throw new IllegalArgumentException(what + " is not a list: " + value);
  }
}
