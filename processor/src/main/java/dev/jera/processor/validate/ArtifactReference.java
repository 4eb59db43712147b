package dev.jera.processor.validate;

import java.util.regex.Pattern;

/**
 * A file passed by reference, an argument's {@code from}: exactly one tag naming an artifact, as Argo's
 * controller resolves it (a global output, a step's or task's output file, the calling graph's input file).
 */
final class ArtifactReference {
  private static final Pattern REFERENCE = Pattern.compile(
      "\\{\\{\\s*(?:(?:tasks|steps)\\.[A-Za-z0-9][-A-Za-z0-9]*\\.outputs\\.artifacts|inputs\\.artifacts"
          + "|workflow\\.outputs\\.artifacts)\\.[-A-Za-z0-9_]+\\s*}}");

  private ArtifactReference() {}

  static boolean is(String value) {
    return REFERENCE.matcher(value).matches();
  }
}
