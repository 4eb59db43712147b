package dev.jera.runtime.local;

import dev.jera.runtime.argo.GoDuration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call of a script template with its arguments, resolved as Argo's {@code ProcessArgs} and
 * {@code SubstituteParams} resolve it: each input takes its argument, else its own {@code value} or
 * {@code default} (substituted with the workflow's variables); then {@code {{inputs.parameters…}}} and
 * {@code {{retries}}} are substituted into the command, args and {@code source}.
 */
final class ScriptCall {
  private final ScriptTemplate template;
  private final Variables variables;
  private final Map<String, String> environment;
  private final Duration timeout;
  private final RetryPlan retry;

  private ScriptCall(ScriptTemplate template, Variables variables, Map<String, String> environment,
      Duration timeout, RetryPlan retry) {
    this.template = template;
    this.variables = variables;
    this.environment = environment;
    this.timeout = timeout;
    this.retry = retry;
  }

  /**
   * Resolves a call of {@code template}.
   *
   * @param arguments the caller's arguments by name, already substituted
   * @param globals the variables of the caller's scope, for inputs' own values
   * @param secrets the run's secret values by {@code secret/key}
   * @throws Problem when Argo would end the step in Error before starting it
   */
  static ScriptCall prepare(ScriptTemplate template, Map<String, String> arguments, Variables globals,
      Map<String, String> secrets) {
    Map<String, String> locals = new LinkedHashMap<>();
    List<String> entries = new ArrayList<>();
    for (InputParameter input : template.inputs()) {
      String value;
      if (arguments.get(input.name()) != null) {
        value = arguments.get(input.name());
      } else if (input.value() != null) {
        value = globals.substitute(input.value());
      } else if (input.defaultValue() != null) {
        value = globals.substitute(input.defaultValue());
      } else {
        throw new Problem("inputs.parameters." + input.name() + " was not supplied");
      }
      locals.put("inputs.parameters." + input.name(), value);
      entries.add("{\"name\":" + GoJson.quote(input.name())
          + (input.defaultValue() == null ? "" : ",\"default\":" + GoJson.quote(input.defaultValue()))
          + ",\"value\":" + GoJson.quote(value) + "}");
    }
    // json.Marshal of a template without inputs gives null, as Argo substitutes it.
    locals.put("inputs.parameters", entries.isEmpty() ? "null" : "[" + String.join(",", entries) + "]");
    Variables variables = globals.with(locals);
    Map<String, String> environment = new LinkedHashMap<>();
    for (SecretRef secret : template.secrets()) {
      String value = secrets.get(secret.displayName());
      if (value == null) {
        throw new Problem("secret " + secret.displayName() + " is not set");
      }
      environment.put(secret.variable(), value);
    }
    ScriptCall call = new ScriptCall(template, variables, environment, timeout(template, variables), retry(template));
    call.launch("", 1, Path.of(""), Path.of(""));
    return call;
  }

  /** The retry strategy, or {@code null} for none. */
  RetryPlan retry() {
    return retry;
  }

  /** Attempt {@code attempt} of the call, substituted. */
  StepLaunch launch(String step, int attempt, Path folder, Path log) {
    Variables attemptVariables = retry == null
        ? variables
        : variables.with(Map.of("retries", Integer.toString(attempt - 1)));
    List<String> argv = new ArrayList<>();
    for (String part : template.command()) {
      argv.add(attemptVariables.substitute(part));
    }
    for (String part : template.args()) {
      argv.add(attemptVariables.substitute(part));
    }
    return new StepLaunch(step, attempt, argv, attemptVariables.substitute(template.source()), environment,
        timeout, folder, log);
  }

  private static Duration timeout(ScriptTemplate template, Variables variables) {
    String text = variables.substitute(template.timeout());
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return GoDuration.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Problem("invalid timeout: " + e.getMessage());
    }
  }

  private static RetryPlan retry(ScriptTemplate template) {
    try {
      return RetryPlan.of(template.retryStrategy());
    } catch (IllegalArgumentException e) {
      throw new Problem("invalid retryStrategy: " + e.getMessage());
    }
  }

  /** Why a call cannot even start; the step ends in Error. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Problem(String message) {
      super(message);
    }
  }
}
