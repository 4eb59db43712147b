package dev.jera.local.manifest;

import java.util.List;

/**
 * A template's or the workflow's {@code synchronization}: the mutexes it holds while it runs, and the
 * semaphores it takes a permit of (each limited by a ConfigMap key's value).
 *
 * @param mutexes the mutexes' names as written (tags are substituted per step)
 * @param semaphores the ConfigMap keys holding the semaphores' limits
 */
public record Synchronization(List<String> mutexes, List<ConfigMapKey> semaphores) {
  /** No locks. */
  public static final Synchronization NONE = new Synchronization(List.of(), List.of());

  /** Copies the lists. */
  public Synchronization {
    mutexes = List.copyOf(mutexes);
    semaphores = List.copyOf(semaphores);
  }

  /** Whether it takes no lock. */
  public boolean isEmpty() {
    return mutexes.isEmpty() && semaphores.isEmpty();
  }
}
