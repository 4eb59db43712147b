package dev.jera.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * A goal that runs one {@code jera} command on the project's compiled classes and runtime class path, in a
 * JVM of its own (see {@link JeraProcess} for why), the command itself (jera-cli and the executor) coming from
 * this plugin's own dependencies. Exit code 0 is success; 1 (the workflow failed), 2 (bad input) and 3 (the
 * cluster's server could not be used) fail the build with the command's one line.
 */
abstract class AbstractCommandMojo extends AbstractMojo {
  /** How the table of a run ends: {@code etl-x7k2p Failed in 0.41s…}. */
  private static final Pattern OUTCOME = Pattern.compile("\\S+ (Succeeded|Failed|Error) in ");

  static final String RUNTIME_GROUP = "dev.jera";
  /** What a project's steps need, and so what marks a project the goals run in. */
  static final String RUNTIME_ARTIFACT = "jera-runner";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @SuppressWarnings("deprecation") // JSR-330 injection is the newer way; this one works on every Maven 3
  @Component
  ToolchainManager toolchains;

  /**
   * Flags of the JVM that runs the command (and, under {@code run}, the steps that run in it), e.g.
   * {@code -Xmx2g}. On the command line: {@code -Djera.jvmArgs="-Xmx2g -ea"}.
   */
  @Parameter(property = "jera.jvmArgs")
  String jvmArgs;

  /** Skips the goal. */
  @Parameter(property = "jera.skip", defaultValue = "false")
  boolean skip;

  /** The command's arguments after {@code jera}, e.g. {@code list}. */
  abstract List<String> command() throws MojoFailureException;

  /**
   * Variables the command's environment gets over Maven's: none unless a goal says otherwise. They reach the
   * command alone, never its command line nor Maven's output.
   */
  Map<String, String> environment() throws MojoFailureException {
    return Map.of();
  }

  /** Where the command's stdout goes: Maven's stdout unless a goal says otherwise. */
  Output output() throws IOException {
    return new Output(System.out, false);
  }

  /** A stream for the command's stdout, closed after the command if it is a file of the goal's. */
  record Output(PrintStream stream, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        stream.close();
      } else {
        stream.flush();
      }
    }
  }

  /** Whether stdout must hold only the command's output, progress and messages going to stderr. */
  boolean separateStreams() {
    return false;
  }

  /** The build's failure message when {@code command} exits with code 1, 2 or 3: the line it ended with. */
  String failure(List<String> command, JeraProcess.Ended ended) {
    return ended.error() != null ? MavenWording.of(ended.error())
        : "jera " + command.get(0) + " failed (exit code " + ended.code() + ")";
  }

  /**
   * The failure of a command that ran a workflow and exited 1 with no error line: the table's last line, which
   * says how the run ended ({@code workflow etl-x7k2p Failed in 0.41s: …}); {@code null} when that line is
   * something else (the command did not get to run it).
   */
  static String workflowOutcome(String lastLine) {
    return lastLine != null && OUTCOME.matcher(lastLine).lookingAt() ? "workflow " + lastLine : null;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("jera: skipped (jera.skip)");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("jera: nothing to do in a project of packaging pom");
      return;
    }
    if (!hasRuntime()) {
      return;
    }
    List<String> command = command();
    JeraProcess.Ended ended;
    try (Output out = output()) {
      ended = new JeraProcess(java(), Words.split(jvmArgs), classPath(), project.getBasedir().toPath(), environment())
          .run(command, out.stream(), System.err, separateStreams());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot run the jera command: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while the jera command ran", e);
    }
    if (ended.code() == 0) {
      return;
    }
    if (ended.code() == 1 || ended.code() == 2 || ended.code() == 3) {
      throw new MojoFailureException(failure(command, ended));
    }
    throw new MojoExecutionException("the jera command ended with exit code " + ended.code()
        + " (a JVM that did not start, or a signal)");
  }

  /**
   * Whether the project depends on Jera's runner library, which its generated runners call: false (the goal is
   * skipped) for a module without it in a multi-module build, where the goal runs in every module; a failure
   * otherwise.
   */
  private boolean hasRuntime() throws MojoFailureException {
    Optional<Artifact> runtime = project.getArtifacts().stream()
        .filter(artifact -> artifact.getGroupId().equals(RUNTIME_GROUP) && artifact.getArtifactId().equals(RUNTIME_ARTIFACT))
        .findFirst();
    String missing = project.getArtifactId() + " has no dependency on " + RUNTIME_GROUP + ":" + RUNTIME_ARTIFACT;
    if (runtime.isEmpty() && session.getProjects().size() > 1) {
      getLog().info("jera: skipped: " + missing);
      return false;
    }
    if (runtime.isEmpty()) {
      throw new MojoFailureException("jera: project " + missing + ", which the runners of its workflows call;"
          + " add it to <dependencies> (with jera-annotations, and the processor in the compiler's"
          + " annotationProcessorPaths)");
    }
    if (!runtime.get().getBaseVersion().equals(plugin.getVersion())) {
      getLog().warn("jera: the project's " + RUNTIME_ARTIFACT + " is " + runtime.get().getBaseVersion()
          + " and jera-maven-plugin " + plugin.getVersion() + "; give both the same version (one property)");
    }
    return true;
  }

  /**
   * The project's runtime class path (its classes, and the jera-runner its runners were compiled against), then
   * the command: jera-cli and its dependencies as resolved for this plugin, less the artifacts the project
   * already has in another version.
   */
  private List<String> classPath() throws MojoExecutionException {
    List<String> elements;
    try {
      elements = new ArrayList<>(project.getRuntimeClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's runtime class path is not resolved: " + e.getMessage(), e);
    }
    elements.addAll(CommandClassPath.of(project.getArtifacts(), plugin.getArtifacts()));
    return elements;
  }

  /** The {@code java} of the project's JDK toolchain if there is one, else the JVM Maven runs on. */
  private String java() {
    Toolchain toolchain = toolchains == null ? null : toolchains.getToolchainFromBuildContext("jdk", session);
    if (toolchain != null && toolchain.findTool("java") != null) {
      return toolchain.findTool("java");
    }
    File bin = new File(System.getProperty("java.home"), "bin");
    File windows = new File(bin, "java.exe");
    return (windows.isFile() ? windows : new File(bin, "java")).getPath();
  }
}
