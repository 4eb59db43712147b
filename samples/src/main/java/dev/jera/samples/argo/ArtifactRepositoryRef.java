package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/artifact-repository-ref.yaml}: the workflow stores its artifacts in the repository
 * {@code my-key} of the namespace's {@code artifact-repositories} ConfigMap, and its template {@code main}
 * leaves the output artifact {@code hello_world} there.
 */
@Workflow(name = "artifact-repository-ref", entrypoint = "main", artifactRepository = "my-key")
public class ArtifactRepositoryRef {
  /** Writes {@code hello world}, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "main")
  @Output("hello_world")
  public static Path helloWorld() throws IOException {
    return HelloWorldFile.write();
  }
}
