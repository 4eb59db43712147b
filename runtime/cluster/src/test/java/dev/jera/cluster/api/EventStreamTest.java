package dev.jera.cluster.api;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventStreamTest {
  private static EventStream of(String text) {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of("ARGO_SERVER", "argo:2746"));
    return new EventStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        ApiRequest.get("/api/v1/workflow-events/argo"), "watch workflow 'x'", new Faults(config));
  }

  @Test
  void newlineDelimitedResultsAreReadOneByOne() {
    EventStream stream = of("{\"result\":{\"type\":\"ADDED\"}}\n{\"result\":{\"type\":\"MODIFIED\"}}\n");
    assertThat(stream.next().path("type").asText()).isEqualTo("ADDED");
    assertThat(stream.next().path("type").asText()).isEqualTo("MODIFIED");
    assertThat(stream.next()).isNull();
  }

  @Test
  void serverSentEventFramingIsReadToo() {
    EventStream stream = of(":\n\ndata: {\"result\":{\"content\":\"hi\"}} \n\n:\n");
    assertThat(stream.next().path("content").asText()).isEqualTo("hi");
    assertThat(stream.next()).isNull();
  }

  @Test
  void anErrorMessageEndsTheStreamAsAFault() {
    EventStream stream = of("{\"result\":{}}\n{\"error\":{\"grpc_code\":8,\"http_code\":429,\"message\":\"EOF\"}}\n");
    stream.next();
    ArgoException e = assertThrows(ArgoException.class, stream::next);
    assertThat(e.fault()).isEqualTo(Fault.THROTTLED);
    assertThat(e.serverMessage()).isEqualTo("EOF");
  }

  @Test
  void aLineThatIsNotAMessageIsAProtocolFault() {
    assertThat(assertThrows(ArgoException.class, () -> of("<html>\n").next()).fault()).isEqualTo(Fault.PROTOCOL);
    assertThat(assertThrows(ArgoException.class, () -> of("{\"other\":1}\n").next()).getMessage())
        .contains("a stream message with neither result nor error");
  }
}
