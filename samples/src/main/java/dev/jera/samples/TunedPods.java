package dev.jera.samples;

import dev.jera.Param;
import dev.jera.Pod;
import dev.jera.PodGC;
import dev.jera.PodResources;
import dev.jera.Resources;
import dev.jera.Script;
import dev.jera.Volume;
import dev.jera.Workflow;

/**
 * A training workflow tuned for its cluster: labelled and annotated pods, a device claim its step's
 * container uses, extra DNS, pod-level resources, a spec patch whose limit comes from a parameter, a
 * node selector chosen by a parameter, a disruption budget, logs kept in the artifact repository, pods
 * deleted a while after they succeed (those labelled for it), and the workflow after its TTLs. On one
 * machine it runs the same steps; the cluster-only settings are named once in the run's notes.
 */
@Workflow(
    name = "tuned-pods",
    minAvailable = "9999",
    archiveLogs = true,
    artifactRepository = "training-artifacts",
    podGC = PodGC.ON_POD_SUCCESS,
    podGCDelay = "30s",
    podGCSelector = {"should-be-deleted=true", "tier in (batch, training)"},
    ttl = "24h",
    ttlAfterSuccess = "1h",
    ttlAfterFailure = "48h")
@Param(value = "arch", defaultValue = "amd64", description = "the CPU architecture of the nodes to train on")
@Param(value = "cpu-limit", defaultValue = "2", description = "the CPU limit of the training step")
@Pod(
    labels = {"team=ml", "should-be-deleted=true"},
    annotations = "iam.amazonaws.com/role=arn:aws:iam::123456789012:role/training",
    resourceClaims = "accelerator=example-device-claim-template",
    nameservers = "1.2.3.4",
    dnsOptions = {"ndots=2", "edns0"},
    dnsSearches = "ml.example.com",
    specPatch = "terminationGracePeriodSeconds: 60")
@PodResources(cpu = "500m", memory = "1Gi", cpuLimit = "4", memoryLimit = "8Gi")
@Volume(name = "datasets", mountPath = "/datasets", claim = "datasets", subPath = "images/{{workflow.parameters.arch}}")
public class TunedPods {

  @Script
  @Pod(
      labels = "tier=training",
      nodeSelector = "kubernetes.io/arch={{inputs.parameters.arch}}",
      specPatch = "{\"containers\":[{\"name\":\"main\",\"resources\":{\"limits\":{\"cpu\":\"{{workflow.parameters.cpu-limit}}\"}}}]}")
  @Resources(cpu = "1", memory = "2Gi", claims = "accelerator")
  @PodResources(cpu = "1", memory = "2Gi", memoryLimit = "4Gi")
  public static String train(@Param("arch") String arch) {
    return "trained on " + arch;
  }

  @Script
  @Pod(resourceClaims = "gpu=claim/shared-gpu")
  @Resources(claims = "gpu/large")
  public static String evaluate(@dev.jera.From("train") String model) {
    return model + ", evaluated";
  }
}
