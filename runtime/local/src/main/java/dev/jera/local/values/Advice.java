package dev.jera.local.values;

import dev.jera.local.LocalRun;
import dev.jera.runner.SecretEnv;

/**
 * How the user of a run gives it what it needs, so that a message about something missing says what
 * to write where the user is: on the command line ({@code --secret warehouse/password=VALUE}) or in a
 * test ({@code .secret("warehouse", "password", VALUE)}).
 */
public enum Advice {
  /** {@code jera run}: options, and the environment variables steps read. */
  COMMAND_LINE {
    @Override
    String parameter(String name) {
      return "-p " + name + "=VALUE";
    }

    @Override
    String secret(String name, String key) {
      return "--secret " + name + "/" + key + "=VALUE or the environment variable " + SecretEnv.variable(name, key);
    }

    @Override
    String secretKeys(String name) {
      return "--secret " + name + "/KEY=VALUE";
    }

    @Override
    public String configMap(String name, String key) {
      return "--config-map " + name + "/" + key + "=VALUE or the environment variable "
          + ConfigMapValues.variable(name, key);
    }

    @Override
    String configMapKeys(String name) {
      return "--config-map " + name + "/KEY=VALUE";
    }

    @Override
    public String artifact(String step, String input) {
      return "--artifact " + step + "." + input + "=PATH";
    }

    @Override
    public String isolated() {
      return "--isolated";
    }
  },

  /** {@link LocalRun}: its methods; a test's environment is not read. */
  LOCAL_RUN {
    @Override
    String parameter(String name) {
      return ".param(\"" + name + "\", VALUE)";
    }

    @Override
    String secret(String name, String key) {
      return ".secret(\"" + name + "\", \"" + key + "\", VALUE)";
    }

    @Override
    String secretKeys(String name) {
      return ".secret(\"" + name + "\", KEY, VALUE)";
    }

    @Override
    public String configMap(String name, String key) {
      return ".configMap(\"" + name + "\", \"" + key + "\", VALUE)";
    }

    @Override
    String configMapKeys(String name) {
      return ".configMap(\"" + name + "\", KEY, VALUE)";
    }

    @Override
    public String artifact(String step, String input) {
      return ".artifact(\"" + step + "\", \"" + input + "\", PATH)";
    }

    @Override
    public String isolated() {
      return ".isolated(true)";
    }
  };

  /** How to give workflow parameter {@code name}. */
  abstract String parameter(String name);

  /** How to give key {@code key} of Secret {@code name}. */
  abstract String secret(String name, String key);

  /** How to give one key of Secret {@code name}, which a step takes whole. */
  abstract String secretKeys(String name);

  /** How to give key {@code key} of ConfigMap {@code name}. */
  public abstract String configMap(String name, String key);

  /** How to give one key of ConfigMap {@code name}, which a step takes whole. */
  abstract String configMapKeys(String name);

  /** How to give a local copy of input file {@code input} of step {@code step}. */
  public abstract String artifact(String step, String input);

  /** How to run each step in a JVM of its own. */
  public abstract String isolated();
}
