package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.S3;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/workflow-template/input-artifacts.yaml}: a WorkflowTemplate whose argument file
 * {@code input-file} (an S3 object read with the Secret {@code s3-creds}) is given to the input artifact of
 * the same name of its entrypoint {@code argosay}, which prints it.
 *
 * @param inputFile the argument file, {@code input-file/upload.zip} of the bucket {@code your-bucket-name}
 */
@Workflow(name = "workflow-template-input-artifacts", kind = Kind.WORKFLOW_TEMPLATE, entrypoint = "argosay")
public record InputArtifacts(
    @Param("input-file")
    @S3(endpoint = "s3.amazonaws.com", region = "us-east-1", bucket = "your-bucket-name", key = "input-file/upload.zip",
        accessKeySecret = "s3-creds/accessKey", secretKeySecret = "s3-creds/secretKey")
    Path inputFile) {

  /** Prints the file, as upstream's {@code cat /tmp/input-file}. */
  @Template
  public static void argosay(@Param("input-file") Path inputFile) throws IOException {
    System.out.write(Files.readAllBytes(inputFile));
    System.out.flush();
  }
}
