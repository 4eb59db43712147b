package dev.jera.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.runner.index.WorkflowIndex;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Before compiling: when the classes of an earlier build were compiled with other {@code -Ajera.*} options than
 * this build gives javac (a changed image or version property, say), removes them, so that javac compiles them
 * again and the manifests name this build's image and version. javac alone would not: it recompiles only when a
 * source changed, and the manifests would keep the old image while Jib builds the new one.
 *
 * <p>Compares the options recorded in {@code META-INF/jera/index.json} with those of maven-compiler-plugin's
 * configuration; removes the output folder and javac's generated sources, as {@code mvn clean} would, and only
 * when they differ.
 */
@Mojo(name = "refresh", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class RefreshMojo extends AbstractMojo {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The compiled classes. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File classes;

  /** Where javac writes generated sources (the runners), unless the compiler plugin says otherwise. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", readonly = true, required = true)
  File generatedSources;

  /**
   * The {@code jera.*} processor options javac gets, by name, when they are not given in maven-compiler-plugin's
   * {@code compilerArgs} (where this goal reads them by default).
   */
  @Parameter
  Map<String, String> options;

  /** Skips the check. */
  @Parameter(property = "jera.refresh.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("jera: refresh skipped (jera.refresh.skip)");
      return;
    }
    Path index = classes.toPath().resolve(WorkflowIndex.RESOURCE);
    if (!Files.isRegularFile(index)) {
      return;
    }
    Map<String, String> given = options != null ? new TreeMap<>(options) : CompilerOptions.of(project.getBuildPlugins());
    Map<String, String> compiled;
    try {
      compiled = JSON.readValue(index.toFile(), WorkflowIndex.class).options();
    } catch (IOException e) {
      compiled = null;
    }
    if (given.equals(compiled)) {
      getLog().debug("jera: " + classes + " was compiled with this build's options " + given);
      return;
    }
    Path basedir = project.getBasedir().toPath();
    getLog().info("jera: " + (compiled == null ? basedir.relativize(index) + " cannot be read"
        : basedir.relativize(classes.toPath()) + " was compiled with " + differences(compiled, given))
        + ": compiling again (javac recompiles only for a changed source)");
    Path generated = CompilerOptions.generatedSources(project.getBuildPlugins())
        .map(folder -> project.getBasedir().toPath().resolve(folder)).orElse(generatedSources.toPath());
    delete(classes.toPath());
    delete(generated);
  }

  /** {@code -Ajera.image=a:1 where this build gives a:2, -Ajera.appVersion=1.0 where this build gives none}. */
  static String differences(Map<String, String> compiled, Map<String, String> given) {
    List<String> differences = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(compiled.keySet());
    names.addAll(given.keySet());
    for (String name : names) {
      String before = compiled.get(name);
      String now = given.get(name);
      if (before == null) {
        differences.add("no -A" + name + " where this build gives -A" + name + "=" + now);
      } else if (!before.equals(now)) {
        differences.add("-A" + name + "=" + before + " where this build gives " + (now == null ? "none" : now));
      }
    }
    return String.join(", ", differences);
  }

  private static void delete(Path folder) throws MojoExecutionException {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
          if (failure != null) {
            throw failure;
          }
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new MojoExecutionException("jera: cannot remove " + folder + " to compile it again: " + e.getMessage(), e);
    }
  }
}
