package dev.jera.samples.argo;

import dev.jera.ArtifactGC;
import dev.jera.Output;
import dev.jera.S3;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/artifact-gc-workflow.yaml}: the workflow's stored files are deleted when it is
 * deleted ({@code artifactGC: OnWorkflowDeletion}); the template {@code main} leaves two, {@code on-completion}
 * at the key {@code on-completion.txt}, deleted as soon as the workflow completes (its own strategy), and
 * {@code on-deletion} at {@code on-deletion.txt}, which follows the workflow's.
 */
@Workflow(name = "artifact-gc", entrypoint = "main", artifactGC = ArtifactGC.ON_WORKFLOW_DELETION)
public class ArtifactGcWorkflow {
  /** The two files of {@code main}. */
  public record Files2(
      @Output(value = "on-completion", gc = ArtifactGC.ON_WORKFLOW_COMPLETION) @S3(key = "on-completion.txt") Path onCompletion,
      @Output("on-deletion") @S3(key = "on-deletion.txt") Path onDeletion) {}

  /** Writes {@code hello world} into both, as upstream's two {@code echo "hello world" > /tmp/….txt}. */
  @Template
  public static Files2 main() throws IOException {
    return new Files2(
        Files.writeString(Files.createTempFile("on-completion", ".txt"), "hello world\n"),
        Files.writeString(Files.createTempFile("on-deletion", ".txt"), "hello world\n"));
  }
}
