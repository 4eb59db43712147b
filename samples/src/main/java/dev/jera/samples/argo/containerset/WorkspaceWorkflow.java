package dev.jera.samples.argo.containerset;

import dev.jera.ContainerSet;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Argo's {@code examples/container-set-template/workspace-workflow.yaml}: in the container set
 * {@code main}, {@code a} writes {@code hi} to {@code /workspace/out} on the pod's emptyDir volume
 * {@code workspace}, which every container mounts; the set's outputs {@code out} (a value and a file)
 * are that file.
 */
@Workflow(
    name = "workspace",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description="
        + "This workflow demonstrates using a workspace to share files between containers. This also allows"
        + " containers not\ncalled \"main\" to create output artifacts.\n")
public class WorkspaceWorkflow {
  static final Path OUT = Path.of("/workspace/out");

  /** The value and the file {@code out}: what {@code a} left in the workspace. */
  public record Out(@Output("out") String value, @Output("out") Path file) {}

  /** The pod, its workspace shared by its containers. */
  @ContainerSet(name = "main")
  @Volume(name = "workspace", mountPath = "/workspace")
  public static class Main {
    /**
     * Writes {@code hi} to the workspace, as upstream's {@code argosay echo hi /workspace/out}: whole,
     * by renaming a finished file, so that {@code main} never reads half of it.
     */
    @Script
    public static void a() throws IOException {
      Path written = Files.writeString(OUT.resolveSibling("out.part"), "hi");
      Files.move(written, OUT, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Hands {@code /workspace/out} over as the outputs. Upstream's outputs read the file once every
     * container has ended; this container, which the outputs come from, waits for {@code a}'s file
     * instead of declaring a dependency upstream does not have.
     */
    @Script
    public static Out main() throws IOException, InterruptedException {
      Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
      while (!Files.exists(OUT)) {
        if (Instant.now().isAfter(giveUp)) {
          throw new IOException(OUT + " was not written within five minutes");
        }
        Thread.sleep(100);
      }
      return new Out(Files.readString(OUT), OUT);
    }
  }
}
