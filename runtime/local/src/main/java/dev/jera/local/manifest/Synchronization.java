package dev.jera.local.manifest;

import java.util.List;

/**
 * A template's or the workflow's {@code synchronization}: the mutexes it holds while it runs, and the
 * semaphores it takes a permit of (each limited by a ConfigMap key's value); those kept in Argo's
 * synchronization database ({@code database: true}, {@code database: {key}}) apart, as Argo's lock
 * names keep them apart from the in-memory ones of the same name.
 *
 * @param mutexes the mutexes' names as written (tags are substituted per step)
 * @param semaphores the ConfigMap keys holding the semaphores' limits
 * @param databaseMutexes the database mutexes' names as written
 * @param databaseSemaphores the database semaphores' keys
 */
public record Synchronization(
    List<String> mutexes, List<ConfigMapKey> semaphores, List<String> databaseMutexes, List<String> databaseSemaphores) {
  /** No locks. */
  public static final Synchronization NONE = new Synchronization(List.of(), List.of());

  /** Copies the lists. */
  public Synchronization {
    mutexes = List.copyOf(mutexes);
    semaphores = List.copyOf(semaphores);
    databaseMutexes = List.copyOf(databaseMutexes);
    databaseSemaphores = List.copyOf(databaseSemaphores);
  }

  /** In-memory mutexes and ConfigMap semaphores only. */
  public Synchronization(List<String> mutexes, List<ConfigMapKey> semaphores) {
    this(mutexes, semaphores, List.of(), List.of());
  }

  /** Whether it takes no lock. */
  public boolean isEmpty() {
    return mutexes.isEmpty() && semaphores.isEmpty() && databaseMutexes.isEmpty() && databaseSemaphores.isEmpty();
  }
}
