package dev.jera.local.engine;

import dev.jera.argo.GoDuration;
import dev.jera.argo.go.GoJson;
import dev.jera.local.Phase;
import dev.jera.local.artifacts.ArtifactStaging;
import dev.jera.local.artifacts.OutputValues;
import dev.jera.local.launch.AttemptOutcome;
import dev.jera.local.launch.PodContainers;
import dev.jera.local.launch.ResultLimit;
import dev.jera.local.launch.SideContainer;
import dev.jera.local.launch.StepLaunch;
import dev.jera.local.launch.StepLauncher;
import dev.jera.local.manifest.ConfigMapKey;
import dev.jera.local.manifest.HttpSettings;
import dev.jera.local.manifest.InputParameter;
import dev.jera.local.manifest.PodContainer;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.RetrySettings;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.Advice;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.SecretMask;
import dev.jera.local.values.StepEnvironment;
import dev.jera.local.values.Variables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call of a pod template with its arguments, resolved as Argo's {@code ProcessArgs} and
 * {@code SubstituteParams} resolve it: each input takes its argument, else its own {@code value} or
 * {@code default} (substituted with the workflow's variables); each input file its source (see
 * {@link ArtifactStaging}); then {@code {{inputs.parameters…}}}, {@code {{inputs.artifacts.X.path}}},
 * {@code {{outputs.artifacts.X.path}}} (the local paths) and {@code {{retries}}} are substituted into the
 * command, args, {@code source} and environment values.
 */
public final class ScriptCall {
  private final String step;
  private final PodTemplate template;
  private final Variables globals;
  private final Map<String, String> inputValues;
  private final Variables variables;
  private final Map<String, String> secrets;
  private final Map<String, String> configMaps;
  private final ArtifactStaging artifacts;
  private final List<String> locks;
  private final Duration timeout;
  private final RetryPlan retry;
  private final SecretMask mask;

  private ScriptCall(String step, PodTemplate template, Variables globals, Map<String, String> inputValues,
      Variables variables, Map<String, String> secrets, Map<String, String> configMaps, ArtifactStaging artifacts,
      List<String> locks, Duration timeout, RetryPlan retry, SecretMask mask) {
    this.step = step;
    this.template = template;
    this.globals = globals;
    this.inputValues = inputValues;
    this.variables = variables;
    this.secrets = secrets;
    this.configMaps = configMaps;
    this.artifacts = artifacts;
    this.locks = locks;
    this.timeout = timeout;
    this.retry = retry;
    this.mask = mask;
  }

  /**
   * Resolves {@code task}'s call of {@code template}.
   *
   * @param arguments the task's argument parameters by name, already substituted
   * @param globals the variables of the task's scope, for inputs' own values and {@code from}
   * @throws CallProblem when Argo would end the step in Error before starting it
   */
  static ScriptCall prepare(Task task, PodTemplate template, Map<String, String> arguments, Variables globals,
      RunContext run) {
    Map<String, String> values = new LinkedHashMap<>();
    for (InputParameter input : template.inputs()) {
      String value;
      if (arguments.get(input.name()) != null) {
        value = arguments.get(input.name());
      } else if (input.configMap() != null) {
        value = configMapValue(input, run.configMaps, run.advice);
      } else if (input.value() != null) {
        value = globals.substitute(input.value());
      } else if (input.defaultValue() != null) {
        value = globals.substitute(input.defaultValue());
      } else {
        throw new CallProblem("inputs.parameters." + input.name() + " was not supplied");
      }
      values.put(input.name(), value);
    }
    Variables variables = globals.with(inputs(template, values));
    ArtifactStaging artifacts = ArtifactStaging.resolve(task.name(), template, task.artifacts(),
        run.artifacts.getOrDefault(task.name(), Map.of()), variables, run.advice, run.repositoryFiles);
    List<String> locks = Locks.keys(template.synchronization(), variables);
    String blocked = run.locks.neverFree(locks);
    if (blocked != null) {
      throw new CallProblem(blocked);
    }
    ScriptCall call = new ScriptCall(task.name(), template, globals, values, variables, run.secrets, run.configMaps,
        artifacts, locks, timeout(template, variables), retry(template, variables), run.mask);
    call.launch("", 1, Path.of(""), Path.of(""), null);
    if (template.http() != null) {
      call.httpRequest(1, Path.of("")); // a Secret it needs and was not given ends the step before it is sent
    }
    return call;
  }

