package dev.jera.cluster.project;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PinnedCopyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIGEST = "@sha256:" + "ab".repeat(32);

  private static Optional<String> difference(String compiled, String pinned) throws IOException {
    return PinnedCopy.difference(JSON.readTree(compiled), JSON.readTree(pinned));
  }

  @Test
  void imagesPinnedToTheirRepositorysDigestAreTheOnlyChangeAllowed() throws IOException {
    assertThat(difference("{\"a\":[{\"image\":\"r.io:5000/team/etl:1.4\"},{\"image\":\"busybox:1\"}]}",
        "{\"a\":[{\"image\":\"r.io:5000/team/etl" + DIGEST + "\"},{\"image\":\"busybox:1\"}]}")).isEmpty();
    assertThat(difference("{\"image\":\"r.io/etl\"}", "{\"image\":\"r.io/etl" + DIGEST + "\"}")).isEmpty();
  }

  @Test
  void anythingElseIsADifference() throws IOException {
    assertThat(difference("{\"image\":\"r.io/etl:1\"}", "{\"image\":\"r.io/other" + DIGEST + "\"}")).hasValue("image");
    assertThat(difference("{\"image\":\"r.io/etl:1\"}", "{\"image\":\"r.io/etl:2\"}")).hasValue("image");
    assertThat(difference("{\"name\":\"r.io/etl:1\"}", "{\"name\":\"r.io/etl" + DIGEST + "\"}")).hasValue("name");
    assertThat(difference("{\"s\":{\"a\":1}}", "{\"s\":{\"a\":1,\"b\":2}}")).hasValue("s");
    assertThat(difference("{\"s\":[1,2]}", "{\"s\":[1]}")).hasValue("s");
  }
}
