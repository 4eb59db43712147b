package dev.jera.samples.argo;

import dev.jera.Gcs;
import dev.jera.Output;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/output-artifact-gcs.yaml}: the template {@code hello-world-to-file} leaves the
 * output artifact {@code message}, stored in the GCS bucket {@code my-bucket} under
 * {@code path/in/bucket/hello_world.txt.tgz} with the service account key of the Secret
 * {@code my-gcs-credentials}.
 */
@Workflow(name = "output-artifact-gcs", entrypoint = "hello-world-to-file")
public class OutputArtifactGcs {
  /** Writes {@code hello world}, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output("message")
  @Gcs(bucket = "my-bucket", key = "path/in/bucket/hello_world.txt.tgz",
      serviceAccountKeySecret = "my-gcs-credentials/serviceAccountKey")
  public static Path helloWorldToFile() throws IOException {
    return HelloWorldFile.write();
  }
}