  /**
   * An input read from a ConfigMap's key, as ProcessArgs (workflow/common/util.go) reads it when its
   * caller passes no value: the key's value, else {@code valueFrom.default}, else the step ends in Error
   * with the controller's message (and how to give the key locally).
   */
  private static String configMapValue(InputParameter input, Map<String, String> configMaps, Advice advice) {
    ConfigMapKey key = input.configMap();
    String value = configMaps.get(key.displayName());
    if (value != null) {
      return value;
    }
    if (input.configMapDefault() != null) {
      return input.configMapDefault();
    }
    boolean mapGiven = configMaps.keySet().stream().anyMatch(given -> given.startsWith(key.configMap() + "/"));
    throw new CallProblem("unable to retrieve inputs.parameters." + input.name() + " from ConfigMap: "
        + (mapGiven
            ? "ConfigMap '" + key.configMap() + "' does not have the key '" + key.key() + "'"
            : "ConfigMap '" + key.configMap() + "' does not exist. Please make sure it has the label"
                + " workflows.argoproj.io/configmap-type: Parameter to be detectable by the controller")
        + " (locally: give it with " + advice.configMap(key.configMap(), key.key()) + ")");
  }

  /** The task's name. */
  String step() {
    return step;
  }

  /** The template it calls. */
  PodTemplate template() {
    return template;
  }

  /** The keys of the locks an attempt holds while it runs (see {@link Locks}). */
  List<String> locks() {
    return locks;
  }

  /** The template's timeout, or {@code null} for none. */
  Duration timeout() {
    return timeout;
  }

  /** The template's timeout as written after substitution, such as {@code 30s}, or {@code null}. */
  String timeoutText() {
    String text = variables.substitute(template.timeout());
    return text == null || text.isEmpty() ? null : text;
  }

  /** The retry strategy, or {@code null} for none. */
  RetryPlan retry() {
    return retry;
  }

  /**
   * {@code inputs.parameters.<name>} and {@code inputs.parameters}, the JSON list of the inputs as
   * {@code json.Marshal} writes it ({@code null} for none).
   */
  private static Map<String, String> inputs(PodTemplate template, Map<String, String> values) {
    Map<String, String> locals = new LinkedHashMap<>();
    List<String> entries = new ArrayList<>();
    for (InputParameter input : template.inputs()) {
      String value = values.get(input.name());
      locals.put("inputs.parameters." + input.name(), value);
      entries.add("{\"name\":" + GoJson.quote(input.name())
          + (input.defaultValue() == null ? "" : ",\"default\":" + GoJson.quote(input.defaultValue()))
          + ",\"value\":" + GoJson.quote(value) + "}");
    }
    locals.put("inputs.parameters", entries.isEmpty() ? "null" : "[" + String.join(",", entries) + "]");
    return locals;
  }

  /** Attempt {@code attempt} of the call, substituted, to be stopped after {@code timeout} ({@code null}: never). */
  StepLaunch launch(String node, int attempt, Path folder, Path log, Duration timeout) {
    Path root = folder.resolve("artifacts").toAbsolutePath();
    Variables attemptVariables = attemptVariables(attempt, root);
    List<String> argv = new ArrayList<>();
    for (String part : template.argv()) {
      argv.add(attemptVariables.substitute(part));
    }
    Map<String, String> environment = StepEnvironment.of(template, attemptVariables, secrets, configMaps);
    return new StepLaunch(node, attempt, argv, attemptVariables.substitute(template.source()), environment,
        timeout, folder, log, root, template.container(), template.image(), mask,
        sideContainers(template.initContainers(), attemptVariables), sideContainers(template.sidecars(), attemptVariables));
  }

