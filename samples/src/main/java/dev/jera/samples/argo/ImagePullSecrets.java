package dev.jera.samples.argo;

import dev.jera.Pod;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/image-pull-secrets.yaml}: the template {@code hello-world} prints "hello world";
 * its image is pulled with the credentials of the Secret {@code docker-registry-secret}.
 */
@Workflow(name = "image-pull-secrets", entrypoint = "hello-world")
@Pod(imagePullSecrets = "docker-registry-secret")
public class ImagePullSecrets {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
