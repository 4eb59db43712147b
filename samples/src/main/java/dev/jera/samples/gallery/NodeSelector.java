package dev.jera.samples.gallery;

import dev.jera.Pod;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/node-selector.yaml}, with the other pod scheduling settings beside it: every pod
 * of the workflow runs on {@code amd64} nodes in one of two zones, tolerates the taint of nodes
 * dedicated to batch work and has the priority class {@code batch-high}. A step's own {@code @Pod}
 * replaces the workflow's node selector and tolerations (as a template's does in Argo), so
 * {@code print-arch}, which also wants an SSD and accepts spot nodes that may go away, repeats the
 * workflow's.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (selector from an input replaced by literals; tolerations, affinity, priority class added). The
 * faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-node-selector")
@Pod(nodeSelector = "kubernetes.io/arch=amd64", tolerations = "dedicated=batch:NoSchedule",
    affinity = "topology.kubernetes.io/zone in (us-east-1a, us-east-1b)", priorityClass = "batch-high")
public class NodeSelector {

  @Script
  @Pod(nodeSelector = {"kubernetes.io/arch=amd64", "disktype=ssd"},
      tolerations = {"dedicated=batch:NoSchedule", "spot:NoExecute"})
  public static String printArch() {
    return System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }
}
