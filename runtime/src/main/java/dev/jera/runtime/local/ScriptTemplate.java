package dev.jera.runtime.local;

import java.util.List;

/**
 * A {@code script} template: one container run per step.
 *
 * @param name its name
 * @param inputs {@code inputs.parameters}, in order
 * @param timeout {@code timeout} as written (a Go duration), or {@code null}
 * @param retryStrategy {@code retryStrategy}, or {@code null}
 * @param command {@code script.command}
 * @param args {@code script.args}
 * @param secrets the environment variables taken from Secrets ({@code env[].valueFrom.secretKeyRef})
 * @param source {@code script.source}, empty when absent
 */
public record ScriptTemplate(
    String name,
    List<InputParameter> inputs,
    String timeout,
    RetryStrategy retryStrategy,
    List<String> command,
    List<String> args,
    List<SecretRef> secrets,
    String source)
    implements Template {
  /** Copies the lists. */
  public ScriptTemplate {
    inputs = List.copyOf(inputs);
    command = List.copyOf(command);
    args = List.copyOf(args);
    secrets = List.copyOf(secrets);
  }
}
