package dev.jera.samples.argo;

import dev.jera.Pod;
import dev.jera.Resources;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dns-config.yaml}: one template, {@code hello-world}, limited to 100m of CPU
 * and 32Mi of memory, whose pod resolves names through the extra name server 1.2.3.4 with
 * {@code ndots} 2 ({@code spec.dnsConfig}).
 */
@Workflow(name = "test-dns-config", entrypoint = "hello-world")
@Pod(nameservers = "1.2.3.4", dnsOptions = "ndots=2")
public class DnsConfig {
  /** Prints "hello world". */
  @Template
  @Resources(cpuLimit = "100m", memoryLimit = "32Mi")
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
