package dev.jera.samples.argo;

import dev.jera.Http;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-http.yaml}: the template {@code http-artifact-example} downloads
 * kubectl v1.8.0 as its input artifact {@code kubectl}. Upstream runs {@code kubectl version}; a Java
 * template reports the binary it got instead of executing it.
 */
@Workflow(name = "input-artifact-http", entrypoint = "http-artifact-example")
public class InputArtifactHttp {
  /** Reports the downloaded binary. */
  @Template
  public static void httpArtifactExample(
      @Http("https://storage.googleapis.com/kubernetes-release/release/v1.8.0/bin/linux/amd64/kubectl") Path kubectl)
      throws IOException {
    System.out.println("kubectl: " + Files.size(kubectl) + " bytes");
  }
}