  /** The variables of attempt {@code attempt}: the call's, {@code {{retries}}}, and the local paths of its files under {@code root}. */
  private Variables attemptVariables(int attempt, Path root) {
    Variables attemptVariables = variables;
    if (retry != null) {
      // SubstituteParams puts {{retries}} into the whole template, its inputs' own values too.
      Map<String, String> retries = Map.of("retries", Integer.toString(attempt - 1));
      Variables attemptLocal = Variables.empty().with(retries);
      Map<String, String> values = new LinkedHashMap<>();
      inputValues.forEach((name, value) -> values.put(name, attemptLocal.substitute(value)));
      attemptVariables = globals.with(inputs(template, values)).with(retries);
    }
    return attemptVariables.with(ArtifactStaging.pathVariables(template, root))
        .with(OutputValues.pathVariables(template, root));
  }

  /** The template's init containers or sidecars, their commands and values substituted as the step's are. */
  private List<SideContainer> sideContainers(List<PodContainer> containers, Variables attemptVariables) {
    List<SideContainer> substituted = new ArrayList<>();
    for (PodContainer container : containers) {
      List<String> argv = new ArrayList<>();
      for (String part : container.argv()) {
        argv.add(attemptVariables.substitute(part));
      }
      substituted.add(new SideContainer(container.name(), argv,
          StepEnvironment.of(container.env(), attemptVariables, secrets, configMaps), container.image()));
    }
    return substituted;
  }

  /**
   * Runs one attempt on a worker: places the input files, launches, and checks that a succeeded attempt
   * left its output files and a result Argo can keep ({@link ResultLimit}). The inputs file the record
   * keeps has the run's secrets masked once the step has read it.
   */
  AttemptOutcome attempt(StepLauncher launcher, StepLaunch launch) throws InterruptedException {
    if (template.http() != null) {
      // No pod: the request is the step, its result the response's body (Argo keeps it whole).
      return HttpExchange.send(httpRequest(launch.attempt(), launch.artifacts()), line -> appendLog(launch.log(), line));
    }
    String problem = placeFiles(launch);
    if (problem != null) {
      return AttemptOutcome.error(problem);
    }
    if (template.data() != null) {
      // No container of the user's: the listing and its transformations are the step.
      Path source = Path.of(ArtifactStaging.pathVariables(template, launch.artifacts())
          .get("inputs.artifacts." + template.data().source() + ".path"));
      return DataTransform.run(template.data(), source);
    }
    return finish(launch, runMember(launcher, launch));
  }

  /**
   * The {@code http} template's request for attempt {@code attempt}: its fields substituted as the rest of the
   * template is, each header from a Secret with the value the run was given.
   *
   * @throws CallProblem when the run was not given a Secret's key a header needs
   */
  HttpExchange.Request httpRequest(int attempt, Path root) {
    HttpSettings http = template.http();
    Variables attemptVariables = attemptVariables(attempt, root);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    Map<String, List<String>> conditionHeaders = new LinkedHashMap<>();
    for (HttpSettings.Header header : http.headers()) {
      if (header.secret() != null) {
        String value = secrets.get(header.displayName());
        if (value == null) {
          throw new CallProblem("secret " + header.displayName() + " is not set");
        }
        headers.add(Map.entry(header.name(), value));
      } else {
        String value = attemptVariables.substitute(header.value());
        headers.add(Map.entry(header.name(), value));
        conditionHeaders.put(header.name(), List.of(value));
      }
    }
    Duration timeout = http.timeoutSeconds() == null ? HttpExchange.DEFAULT_TIMEOUT
        : Duration.ofSeconds(Math.max(0, http.timeoutSeconds()));
    String condition = http.successCondition() == null ? null : attemptVariables.substitute(http.successCondition());
    return new HttpExchange.Request(attemptVariables.substitute(http.method()), attemptVariables.substitute(http.url()),
        headers, conditionHeaders, attemptVariables.substitute(http.body()), timeout, condition, http.insecureSkipVerify());
  }

