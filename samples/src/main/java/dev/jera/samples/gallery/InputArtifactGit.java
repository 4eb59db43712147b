package dev.jera.samples.gallery;

import dev.jera.Git;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * After Argo's {@code examples/input-artifact-git.yaml}: a checkout of a Git repository at a tag, made
 * before the step starts (here a shallow one, {@code depth = 1}). A private repository would add
 * {@code usernameSecret}/{@code passwordSecret} or {@code sshPrivateKeySecret}. Needs the network, so
 * it is compiled and checked here, not run.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (revision v2.1.1 → v3.6.0, depth 1 added). The faithful ports, compared with the upstream files, are in
 * {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-input-artifact-git")
public class InputArtifactGit {

  @Script
  public static String describeCheckout(
      @Git(repo = "https://github.com/argoproj/argo-workflows.git", revision = "v3.6.0", depth = 1) Path source)
      throws IOException {
    return describe(source);
  }

  /** How many files the checkout has (Git's own files aside), and its README's title. */
  static String describe(Path source) throws IOException {
    long files;
    try (Stream<Path> all = Files.walk(source)) {
      files = all.filter(Files::isRegularFile).filter(f -> !source.relativize(f).startsWith(".git")).count();
    }
    String title = "";
    Path readme = source.resolve("README.md");
    if (Files.exists(readme)) {
      try (Stream<String> lines = Files.lines(readme)) {
        title = lines.filter(line -> line.startsWith("# ")).findFirst().map(line -> line.substring(2).strip()).orElse("");
      }
    }
    return files + " files" + (title.isEmpty() ? "" : ", README: " + title);
  }
}
