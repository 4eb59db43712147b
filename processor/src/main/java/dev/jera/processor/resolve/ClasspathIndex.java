package dev.jera.processor.resolve;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.runner.index.WorkflowIndex;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads the index entries of workflows compiled by Jera into jars on the class path:
 * {@code META-INF/jera/workflows/<name>.json}, one per workflow, written beside the manifest.
 */
public final class ClasspathIndex {
  /** Where a workflow's own entry lives. */
  public static String entryPath(String workflowName) {
    return "META-INF/jera/workflows/" + workflowName + ".json";
  }

  /** Made on first use: Jackson's databind loads only for a compilation that reads another's entries. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private final Filer filer;

  public ClasspathIndex(Filer filer) {
    this.filer = filer;
  }

  Optional<WorkflowIndex.Workflow> workflow(String name) {
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_PATH, "", entryPath(name));
      try (InputStream in = file.openInputStream()) {
        return Optional.of(Json.MAPPER.readValue(in, WorkflowIndex.Workflow.class));
      }
    } catch (IOException | RuntimeException e) {
      // Absent (or unreadable): the reference is reported as unknown.
      return Optional.empty();
    }
  }
}
