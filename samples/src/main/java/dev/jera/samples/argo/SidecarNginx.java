package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Argo's {@code examples/sidecar-nginx.yaml}: the template {@code sidecar-nginx-example} runs nginx as the
 * sidecar {@code nginx}, asks it for {@code http://127.0.0.1/} once a second until it answers, and prints
 * the page. Needs a cluster (or {@code nginx} on this machine, where the local run starts the sidecar's
 * command), so it is compiled and compared here.
 */
@Workflow(name = "sidecar-nginx", entrypoint = "sidecar-nginx-example")
public class SidecarNginx {
  /** Upstream's {@code until curl …; do echo sleep && sleep 1; done && cat /tmp/out}. */
  @Template
  @dev.jera.Sidecar(name = "nginx", image = "nginx:1.13", command = {"nginx", "-g", "daemon off;"})
  public static void sidecarNginxExample() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).GET().build();
    while (true) {
      try {
        System.out.println(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        return;
      } catch (IOException notYet) {
        System.out.println("sleep");
        Thread.sleep(1000);
      }
    }
  }
}
