package dev.jera.local.launch;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many steps that run as processes (a JVM of their own, a command) this machine runs at once when
 * the run names no limit: one per core, and no more than one per {@link #MEMORY_PER_STEP} of its memory,
 * at least one. A fan-out of thousands of items would otherwise start thousands of processes at once;
 * steps that run as threads of this JVM are not limited, as on Argo.
 */
public final class MachineLimit {
  /** The memory budgeted for one step process: a small JVM and the data of an ordinary step. */
  static final long MEMORY_PER_STEP = 512L * 1024 * 1024;

  private MachineLimit() {}

  /** The most step processes this machine runs at once by default. */
  public static int processSteps() {
    int cores = Runtime.getRuntime().availableProcessors();
    long memory = totalMemory();
    int byMemory = memory <= 0 ? cores : (int) Math.min(Integer.MAX_VALUE, memory / MEMORY_PER_STEP);
    return Math.max(1, Math.min(cores, byMemory));
  }

  /** This machine's memory (a container's limit when in one), or 0 when the JVM cannot tell. */
  private static long totalMemory() {
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    if (system instanceof com.sun.management.OperatingSystemMXBean) {
      return ((com.sun.management.OperatingSystemMXBean) system).getTotalMemorySize();
    }
    return 0;
  }
}
