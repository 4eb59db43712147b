package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A {@code script} or {@code container}. For a script, Argo writes {@code source} to a file and
 * appends its path to {@code args}; the runner reads the step's inputs from it. A container has no
 * source.
 */
public record ScriptTemplate(
    String image,
    List<String> command,
    List<String> args,
    List<EnvVar> env,
    List<PodSpecParts.EnvFromSource> envFrom,
    List<PodSpecParts.VolumeMount> volumeMounts,
    ResourceRequirements resources,
    SecurityContexts.Container securityContext,
    Probe readinessProbe,
    String source) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("image", image);
    each.accept("command", command);
    each.accept("args", args);
    each.accept("env", env);
    each.accept("envFrom", envFrom);
    each.accept("volumeMounts", volumeMounts);
    each.accept("resources", resources);
    each.accept("securityContext", securityContext);
    each.accept("readinessProbe", readinessProbe);
    each.accept("source", source);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a script or container; what is not set is left out. */
  public static final class Builder {
    private String image;
    private List<String> command;
    private List<String> args;
    private List<EnvVar> env;
    private List<PodSpecParts.EnvFromSource> envFrom;
    private List<PodSpecParts.VolumeMount> volumeMounts;
    private ResourceRequirements resources;
    private SecurityContexts.Container securityContext;
    private Probe readinessProbe;
    private String source;

    private Builder() {}

    public Builder image(String image) { this.image = image; return this; }
    public Builder command(List<String> command) { this.command = command; return this; }
    public Builder args(List<String> args) { this.args = args; return this; }
    public Builder env(List<EnvVar> env) { this.env = env; return this; }
    public Builder envFrom(List<PodSpecParts.EnvFromSource> envFrom) { this.envFrom = envFrom; return this; }
    public Builder volumeMounts(List<PodSpecParts.VolumeMount> volumeMounts) { this.volumeMounts = volumeMounts; return this; }
    public Builder resources(ResourceRequirements resources) { this.resources = resources; return this; }
    public Builder securityContext(SecurityContexts.Container securityContext) { this.securityContext = securityContext; return this; }
    public Builder readinessProbe(Probe readinessProbe) { this.readinessProbe = readinessProbe; return this; }
    public Builder source(String source) { this.source = source; return this; }

    public ScriptTemplate build() {
      return new ScriptTemplate(
          image, command, args, env, envFrom, volumeMounts, resources, securityContext, readinessProbe, source);
    }
  }
}
