package dev.jera.maven;

import dev.jera.runtime.cli.JeraCli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * After Jib built the image, writes copies of the compiled manifests with the image pinned to its digest
 * ({@code repository@sha256:…}), as {@code jera pin} does, so that a cluster runs exactly the bytes built. The
 * build fails, naming the manifest, when a manifest was compiled for another image (an image property changed
 * and javac did not recompile; the {@code refresh} goal prevents that), and when no image was built in this
 * build before it.
 *
 * <p>Bound to {@code package}: declare jera-maven-plugin after jib-maven-plugin, whose goal is bound to
 * {@code package} too, since the goals of one phase run in the pom's order.
 */
@Mojo(name = "pin", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PinMojo extends AbstractMojo {
  /** A file's time can be rounded down to whole seconds: this much older than the build still counts as this build's. */
  private static final long CLOCK_SLACK_MILLIS = 2_000;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution execution;

  /** What Jib wrote about the image it built (its {@code outputPaths.imageJson}). */
  @Parameter(property = "jera.imageJson", defaultValue = "${project.build.directory}/jib-image.json")
  File imageJson;

  /** The compiled manifests. */
  @Parameter(property = "jera.manifests", defaultValue = "${project.build.outputDirectory}/META-INF/argo")
  File manifests;

  /** Where the pinned copies go (replaced whole, only once every copy is written). */
  @Parameter(property = "jera.pinned", defaultValue = "${project.build.directory}/argo-pinned")
  File pinned;

  /** Skips pinning. */
  @Parameter(property = "jera.pin.skip", defaultValue = "false")
  boolean skip;

  /** Jib's own switch: no image is built, so none is pinned. */
  @Parameter(property = "jib.skip", defaultValue = "false")
  boolean jibSkip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || jibSkip) {
      getLog().info("jera: pinning skipped (" + (skip ? "jera.pin.skip" : "jib.skip: no image built") + ")");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      return;
    }
    if (!manifests.isDirectory()) {
      throw new MojoFailureException("jera:pin: no manifests in " + relative(manifests.getPath()) + "; are the workflows compiled with"
          + " jera-processor in the compiler's annotationProcessorPaths?");
    }
    requireImageOfThisBuild();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new JeraCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), PinMojo.class.getClassLoader(), false)
        .run("pin", "--image-json", imageJson.getPath(), "--manifests", manifests.getPath(), "--out", pinned.getPath());
    out.toString(StandardCharsets.UTF_8).lines().map(this::relative).forEach(getLog()::info);
    if (code != 0) {
      throw new MojoFailureException(relative(err.toString(StandardCharsets.UTF_8).strip()));
    }
  }

  /** The command's line with the project's files named from its folder, as Maven users read them. */
  private String relative(String line) {
    return line.replace(project.getBasedir().getAbsolutePath() + File.separator, "");
  }

  /**
   * In a lifecycle build, the image must be this build's: an older {@code jib-image.json} means Jib has not run
   * yet (declared after this plugin, or bound to a later phase) and pinning it would pin the previous image.
   * Called on its own ({@code mvn jera:pin}), the last image built is the one meant.
   */
  private void requireImageOfThisBuild() throws MojoFailureException {
    boolean lifecycle = execution.getSource() == MojoExecution.Source.LIFECYCLE;
    String order = "bind Jib's buildTar, build or dockerBuild goal to package and declare jera-maven-plugin after"
        + " jib-maven-plugin in <plugins> (the goals of one phase run in the pom's order), or skip pinning with"
        + " -Djera.pin.skip";
    if (!imageJson.isFile()) {
      throw new MojoFailureException("jera:pin: no image built: " + relative(imageJson.getPath()) + " does not exist; "
          + (lifecycle ? order : "build the image first, e.g. mvn package jib:buildTar jera:pin"));
    }
    if (!lifecycle) {
      return;
    }
    try {
      Instant written = Files.getLastModifiedTime(imageJson.toPath()).toInstant();
      Instant started = session.getRequest().getStartTime().toInstant();
      if (written.isBefore(started.minusMillis(CLOCK_SLACK_MILLIS))) {
        throw new MojoFailureException("jera:pin: " + relative(imageJson.getPath()) + " is from an earlier build (" + written
            + "): no image was built in this build before pin; " + order);
      }
    } catch (IOException e) {
      throw new MojoFailureException("jera:pin: cannot read " + relative(imageJson.getPath()) + ": " + e.getMessage());
    }
  }
}
