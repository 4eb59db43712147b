package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Argo's {@code examples/sidecar.yaml}: the template {@code sidecar-example} runs InfluxDB as the sidecar
 * {@code influxdb} and, once it answers on {@code 127.0.0.1:8086}, creates the database {@code mydb} and
 * writes twenty CPU load points into it, half a second apart. Needs a cluster (or {@code influxd} on this
 * machine, where the local run starts the sidecar's command), so it is compiled and compared here.
 */
@Workflow(name = "sidecar", entrypoint = "sidecar-example")
public class Sidecar {
  private static final String INFLUX = "http://127.0.0.1:8086";

  /** Upstream's {@code curl} loop: create the database until the sidecar answers, then write the points. */
  @Template
  @dev.jera.Sidecar(name = "influxdb", image = "influxdb:1.2", command = "influxd")
  public static void sidecarExample() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    while (!succeeds(http, post(INFLUX + "/query", "q=" + URLEncoder.encode("CREATE DATABASE mydb", StandardCharsets.UTF_8)))) {
      Thread.sleep(500);
    }
    for (int i = 1; i <= 20; i++) {
      HttpResponse<String> written = http.send(post(INFLUX + "/write?db=mydb", "cpu,host=server01,region=uswest load=" + i),
          HttpResponse.BodyHandlers.ofString());
      System.out.println("load=" + i + ": HTTP " + written.statusCode());
      Thread.sleep(500);
    }
  }

  private static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Whether the request got an answer (curl's exit status: any HTTP status will do). */
  private static boolean succeeds(HttpClient http, HttpRequest request) throws InterruptedException {
    try {
      http.send(request, HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }
}