  /** Adds a line to the step's log, the run's secrets masked. */
  private void appendLog(Path log, String line) {
    try {
      Files.writeString(log, mask.apply(line) + System.lineSeparator(), StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The log is the run's record; the step's outcome does not depend on it.
    }
  }

  /** Places the input files and the folder of the output values; why it could not, or {@code null}. */
  String placeFiles(StepLaunch launch) throws InterruptedException {
    String problem = artifacts.place(launch.artifacts());
    return problem != null ? problem : OutputValues.prepare(template, launch.artifacts());
  }

  /** Launches one container of the pod: the step's own, or a container set's member. */
  AttemptOutcome runMember(StepLauncher launcher, StepLaunch launch) throws InterruptedException {
    try {
      return PodContainers.around(launcher, launch).launch(launch);
    } finally {
      maskInputs(launch.folder().resolve("inputs.json"));
    }
  }

  /** A succeeded pod's outcome once its outputs are checked: an Error when one is missing or the result too large. */
  AttemptOutcome finish(StepLaunch launch, AttemptOutcome outcome) {
    if (outcome.phase() == Phase.SUCCEEDED) {
      String missing = artifacts.missingOutput(launch.artifacts());
      if (missing == null) {
        missing = OutputValues.missing(template, launch.artifacts());
      }
      if (missing != null) {
        return AttemptOutcome.error(missing);
      }
      String tooLarge = outcome.result() == null ? null : ResultLimit.problem(ResultLimit.utf8Length(outcome.result()));
      if (tooLarge != null) {
        return AttemptOutcome.error(tooLarge);
      }
    }
    return outcome;
  }

  /**
   * The launch of a container set's member in the set's attempt {@code pod}: the member's command, its
   * inputs (a Java member's) and environment substituted as the set's are, in the pod's folder.
   */
  StepLaunch memberLaunch(StepLaunch pod, PodTemplate member, Duration timeout) {
    Variables attemptVariables = attemptVariables(pod.attempt(), pod.artifacts());
    List<String> argv = new ArrayList<>();
    for (String part : member.argv()) {
      argv.add(attemptVariables.substitute(part));
    }
    Map<String, String> environment = StepEnvironment.of(member, attemptVariables, secrets, configMaps);
    return new StepLaunch(pod.step(), pod.attempt(), argv, attemptVariables.substitute(member.source()), environment,
        timeout, pod.folder(), pod.log(), pod.artifacts(), member.container(), member.image(), mask, List.of(), List.of());
  }

  private void maskInputs(Path inputs) {
    if (mask.isEmpty() || !Files.isRegularFile(inputs)) {
      return;
    }
    try {
      String text = Files.readString(inputs, StandardCharsets.UTF_8);
      String masked = mask.apply(text);
      if (!masked.equals(text)) {
        Files.writeString(inputs, masked, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      // Then the inputs file shows what the step was given: it is in the run's own record.
    }
  }

  /** What the log says of output files that Argo would store elsewhere (see {@link ArtifactStaging#keptInsteadOfStored}). */
  List<String> keptInsteadOfStored(Path root) {
    return artifacts.keptInsteadOfStored(root, variables);
  }

  /** The output files a succeeded attempt left in {@code root} at keys of the artifact repository, by {@code s3:key}. */
  Map<String, Path> repositoryFiles(Path root) {
    return artifacts.repositoryFiles(root, variables);
  }

  /** The output parameters a succeeded attempt left in {@code root}, by name. */
  Map<String, String> outputValues(Path root) {
    return OutputValues.read(template, root);
  }

  /** The output files a succeeded attempt left in {@code root}, by name. */
  Map<String, Path> outputs(Path root) {
    return artifacts.outputs(root);
  }

  private static Duration timeout(PodTemplate template, Variables variables) {
    String text = variables.substitute(template.timeout());
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CallProblem("invalid timeout: " + e.getMessage());
    }
  }

  /** The template's retries, its expression's tags substituted with the call's inputs as Argo resolves the template. */
  private static RetryPlan retry(PodTemplate template, Variables variables) {
    RetrySettings settings = template.retryStrategy();
    if (settings != null && settings.expression() != null) {
      settings = settings.withExpression(variables.substitute(settings.expression()));
    }
    try {
      return RetryPlan.of(settings);
    } catch (IllegalArgumentException e) {
      throw new CallProblem("invalid retryStrategy: " + e.getMessage());
    }
  }

  /** The values of the template's input parameters, by name. */
  Map<String, String> inputValues() {
    return inputValues;
  }
}
