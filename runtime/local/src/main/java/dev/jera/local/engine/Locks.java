package dev.jera.local.engine;

import dev.jera.local.manifest.Synchronization;
import dev.jera.local.values.ConfigMapValues;
import dev.jera.local.values.Variables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo's {@code synchronization} within one run: a mutex is held by one holder at a time; a semaphore
 * by as many as its limit, the value of its ConfigMap key (locally: the {@code --config-map} value of
 * that key, else 1), or for a database semaphore its row of {@code sync_limit} (locally: the
 * {@code --semaphore} value of its key, else 1). A database lock is another lock than the in-memory or
 * ConfigMap one of the same name, as Argo's lock names ({@code ns/Database/name}) keep them apart. The run itself holds the workflow-level locks from start to end; a step holds its
 * template's while an attempt runs, all of them or none. Other workflows are not seen: locally a run
 * is alone. Lives on the coordinator.
 */
public final class Locks {
  private static final String DATABASE_MUTEX = "database mutex ";
  private static final String DATABASE_SEMAPHORE = "database semaphore ";

  private final Map<String, String> configMaps;
  private final Map<String, Integer> databaseLimits;
  private final Map<String, Integer> held = new HashMap<>();
  private final Map<String, Integer> heldByRun = new HashMap<>();

  /**
   * Locks whose semaphore limits come from {@code configMaps}, by {@code name/key}, and, for database
   * semaphores, from {@code databaseLimits}, by key.
   */
  Locks(Map<String, String> configMaps, Map<String, Integer> databaseLimits) {
    this.configMaps = configMaps;
    this.databaseLimits = databaseLimits;
  }

  /** The lock keys of {@code synchronization}, its mutex names substituted with {@code variables}. */
  static List<String> keys(Synchronization synchronization, Variables variables) {
    List<String> keys = new ArrayList<>();
    synchronization.mutexes().forEach(mutex -> keys.add("mutex '" + variables.substitute(mutex) + "'"));
    synchronization.semaphores().forEach(semaphore -> keys.add("semaphore " + semaphore.displayName()));
    synchronization.databaseMutexes()
        .forEach(mutex -> keys.add(DATABASE_MUTEX + "'" + variables.substitute(mutex) + "'"));
    synchronization.databaseSemaphores().forEach(key -> keys.add(DATABASE_SEMAPHORE + "'" + key + "'"));
    return keys;
  }

  /** The run takes the workflow-level locks {@code keys}; nothing else holds them yet. */
  void holdForRun(List<String> keys) {
    for (String key : keys) {
      held.merge(key, 1, Integer::sum);
      heldByRun.merge(key, 1, Integer::sum);
    }
  }

  /** Why a step needing {@code keys} would wait forever (the run holds all there is of one), or {@code null}. */
  String neverFree(List<String> keys) {
    for (String key : keys) {
      if (heldByRun.getOrDefault(key, 0) >= capacity(key)) {
        return "its " + key + " is held by the workflow itself (spec.synchronization) for the whole run,"
            + " so the step would wait for it forever";
      }
    }
    return null;
  }

  /** Takes every lock of {@code keys} if all are free, and says whether it did. */
  boolean tryAcquire(List<String> keys) {
    for (String key : keys) {
      if (held.getOrDefault(key, 0) + count(keys, key) > capacity(key)) {
        return false;
      }
    }
    keys.forEach(key -> held.merge(key, 1, Integer::sum));
    return true;
  }

  /** Gives back the locks {@code keys}. */
  void release(List<String> keys) {
    keys.forEach(key -> held.merge(key, -1, Integer::sum));
  }

  private int capacity(String key) {
    if (key.startsWith("mutex ") || key.startsWith(DATABASE_MUTEX)) {
      return 1;
    }
    if (key.startsWith(DATABASE_SEMAPHORE)) {
      String name = key.substring(DATABASE_SEMAPHORE.length() + 1, key.length() - 1);
      return databaseLimits.getOrDefault(name, 1);
    }
    try {
      return ConfigMapValues.semaphoreLimit(configMaps.get(key.substring("semaphore ".length())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static int count(List<String> keys, String key) {
    int count = 0;
    for (String other : keys) {
      if (other.equals(key)) {
        count++;
      }
    }
    return count;
  }
}
