package dev.jera.processor.diagnostic;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of diagnostic ids and the code agree: every id, in the code's order, under its
 * group's heading, with its kind and meaning, and an example.
 */
class ReadmeDiagnosticsTest {
  private static final Path README = Path.of("../README.md");
  private static final Pattern HEADING = Pattern.compile("^#### (.+)$");
  private static final Pattern ROW = Pattern.compile("^\\| `\\[Jera/(\\w+)\\]` \\| (\\w+) \\| (.+?) \\| (.*) \\|$");

  @Test
  void theReadmeListsEveryIdAsTheCodeDefinesIt() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("### Diagnostic ids"), readme.indexOf("## The runner contract"));
    List<String> rows = new ArrayList<>();
    String heading = "";
    for (String line : section.split("\n")) {
      Matcher title = HEADING.matcher(line);
      if (title.matches()) {
        heading = title.group(1);
      }
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        assertWithMessage("example of %s", row.group(1)).that(row.group(4).strip()).isNotEmpty();
        rows.add(row(heading, row.group(1), row.group(2), row.group(3)));
      }
    }
    List<String> expected = new ArrayList<>();
    for (MessageId id : MessageId.values()) {
      expected.add(row(id.group().title(), id.code(), id.kind().name().toLowerCase(java.util.Locale.ROOT), id.meaning()));
    }
    assertWithMessage("README.md's diagnostic ids (heading | id | kind | meaning), as MessageId has them")
        .that(rows).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  void everyMessageCarriesItsIdFirst() {
    Message message = ReferenceMessages.unknownScript("lod", "Etl", java.util.Optional.of("load"));
    assertWithMessage("formatted").that(message.formatted())
        .isEqualTo("[Jera/UnknownScript] no script named 'lod' in Etl; did you mean 'load'?");
  }

  private static String row(String heading, String id, String kind, String meaning) {
    return heading + " | " + id + " | " + kind + " | " + meaning;
  }
}
