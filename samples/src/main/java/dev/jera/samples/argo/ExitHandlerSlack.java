package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Argo's {@code examples/exit-handler-slack.yaml}: {@code say-hello} prints "hello"; when the workflow
 * ends, the exit handler {@code exit-handler} posts its name and status to a Slack webhook. As upstream,
 * the webhook's URL is a placeholder to replace ({@code YOUR_WEBHOOK_URL_HERE}), so until it is the
 * exit handler fails, and with it the workflow. Upstream's container reads {@code {{workflow.name}}}
 * and {@code {{workflow.status}}} in its command; the Java template receives them through inputs fixed
 * to those values.
 */
@Workflow(name = "exit-handler-slack", entrypoint = "say-hello", onExit = "exit-handler")
public class ExitHandlerSlack {
  /** Where to post: replace with the webhook of a Slack app. */
  static final String WEBHOOK = "YOUR_WEBHOOK_URL_HERE";

  /** Prints "hello". */
  @Template
  public static void sayHello() {
    System.out.println("hello");
  }

  /** Posts the workflow's name and status to the webhook, as upstream's {@code curl --data-urlencode 'payload=…'}. */
  @Template
  public static void exitHandler(@Value("{{workflow.name}}") String name, @Value("{{workflow.status}}") String status)
      throws IOException, InterruptedException {
    String payload = "{\"text\": \"" + name + " finished\", \"blocks\": [{\"type\": \"section\", \"text\": "
        + "{\"type\": \"mrkdwn\", \"text\": \"Workflow " + name + " " + status + "\"}}]}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(WEBHOOK))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    System.out.println(response.body());
  }
}
