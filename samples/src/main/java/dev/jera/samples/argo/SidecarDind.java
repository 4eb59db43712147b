package dev.jera.samples.argo;

import dev.jera.Container;
import dev.jera.Env;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/sidecar-dind.yaml}: the template {@code dind-sidecar-example} runs a Docker daemon
 * as the privileged sidecar {@code dind} (which sees the step's volumes, {@code mirrorVolumeMounts}) and,
 * once {@code docker ps} reaches it at {@code DOCKER_HOST=127.0.0.1}, runs a Debian container that prints
 * its {@code /etc/os-release}. The step is upstream's Docker client container: a Java step would have to
 * speak the Docker API itself. The pods run without Jera's restricted profile, as a privileged container
 * needs. Needs a cluster that allows privileged pods, so it is compiled and compared here, not run.
 */
@Workflow(name = "sidecar-dind", entrypoint = "dind-sidecar-example", restricted = false)
public class SidecarDind {
  /** Waits for the daemon, then runs the Debian container. */
  @Template
  @Container(image = "docker:19.03.13", command = {"sh", "-c"},
      args = "until docker ps; do sleep 3; done; docker run --rm debian:latest cat /etc/os-release")
  @Env(name = "DOCKER_HOST", value = "127.0.0.1")
  @dev.jera.Sidecar(name = "dind", image = "docker:19.03.13-dind", command = "dockerd-entrypoint.sh",
      env = "DOCKER_TLS_CERTDIR=", privileged = true, mirrorVolumeMounts = true)
  public static void dindSidecarExample() {}
}
