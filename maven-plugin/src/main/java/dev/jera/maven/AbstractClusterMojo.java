package dev.jera.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that runs one of the {@code jera} command's cluster commands against Argo Server. Where the server is
 * comes from the {@code ARGO_*} environment variables, as the {@code argo} CLI reads them, unless a parameter
 * here says otherwise; each parameter given reaches the command as its variable, so the command says what to
 * check in the same words. The token is read from the property {@code jera.argo.token} (on the command line, or
 * a {@code <properties>} entry such as {@code ${env.MY_TOKEN}}), else {@code ARGO_TOKEN}, and passed in the
 * command's environment alone: it is not a goal parameter, so neither the command's command line nor Maven's
 * output (not even {@code -X}, which prints every parameter) ever shows it.
 */
abstract class AbstractClusterMojo extends AbstractCommandMojo {
  /** The property a token may be given in, {@code Bearer …}. */
  static final String TOKEN_PROPERTY = "jera.argo.token";

  /** Argo Server's {@code host:port}, no scheme (default: {@code ARGO_SERVER}). */
  @Parameter(property = "jera.argo.server")
  String server;

  /** TLS, on unless {@code false} (default: {@code ARGO_SECURE}, else true). */
  @Parameter(property = "jera.argo.secure")
  Boolean secure;

  /** Accept any certificate and host name (default: {@code ARGO_INSECURE_SKIP_VERIFY}, else false). */
  @Parameter(property = "jera.argo.insecureSkipVerify")
  Boolean insecureSkipVerify;

  /** The namespace (default: {@code ARGO_NAMESPACE}, else the kubeconfig's current context's, else {@code default}). */
  @Parameter(property = "jera.argo.namespace")
  String namespace;

  /** The path before {@code /api/v1} when the server sits behind a prefix (default: {@code ARGO_BASE_HREF}). */
  @Parameter(property = "jera.argo.baseHref")
  String baseHref;

  /** HTTP/1.1 only (default: {@code ARGO_HTTP1}, else HTTP/2 is offered over TLS). */
  @Parameter(property = "jera.argo.http1")
  Boolean http1;

  /** PEM certificates to trust instead of the JDK's, for a server whose certificate a private authority signed. */
  @Parameter(property = "jera.argo.certificateAuthority")
  File certificateAuthority;

  /** Print each request the goal would send (method, path, JSON body, one a line) and send none. */
  @Parameter(property = "jera.dryRun", defaultValue = "false")
  boolean dryRun;

  /** The settings given as parameters, and the token, as the {@code ARGO_*} variables the command reads. */
  @Override
  Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    put(environment, "ARGO_SERVER", server);
    put(environment, "ARGO_SECURE", secure);
    put(environment, "ARGO_INSECURE_SKIP_VERIFY", insecureSkipVerify);
    put(environment, "ARGO_NAMESPACE", namespace);
    put(environment, "ARGO_BASE_HREF", baseHref);
    put(environment, "ARGO_HTTP1", http1);
    put(environment, "ARGO_TOKEN", token());
    return environment;
  }

  /** The token given as the property {@code jera.argo.token}: Maven's command line first, then the pom's; or null. */
  String token() {
    String given = session.getUserProperties().getProperty(TOKEN_PROPERTY);
    if ((given == null || given.isEmpty()) && project != null) {
      given = project.getProperties().getProperty(TOKEN_PROPERTY);
    }
    return given == null || given.isEmpty() ? null : given;
  }

  /** {@code COMMAND} followed by the options every cluster command takes from here. */
  List<String> command(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    if (certificateAuthority != null) {
      args.addAll(List.of("--certificate-authority", certificateAuthority.getPath()));
    }
    if (dryRun) {
      args.add("--dry-run");
    }
    return args;
  }

  @Override
  String failure(List<String> command, JeraProcess.Ended ended) {
    return ended.error() != null ? MavenWording.ofCluster(MavenWording.of(ended.error())) : super.failure(command, ended);
  }

  /**
   * {@code --pinned FOLDER} when the digest-pinned copies are there and wanted, else {@code --no-pinned}: the
   * goals that read the compiled manifests use the copies {@code jera:pin} wrote after the image was built.
   */
  static List<String> pinned(File folder, boolean use) {
    return use && folder != null && folder.isDirectory() ? List.of("--pinned", folder.getPath()) : List.of("--no-pinned");
  }

  /** The workflow's name on the cluster, or a failure saying how to give it. */
  static String clusterWorkflow(String goal, String name) throws MojoFailureException {
    if (name == null || name.isBlank()) {
      throw new MojoFailureException("jera:" + goal + " needs the workflow's name on the cluster, as jera:submit printed"
          + " it: -Djera.workflow=NAME (mvn jera:list -Djera.cluster shows them)");
    }
    return name;
  }

  private static void put(Map<String, String> environment, String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      environment.put(name, value.toString());
    }
  }
}
