package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The pod and container security contexts of Kubernetes' Pod Security "restricted" profile. */
public final class SecurityContexts {
  private SecurityContexts() {}

  /** {@code seccompProfile}. */
  public record SeccompProfile(String type) {
    public static final SeccompProfile RUNTIME_DEFAULT = new SeccompProfile("RuntimeDefault");
  }

  /** {@code capabilities}. */
  public record Capabilities(List<String> drop) {}

  /** A pod's {@code securityContext}. */
  @JsonPropertyOrder({"runAsNonRoot", "runAsUser", "runAsGroup", "seccompProfile"})
  public record Pod(Boolean runAsNonRoot, Long runAsUser, Long runAsGroup, SeccompProfile seccompProfile) {
    public static Pod restricted(long user) {
      return new Pod(true, user, user, SeccompProfile.RUNTIME_DEFAULT);
    }
  }

  /** A container's {@code securityContext}. */
  @JsonPropertyOrder({"privileged", "allowPrivilegeEscalation", "capabilities", "runAsNonRoot", "seccompProfile"})
  public record Container(
      Boolean privileged, Boolean allowPrivilegeEscalation, Capabilities capabilities, Boolean runAsNonRoot,
      SeccompProfile seccompProfile) {
    /** Restricted even when the template runs in another workflow's pod spec, through a template reference. */
    public static final Container RESTRICTED =
        new Container(null, false, new Capabilities(List.of("ALL")), true, SeccompProfile.RUNTIME_DEFAULT);
    /** A privileged container ({@code @Sidecar(privileged = true)}), in a workflow that is not restricted. */
    public static final Container PRIVILEGED = new Container(true, null, null, null, null);
  }
}
