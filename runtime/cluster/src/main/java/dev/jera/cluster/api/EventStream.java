package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The messages of a streaming endpoint, as grpc-gateway writes them: one JSON object a line,
 * {@code {"result": …}}, or {@code {"error": {…}}} when the stream fails. Server-sent-event framing
 * ({@code data: } prefixes, {@code :} keep-alive comments, blank lines), which Argo Server uses when
 * asked for {@code text/event-stream}, is read too.
 */
public final class EventStream implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedReader reader;
  private final InputStream in;
  private final ApiRequest request;
  private final String action;
  private final Faults faults;

  EventStream(InputStream in, ApiRequest request, String action, Faults faults) {
    this.in = in;
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.request = request;
    this.action = action;
    this.faults = faults;
  }

  /**
   * The next message's {@code result}, or {@code null} when the stream ended.
   *
   * @throws ArgoException for an {@code error} message, a broken connection or a line that is not a message
   */
  public JsonNode next() {
    while (true) {
      String line;
      try {
        line = reader.readLine();
      } catch (IOException e) {
        throw faults.io(request, action, e);
      }
      if (line == null) {
        return null;
      }
      String data = line.strip();
      if (data.startsWith("data:")) {
        data = data.substring("data:".length()).strip();
      }
      if (data.isEmpty() || data.startsWith(":")) {
        continue;
      }
      JsonNode message;
      try {
        message = JSON.readTree(data);
      } catch (IOException e) {
        throw faults.protocol(request, "a stream line that is not JSON: " + data);
      }
      if (message != null && message.has("result")) {
        return message.get("result");
      }
      if (message != null && message.has("error")) {
        throw faults.streamError(request, action, message.get("error"));
      }
      throw faults.protocol(request, "a stream message with neither result nor error: " + data);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // Closing a stream we stopped reading: nothing to report.
    }
  }
}
