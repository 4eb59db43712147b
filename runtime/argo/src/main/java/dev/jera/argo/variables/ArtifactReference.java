package dev.jera.argo.variables;

import java.util.regex.Pattern;

/**
 * A file passed by reference, an argument's {@code from}: exactly one tag naming an artifact, the references Argo
 * resolves as an artifact ({@code wfScope.resolveArtifact}): a step's or task's output file, the calling template's
 * input file, a global output.
 */
public final class ArtifactReference {
  private static final Pattern REFERENCE = Pattern.compile(
      "\\{\\{\\s*(?:(?:tasks|steps)\\.[A-Za-z0-9][-A-Za-z0-9]*\\.outputs\\.artifacts|inputs\\.artifacts"
          + "|workflow\\.outputs\\.artifacts)\\.[-A-Za-z0-9_]+\\s*}}");

  private ArtifactReference() {}

  /** Whether {@code value} is one such tag and nothing else. */
  public static boolean is(String value) {
    return REFERENCE.matcher(value).matches();
  }
}
