package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;

/**
 * {@code @From(subPath)} hands over a part of a file: only a {@code Path} has parts, and the part is a
 * path inside the producer's file, relative and never climbing out of it with {@code ..}.
 */
final class SubPathRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.FromStep from && from.subPath().isPresent()) {
            check(script, input, from.subPath().get(), diagnostics);
          }
        }
      }
    }
  }

  private static void check(ScriptModel script, InputModel input, Text subPath, Diagnostics diagnostics) {
    if (!input.isArtifact()) {
      diagnostics.report(subPath.site(), ArtifactMessages.subPathOnValue(input.name(), script.methodName(), input.type().display()));
      return;
    }
    String problem = problem(subPath.value());
    if (problem != null) {
      diagnostics.report(subPath.site(), ArtifactMessages.invalidSubPath(subPath.value(), problem));
    }
  }

  /** What is wrong with a sub-path, or {@code null}; tags ({@code {{…}}}) are left to Argo. */
  static String problem(String subPath) {
    if (subPath.startsWith("/")) {
      return "it is absolute; write it relative to the producer's file, such as \"" + subPath.replaceFirst("^/+", "") + "\"";
    }
    for (String part : subPath.split("/", -1)) {
      if (part.equals("..")) {
        return "'..' would leave the producer's file; name a file or folder inside it";
      }
      if (part.isEmpty() && !subPath.endsWith("/")) {
        return "it has an empty part ('//'); separate folders with one '/'";
      }
    }
    return null;
  }
}
