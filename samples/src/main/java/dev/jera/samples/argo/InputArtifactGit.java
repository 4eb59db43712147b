package dev.jera.samples.argo;

import dev.jera.Git;
import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-git.yaml}: the template {@code git-clone} gets Argo's sources at
 * revision {@code v2.1.1} as its input artifact {@code argo-source}, lists them and prints their
 * {@code VERSION}.
 */
@Workflow(name = "input-artifact-git", entrypoint = "git-clone")
public class InputArtifactGit {
  /** Lists the checkout and prints its VERSION, as upstream's {@code ls && cat VERSION}. */
  @Template
  public static void gitClone(
      @Param("argo-source") @Git(repo = "https://github.com/argoproj/argo-workflows.git", revision = "v2.1.1")
      Path argoSource) throws IOException {
    InputArtifactListing.list(argoSource);
    System.out.println(Files.readString(argoSource.resolve("VERSION")));
  }
}
