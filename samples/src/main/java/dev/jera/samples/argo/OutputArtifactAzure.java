package dev.jera.samples.argo;

import dev.jera.Azure;
import dev.jera.Output;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/output-artifact-azure.yaml}: the template {@code hello-world-to-file} leaves the
 * output artifact {@code message}, stored in the Azure Blob Storage container {@code my-container} as
 * {@code path/in/container/hello_world.txt.tgz} with the account key of the Secret
 * {@code my-azure-credentials}. Upstream's {@code generateName} is {@code output-artifact-s3-}, copied
 * from the S3 example; this port is named after its file, as one compilation holds both.
 */
@Workflow(name = "output-artifact-azure", entrypoint = "hello-world-to-file")
public class OutputArtifactAzure {
  /** Writes {@code hello world}, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output("message")
  @Azure(endpoint = "https://myazurestorageaccountname.blob.core.windows.net", container = "my-container",
      blob = "path/in/container/hello_world.txt.tgz", accountKeySecret = "my-azure-credentials/accountKey")
  public static Path helloWorldToFile() throws IOException {
    return HelloWorldFile.write();
  }
}
