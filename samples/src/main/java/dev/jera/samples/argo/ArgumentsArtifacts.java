package dev.jera.samples.argo;

import dev.jera.Http;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/arguments-artifacts.yaml}: the workflow's argument file {@code kubectl}, kubectl
 * v1.8.0 downloaded over HTTP, is given to the input artifact {@code kubectl} of the entrypoint
 * {@code kubectl-input-artifact}. Upstream runs {@code kubectl version}; a Java template reports the
 * binary it got instead of executing it.
 *
 * @param kubectl the argument file, from {@code storage.googleapis.com}
 */
@Workflow(name = "arguments-artifacts", entrypoint = "kubectl-input-artifact")
public record ArgumentsArtifacts(
    @Http("https://storage.googleapis.com/kubernetes-release/release/v1.8.0/bin/linux/amd64/kubectl") Path kubectl) {

  /** Reports the binary it was given. */
  @Template(name = "kubectl-input-artifact")
  public static void kubectlInputArtifact(Path kubectl) throws IOException {
    System.out.println("kubectl: " + Files.size(kubectl) + " bytes");
  }
}
