package dev.jera.samples.gallery;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Resources;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/pod-spec-patch.yaml} sets a step's CPU limit by patching its pod spec; Jera
 * writes requests and limits directly, checked as Kubernetes quantities: every step requests a tenth of
 * a core and 128Mi, and {@code count-primes}, which needs more, asks for its own (a limit may not be
 * below its request).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (a
 * different workflow (resources, not podSpecPatch)). The faithful ports, compared with the upstream
 * files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-resources")
@Param(value = "below", defaultValue = "1000000", description = "count the primes below this number")
@Resources(cpu = "100m", memory = "128Mi")
public class PodResources {

  @Script
  @Resources(cpu = "1", memory = "256Mi", cpuLimit = "2", memoryLimit = "256Mi")
  public static int countPrimes(@Param("below") int below) {
    return primesBelow(below);
  }

  @Script
  public static String report(@From("count-primes") int primes, @Param("below") int below) {
    return primes + " primes below " + below;
  }

  /** The sieve of Eratosthenes. */
  static int primesBelow(int n) {
    if (n < 3) {
      return 0;
    }
    boolean[] composite = new boolean[n];
    int count = 0;
    for (int i = 2; i < n; i++) {
      if (!composite[i]) {
        count++;
        for (long j = (long) i * i; j < n; j += i) {
          composite[(int) j] = true;
        }
      }
    }
    return count;
  }
}
