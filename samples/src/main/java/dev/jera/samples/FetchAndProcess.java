package dev.jera.samples;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fetch-then-process job of Dagster's guide: download the cereals dataset, then find the most
 * sugary cereal. The dataset ships with the image ({@code classpath:cereal.csv}); any http(s) URL
 * works too.
 */
@Workflow(name = "fetch-and-process")
@Param(value = "url", defaultValue = "classpath:cereal.csv", description = "where the cereals CSV is")
public class FetchAndProcess {

  /** One row of the dataset. */
  public record Cereal(String name, String manufacturer, int calories, int sugars) {}

  @Script
  public static List<Cereal> fetch(@Param("url") String url) throws IOException {
    List<Cereal> cereals = new ArrayList<>();
    String csv = read(url);
    String[] lines = csv.split("\\R");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split(",");
      cereals.add(new Cereal(cells[0], cells[1], Integer.parseInt(cells[3].strip()), Integer.parseInt(cells[9].strip())));
    }
    System.out.println("fetched " + cereals.size() + " cereals from " + url);
    return cereals;
  }

  @Script
  public static String process(@From("fetch") List<Cereal> cereals) {
    Cereal sugariest =
        cereals.stream().max(Comparator.comparingInt(Cereal::sugars)).orElseThrow(() -> new IllegalArgumentException("no cereals"));
    return sugariest.name() + " has the most sugar: " + sugariest.sugars() + "g per serving";
  }

  private static String read(String url) throws IOException {
    if (url.startsWith("classpath:")) {
      String resource = url.substring("classpath:".length());
      try (InputStream in = FetchAndProcess.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("no resource " + resource + " on the classpath");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    try (InputStream in = URI.create(url).toURL().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
