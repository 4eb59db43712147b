package dev.jera.samples.argo.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code argo-examples.tsv}: one row per workflow file of Argo's {@code examples/}, tab-separated, no
 * header: the path relative to {@code examples/}; the port's manifest names (file stems under
 * {@code META-INF/argo/}, comma-separated, in the upstream file's document order; empty when there is
 * no port); {@code ported}, {@code not-expressible} or {@code pending} (not ported yet; the final table
 * has none); a note (why it is not expressible, or what a faithful port still needs).
 */
public final class ExamplesTable {
  public static final String RESOURCE = "argo-examples.tsv";

  /** A row's state. */
  public enum Status {
    PORTED("ported"),
    NOT_EXPRESSIBLE("not-expressible"),
    PENDING("pending");

    final String text;

    Status(String text) {
      this.text = text;
    }

    static Optional<Status> of(String text) {
      return Arrays.stream(values()).filter(s -> s.text.equals(text)).findFirst();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** One row. */
  public record Row(int line, String upstream, List<String> manifests, Status status, String note) {
    @Override
    public String toString() {
      return upstream;
    }
  }

  private ExamplesTable() {}

  /** The table on the test class path. */
  public static List<Row> read() {
    try (InputStream in = ExamplesTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the table; a malformed row is an error naming its line. */
  public static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() && i == lines.length - 1) {
        break;
      }
      String where = RESOURCE + ":" + (i + 1) + ": ";
      String[] cells = line.split("\t", -1);
      if (cells.length != 4) {
        throw new IllegalArgumentException(where + "expected 4 tab-separated cells, found " + cells.length);
      }
      Status status = Status.of(cells[2]).orElseThrow(() -> new IllegalArgumentException(
          where + "status '" + cells[2] + "' is none of ported, not-expressible, pending"));
      List<String> manifests = cells[1].isEmpty() ? List.of() : List.of(cells[1].split(",", -1));
      if (manifests.stream().anyMatch(m -> m.isBlank() || !m.strip().equals(m))) {
        throw new IllegalArgumentException(where + "manifest names '" + cells[1] + "' have an empty or padded name");
      }
      if (cells[0].isBlank() || !cells[0].endsWith(".yaml")) {
        throw new IllegalArgumentException(where + "'" + cells[0] + "' is not a path to a .yaml file");
      }
      rows.add(new Row(i + 1, cells[0], manifests, status, cells[3]));
    }
    return rows;
  }
}
