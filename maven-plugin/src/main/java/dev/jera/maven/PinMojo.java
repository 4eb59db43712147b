package dev.jera.maven;

import dev.jera.cli.JeraCli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
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
 * and javac did not recompile; the {@code refresh} goal prevents that), and when Jib does not build the image
 * before it in this build (it would pin the previous build's image).
 *
 * <p>Bound to {@code package}: declare jera-maven-plugin after jib-maven-plugin, whose goal is bound to
 * {@code package} too, since the goals of one phase run in the pom's order.
 */
@Mojo(name = "pin", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PinMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

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
   * In a lifecycle build, Jib must build the image before pin, or pin would pin the previous build's image; called on
   * its own ({@code mvn jera:pin}), the last image built is the one meant.
   */
  private void requireImageOfThisBuild() throws MojoFailureException {
    if (execution.getSource() == MojoExecution.Source.LIFECYCLE && execution.getLifecyclePhase() != null) {
      Optional<String> problem = JibOrder.problem(project.getBuildPlugins(), execution.getLifecyclePhase());
      if (problem.isPresent()) {
        throw new MojoFailureException("jera:pin: " + problem.get());
      }
    }
    if (!imageJson.isFile()) {
      throw new MojoFailureException("jera:pin: no image built: " + relative(imageJson.getPath()) + " does not exist;"
          + " build the image first (mvn package with Jib bound to package, or mvn jib:buildTar jera:pin), or name"
          + " where Jib writes it with -Djera.imageJson");
    }
  }
}
