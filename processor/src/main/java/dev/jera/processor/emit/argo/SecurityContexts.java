package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** The pod and container security contexts of Kubernetes' Pod Security "restricted" profile. */
public final class SecurityContexts {
  private SecurityContexts() {}

  /** {@code seccompProfile}. */
  public record SeccompProfile(String type) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("type", type);
    }

    public static final SeccompProfile RUNTIME_DEFAULT = new SeccompProfile("RuntimeDefault");
  }

  /** {@code capabilities}. */
  public record Capabilities(List<String> drop) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("drop", drop);
    }
  }

  /** A pod's {@code securityContext}. */
  public record Pod(Boolean runAsNonRoot, Long runAsUser, Long runAsGroup, SeccompProfile seccompProfile)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("runAsNonRoot", runAsNonRoot);
      each.accept("runAsUser", runAsUser);
      each.accept("runAsGroup", runAsGroup);
      each.accept("seccompProfile", seccompProfile);
    }

    public static Pod restricted(long user) {
      return new Pod(true, user, user, SeccompProfile.RUNTIME_DEFAULT);
    }
  }

  /** A container's {@code securityContext}. */
  public record Container(
      Boolean privileged, Boolean allowPrivilegeEscalation, Capabilities capabilities, Boolean runAsNonRoot,
      SeccompProfile seccompProfile) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("privileged", privileged);
      each.accept("allowPrivilegeEscalation", allowPrivilegeEscalation);
      each.accept("capabilities", capabilities);
      each.accept("runAsNonRoot", runAsNonRoot);
      each.accept("seccompProfile", seccompProfile);
    }

    /** Restricted even when the template runs in another workflow's pod spec, through a template reference. */
    public static final Container RESTRICTED =
        new Container(null, false, new Capabilities(List.of("ALL")), true, SeccompProfile.RUNTIME_DEFAULT);
    /** A privileged container ({@code @Sidecar(privileged = true)}), in a workflow that is not restricted. */
    public static final Container PRIVILEGED = new Container(true, null, null, null, null);
  }
}
