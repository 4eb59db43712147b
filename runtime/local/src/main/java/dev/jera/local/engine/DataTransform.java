package dev.jera.local.engine;

import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.local.launch.AttemptOutcome;
import dev.jera.local.manifest.DataSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A data template's step, as Argo's executor runs it ({@code executor/data.go}): the keys under its source
 * (here, the paths of the local copy's files relative to it, with '/', sorted as a listing returns them),
 * then each transformation evaluated with that list as {@code data}; the result is the last value, as JSON.
 */
final class DataTransform {
  private static final Expression TO_JSON = Expression.parse("toJson(data)");

  private DataTransform() {}

  static AttemptOutcome run(DataSettings data, Path source) {
    List<Object> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(source)) {
      walk.filter(Files::isRegularFile)
          .map(file -> source.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      return AttemptOutcome.error("cannot list the data source " + data.source() + ": " + e.getMessage());
    }
    Object current = files;
    for (String transformation : data.transformations()) {
      try {
        current = Expression.parse(transformation).evaluate(Map.of("data", current));
      } catch (ExpressionException | IllegalArgumentException e) {
        return AttemptOutcome.error("failed to evaluate transformation '" + transformation + "': " + e.getMessage());
      }
    }
    // json.Marshal of the result, as the executor writes it.
    String last = TO_JSON.evaluateToText(Map.of("data", current));
    return AttemptOutcome.succeeded(last);
  }
}
