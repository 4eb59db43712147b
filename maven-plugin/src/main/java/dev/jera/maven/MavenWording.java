package dev.jera.maven;

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

  private MavenWording() {}

  static String of(String line) {
    String text = PARAM.matcher(line).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "-D" + RunMojo.PARAM_PREFIX + match.group(2) + "="));
    text = FILE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "-Djera.parametersFile=" + match.group(2)));
    return text
        .replace("--secret ", "-D" + RunMojo.SECRET_PREFIX)
        .replace("--config-map ", "-D" + RunMojo.CONFIG_MAP_PREFIX)
        .replace("--artifact ", "-D" + RunMojo.ARTIFACT_PREFIX)
        .replace("--retry-backoff '", "-Djera.retryBackoff='")
        .replace("--retry-backoff ", "-Djera.retryBackoff=")
        .replace("--fast-retries", "-Djera.fastRetries");
  }
}
