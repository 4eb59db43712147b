package dev.jera.local.values;

import dev.jera.argo.DidYouMean;
import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.WorkflowManifest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The limits of a run's database semaphores ({@code synchronization.semaphores[].database.key}), which
 * on Argo are the {@code sizeLimit} of a row of the synchronization database's {@code sync_limit}
 * table, and locally are given with {@code --semaphore key=N} (or {@code LocalRun.semaphore}); a key
 * with none given has limit 1. Checked before the run: each key given is one the workflow holds, each
 * limit a positive whole number.
 */
public final class SemaphoreLimits {
  private SemaphoreLimits() {}

  /**
   * The limits {@code given} by key, checked.
   *
   * @param workflow the workflow's name, for messages
   * @param given the limits as written, by key
   * @throws InvalidRunException naming the first key the workflow does not hold, or the first bad limit
   */
  public static Map<String, Integer> check(String workflow, WorkflowManifest manifest, Map<String, String> given) {
    TreeSet<String> keys = new TreeSet<>(manifest.synchronization().databaseSemaphores());
    for (PodTemplate template : manifest.podTemplates()) {
      keys.addAll(template.synchronization().databaseSemaphores());
    }
    Map<String, Integer> limits = new LinkedHashMap<>();
    given.forEach((key, value) -> {
      if (!keys.contains(key)) {
        throw new InvalidRunException("workflow '" + workflow + "' holds no database semaphore '" + key + "'"
            + (keys.isEmpty() ? " (it holds none)" : " (it holds " + String.join(", ", keys) + ")" + DidYouMean.hint(key, keys)));
      }
      int limit;
      try {
        limit = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit <= 0) {
        throw new InvalidRunException("the limit of database semaphore '" + key + "' of workflow '" + workflow + "' is '"
            + value + "'; it must be a positive whole number");
      }
      limits.put(key, limit);
    });
    return limits;
  }
}
