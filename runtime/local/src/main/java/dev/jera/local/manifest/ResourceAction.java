package dev.jera.local.manifest;

/**
 * What a {@code resource} template does: Argo's executor runs {@code kubectl <action>} on an object of
 * {@code kind}, which needs a cluster. The local executor runs such a template only as a stub.
 *
 * @param action {@code create}, {@code apply}, {@code get}, {@code delete}, {@code patch} or {@code replace}
 * @param kind the manifest's {@code kind}, or what its flags name ({@code configmap}), or {@code null}
 */
public record ResourceAction(String action, String kind) {
  /** {@code patch of a Pod}: how a message names it. */
  public String describe() {
    return action + (kind == null ? "" : " of a " + kind);
  }
}
