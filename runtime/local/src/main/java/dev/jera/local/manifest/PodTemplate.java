package dev.jera.local.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * A template that runs one pod per step: a {@code script} template (Jera's runner, or any interpreter
 * given the {@code source}) or a {@code container} template (a command); or a {@code resource} template,
 * a leaf too, that the local executor runs only when a test stubs it.
 *
 * @param name its name
 * @param container whether it is a {@code container} template (no {@code source}; its command runs as written)
 * @param image its {@code image}, or {@code null}
 * @param command its {@code command}
 * @param args its {@code args}
 * @param source a script's {@code source}, empty when absent and for a container
 * @param inputs {@code inputs.parameters}, in order
 * @param inputArtifacts {@code inputs.artifacts}, in order
 * @param outputArtifacts {@code outputs.artifacts}, in order
 * @param outputParameters {@code outputs.parameters} read from files, in order
 * @param env the container's {@code env}, in order
 * @param envFrom the container's {@code envFrom}, in order
 * @param mounts the mount paths of its {@code volumeMounts}, which the local executor does not emulate
 * @param synchronization its {@code synchronization}
 * @param timeout {@code timeout} as written (a Go duration), or {@code activeDeadlineSeconds} as
 *     seconds, or {@code null}
 * @param timeoutIsDeadline whether {@code timeout} is the template's {@code activeDeadlineSeconds}
 *     (it has no {@code timeout}, which would take the pod's deadline's place)
 * @param retryStrategy {@code retryStrategy}, or {@code null}
 * @param initContainers its {@code initContainers}, in order
 * @param sidecars its {@code sidecars}, in order
 * @param daemon {@code daemon: true} with its readiness probe, or {@code null} for a step that runs to its end
 * @param resource for a {@code resource} template, what it does to which object (it has no pod: it runs
 *     only stubbed); {@code null} for a script or container
 * @param suspend for a {@code suspend} template (it has no pod either: its step waits), how long; else {@code null}
 * @param members for a {@code containerSet} template, its containers in order (its own command is
 *     empty); empty for any other
 * @param http for an {@code http} template (no pod either: the run sends its request), the request; else {@code null}
 * @param data for a {@code data} template (the run lists its source's files and transforms them), its
 *     settings; else {@code null}
 */
public record PodTemplate(
    String name,
    boolean container,
    String image,
    List<String> command,
    List<String> args,
    String source,
    List<InputParameter> inputs,
    List<InputArtifact> inputArtifacts,
    List<OutputArtifact> outputArtifacts,
    List<OutputParameter> outputParameters,
    List<EnvVariable> env,
    List<EnvSource> envFrom,
    List<String> mounts,
    Synchronization synchronization,
    String timeout,
    boolean timeoutIsDeadline,
    RetrySettings retryStrategy,
    List<PodContainer> initContainers,
    List<PodContainer> sidecars,
    Daemon daemon,
    ResourceAction resource,
    SuspendSettings suspend,
    List<SetMember> members,
    HttpSettings http,
    DataSettings data)
    implements ManifestTemplate {
  /** The container of a set whose result and outputs are the template's (Argo's {@code common.MainContainerName}). */
  public static final String MAIN = "main";

  /** Copies the lists. */
  public PodTemplate {
    command = List.copyOf(command);
    args = List.copyOf(args);
    inputs = List.copyOf(inputs);
    inputArtifacts = List.copyOf(inputArtifacts);
    outputArtifacts = List.copyOf(outputArtifacts);
    outputParameters = List.copyOf(outputParameters);
    env = List.copyOf(env);
    envFrom = List.copyOf(envFrom);
    mounts = List.copyOf(mounts);
    initContainers = List.copyOf(initContainers);
    sidecars = List.copyOf(sidecars);
    members = List.copyOf(members);
  }

  /** What its pod runs: itself, or for a container set each member as {@link #member} gives it. */
  public List<PodTemplate> containers() {
    if (members.isEmpty()) {
      return List.of(this);
    }
    List<PodTemplate> containers = new ArrayList<>();
    members.forEach(member -> containers.add(member(member)));
    return containers;
  }

  /** The environment of every container of its pod: its own, or its members'. */
  public List<EnvVariable> allEnv() {
    List<EnvVariable> all = new ArrayList<>(env);
    members.forEach(member -> all.addAll(member.env()));
    return all;
  }

  /** Whether it is a {@code containerSet} template, which runs its members rather than a command of its own. */
  public boolean containerSet() {
    return !members.isEmpty();
  }

  /**
   * The template as one of its members runs it: the member's image, command, args and environment; a
   * Java member (Jera runs the runner with {@code java … <Runner> <key> <inputs>}) a script whose
   * {@code source} is its last argument, the JSON list of its inputs that Jera passes a member there (a
   * container has no {@code source}), so that it is launched as any Java step is.
   */
  public PodTemplate member(SetMember member) {
    List<String> args = member.args();
    String source = "";
    boolean java = member.command().equals(List.of("java")) && !args.isEmpty()
        && args.get(args.size() - 1).startsWith("[");
    if (java) {
      source = args.get(args.size() - 1);
      args = args.subList(0, args.size() - 1);
    }
    return new PodTemplate(name, !java, member.image(), member.command(), args, source, inputs, inputArtifacts,
        outputArtifacts, outputParameters, member.env(), envFrom, mounts, synchronization, timeout, timeoutIsDeadline,
        retryStrategy, List.of(), List.of(), null, null, null, List.of(), null, null);
  }

  /** The variables it takes from Secret keys ({@code env[].valueFrom.secretKeyRef}), in order. */
  public List<SecretRef> secrets() {
    List<SecretRef> secrets = new ArrayList<>();
    for (EnvVariable variable : env) {
      if (variable instanceof EnvVariable.FromSecret) {
        EnvVariable.FromSecret secret = (EnvVariable.FromSecret) variable;
        secrets.add(new SecretRef(secret.name(), secret.secret(), secret.key()));
      }
    }
    return secrets;
  }

  /** Its command followed by its args, as written. */
  public List<String> argv() {
    List<String> argv = new ArrayList<>(command);
    argv.addAll(args);
    return argv;
  }

  /**
   * The variables a step in the executor's own JVM could not see, which only a process of its own
   * can have: plain and ConfigMap values, {@code envFrom}, and Secret keys under a name other than
   * the one Jera's runner reads ({@code JERA_SECRET_<NAME>_<KEY>}); empty when it has none.
   */
  public List<String> processEnvironment() {
    List<String> names = new ArrayList<>();
    for (EnvVariable variable : env) {
      if (!variable.readByRunner()) {
        names.add(variable.name());
      }
    }
    for (EnvSource source : envFrom) {
      names.add("envFrom " + source.displayName());
    }
    return names;
  }
}
