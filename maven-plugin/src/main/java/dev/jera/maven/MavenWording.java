package dev.jera.maven;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command's one-line messages in the words of this plugin: where the {@code jera} command names its own
 * options ({@code give it with --secret warehouse/password=VALUE}), a Maven user reads the property to give
 * ({@code -Djera.secret.warehouse/password=VALUE}).
 */
final class MavenWording {
  private static final Pattern PARAM = Pattern.compile("(^|[\\s(])-p ([^\\s=]+)=");
  private static final Pattern FILE = Pattern.compile("(^|[\\s(])-f (\\S)");

  private static final Pattern COMMAND = Pattern.compile("\\bjera (watch|get|logs) ([a-z0-9][a-z0-9.-]*)|\\bjera list --cluster"
      + "|\\bjera (apply|submit|lint|pin)\\b");
  private static final Pattern VARIABLE = Pattern.compile(
      "\\bARGO_(SERVER|SECURE|INSECURE_SKIP_VERIFY|TOKEN|NAMESPACE|BASE_HREF|HTTP1)\\b");
  /** Each {@code ARGO_*} variable's plugin parameter, which the cluster goals pass as that variable. */
  private static final Map<String, String> PROPERTIES = Map.of(
      "SERVER", "jera.argo.server", "SECURE", "jera.argo.secure", "INSECURE_SKIP_VERIFY", "jera.argo.insecureSkipVerify",
      "TOKEN", "jera.argo.token", "NAMESPACE", "jera.argo.namespace", "BASE_HREF", "jera.argo.baseHref",
      "HTTP1", "jera.argo.http1");

  private MavenWording() {}

  /**
   * A cluster command's line in a Maven user's words: the commands it names become goals, its options properties,
   * and the {@code ARGO_*} variables it names keep their names (they work in Maven too), with the property each
   * one is also given by said once at the end.
   */
  static String ofCluster(String line) {
    String text = COMMAND.matcher(line).replaceAll(match -> Matcher.quoteReplacement(
        match.group(1) != null ? "mvn jera:" + match.group(1) + " -Djera.workflow=" + match.group(2)
            : match.group(3) != null ? "mvn jera:" + match.group(3) : "mvn jera:list -Djera.cluster"));
    text = text
        .replace("--certificate-authority", "-Djera.argo.certificateAuthority")
        .replace("--no-pinned", "-Djera.usePinned=false")
        .replace("--pinned ", "-Djera.pinned=")
        .replace("(or --argo-server)", "(or -Djera.argo.server)");
    Set<String> named = new LinkedHashSet<>();
    Matcher variables = VARIABLE.matcher(text);
    while (variables.find()) {
      named.add("ARGO_" + variables.group(1) + " is -D" + PROPERTIES.get(variables.group(1)));
    }
    return named.isEmpty() ? text : text + " (as properties: " + String.join(", ", named) + ")";
  }

  static String of(String line) {
    String text = PARAM.matcher(line).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "-D" + RunMojo.PARAM_PREFIX + match.group(2) + "="));
    text = FILE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "-Djera.parametersFile=" + match.group(2)));
    return text
        .replace("--secret ", "-D" + RunMojo.SECRET_PREFIX)
        .replace("--config-map ", "-D" + RunMojo.CONFIG_MAP_PREFIX)
        .replace("--semaphore ", "-D" + RunMojo.SEMAPHORE_PREFIX)
        .replace("--artifact ", "-D" + RunMojo.ARTIFACT_PREFIX)
        .replace("--retry-backoff '", "-Djera.retryBackoff='")
        .replace("--retry-backoff ", "-Djera.retryBackoff=")
        .replace("--fast-retries", "-Djera.fastRetries")
        .replace("--resume '", "-Djera.resume='")
        .replace("--resume ", "-Djera.resume=");
  }
}
