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
 * check in the same words. The token in particular reaches the command in its environment alone, never on its
 * command line, and neither the command nor this plugin prints it (Maven's own debug output, {@code -X}, lists
 * every parameter and environment variable, a token's included).
 */
abstract class AbstractClusterMojo extends AbstractCommandMojo {
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

  /**
   * The whole {@code Authorization} value, {@code Bearer <token>} (default: {@code ARGO_TOKEN}). Prefer the
   * environment variable: a {@code -D} shows in the process list, and a pom is no place for a secret (if
   * anything, {@code <jera.argo.token>${env.SOME_VARIABLE}</jera.argo.token>} among its properties).
   */
  @Parameter(property = "jera.argo.token")
  String token;

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
    put(environment, "ARGO_TOKEN", token);
    return environment;
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
