package dev.jera.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code jera pin}: after an image is built, writes copies of the compiled manifests in which every
 * reference to that image ({@code repository:tag}, as Jib reports it in {@code jib-image.json}) is
 * replaced by {@code repository@sha256:…}, so a cluster runs exactly the bytes that were built. The
 * compiled manifests are left as they are. Manifests that name the built image's repository with another
 * tag or digest were compiled for another build (a changed image property does not make javac recompile),
 * and manifests none of which names the built image were compiled for another image: both are refused,
 * naming the manifests, and nothing is written.
 */
final class PinCommand {
  static final CommandHelp HELP = new CommandHelp("pin", "--image-json FILE --manifests DIR --out DIR",
      "copies of the manifests with the image built pinned to its digest",
      List.of("After an image is built, writes to --out copies of the manifests in --manifests in which every",
          "reference to that image (repository:tag, as Jib reports it in jib-image.json) is pinned to its",
          "digest (repository@sha256:...). The compiled manifests are left as they are; nothing half-written",
          "is left in --out."),
      List.of(
          CommandLine.Option.valued("--image-json", null, "FILE", "what Jib wrote of the image it built (target/jib-image.json)"),
          CommandLine.Option.valued("--manifests", null, "DIR", "the compiled manifests (target/classes/META-INF/argo)"),
          CommandLine.Option.valued("--out", null, "DIR", "where the pinned copies go (replaced as a whole)")),
      List.of("0  written", "2  bad usage, or a file that cannot be read or written"));
  static final String USAGE = HELP.usage();
  /**
   * An image reference as Docker's grammar allows: an optional registry host (with port), lower-case
   * path components, a tag. Nothing else may be pinned into a manifest.
   */
  private static final Pattern IMAGE_REFERENCE = Pattern.compile(
      "(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
          + "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");

  private final PrintStream out;

  PinCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> args) {
    CommandLine line = CommandLine.parse("pin", args, HELP.options());
    line.noOperands(USAGE);
    Path imageJson = Path.of(line.value("--image-json").orElseThrow(() -> new UsageException("pin needs --image-json: " + USAGE)));
    Path manifests = Path.of(line.value("--manifests").orElseThrow(() -> new UsageException("pin needs --manifests: " + USAGE)));
    Path target = Path.of(line.value("--out").orElseThrow(() -> new UsageException("pin needs --out: " + USAGE)));
    Built built = built(imageJson);
    // Every manifest is read and pinned before anything is written: a bad one leaves no folder behind.
    Map<Path, Pinning> pinnings = new LinkedHashMap<>();
    for (Path file : yamlFiles(manifests)) {
      pinnings.put(file, pin(read(file), built, file));
    }
    refuseOtherImages(pinnings, built, manifests);
    write(pinnings, target);
    long pinned = pinnings.values().stream().filter(pinning -> pinning.pinned() > 0).count();
    out.println("jera: pinned " + built.references().get(0) + " to " + built.digest() + " in " + pinned + " of "
        + pinnings.size() + " manifests; written to " + target);
    return JeraCli.OK;
  }

  /** Manifests compiled for another build of the image, or none naming it at all: compiled for another image. */
  private static void refuseOtherImages(Map<Path, Pinning> pinnings, Built built, Path folder) {
    List<String> stale = new ArrayList<>();
    Set<String> others = new TreeSet<>();
    boolean anyPinned = false;
    for (Map.Entry<Path, Pinning> entry : pinnings.entrySet()) {
      Pinning pinning = entry.getValue();
      if (!pinning.stale().isEmpty()) {
        stale.add(entry.getKey() + " names " + String.join(", ", pinning.stale()));
      }
      anyPinned |= pinning.pinned() > 0;
      others.addAll(pinning.others());
    }
    String image = built.references().get(0);
    if (!stale.isEmpty()) {
      throw new UsageException("manifests compiled for another image than the one built, " + image + ": "
          + String.join("; ", stale) + "; compile them again with this image (mvn clean package: a changed"
          + " property alone does not make javac recompile)");
    }
    if (!anyPinned) {
      throw new UsageException("none of the " + pinnings.size() + " manifests in " + folder + " names the image built, "
          + image + (others.isEmpty() ? "" : " (they name " + String.join(", ", others) + ")")
          + "; compile them with -Ajera.image set to the image Jib builds (one property for both)");
    }
  }

  /** Writes every pinned manifest into a new folder, then puts it in place of {@code target}. */
  private static void write(Map<Path, Pinning> pinnings, Path target) {
    Path staging = null;
    try {
      staging = Files.createTempDirectory(target.toAbsolutePath().getParent() == null
          ? Path.of(".") : ensure(target.toAbsolutePath().getParent()), ".pin-");
      for (Map.Entry<Path, Pinning> entry : pinnings.entrySet()) {
        Files.writeString(staging.resolve(entry.getKey().getFileName().toString()), entry.getValue().text(),
            StandardCharsets.UTF_8);
      }
      replace(staging, target);
    } catch (IOException e) {
      deleteQuietly(staging);
      throw new UsageException("cannot write the pinned manifests to " + target + ": " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // Best effort: the error that led here is the one to report.
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read the manifest " + file + ": " + e.getMessage());
    }
  }

  /** The image Jib built: its references by tag, and its manifest digest. */
  record Built(String repository, List<String> references, String digest) {}

  static Built built(Path imageJson) {
    JsonNode json;
    try {
      json = new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(Files.readString(imageJson, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException("cannot read " + imageJson + ": " + e.getMessage() + " (build the image first: mvn package)");
    }
    String image = json.path("image").asText("");
    String digest = json.path("imageDigest").asText("");
    if (image.isEmpty() || !digest.matches("sha256:[0-9a-f]{64}")) {
      throw new UsageException(imageJson + " holds no image and sha256 digest, as Jib writes them");
    }
    if (!IMAGE_REFERENCE.matcher(image).matches()) {
      throw new UsageException(imageJson + " names the image '" + image + "', which is not an image reference such as registry.example.com/etl:1.4");
    }
    String repository = repository(image);
    List<String> references = new ArrayList<>();
    references.add(image);
    for (JsonNode tag : json.path("tags")) {
      String reference = repository + ":" + tag.asText();
      if (!IMAGE_REFERENCE.matcher(reference).matches()) {
        throw new UsageException(imageJson + " names the tag '" + tag.asText() + "', which is not a valid image tag");
      }
      if (!references.contains(reference)) {
        references.add(reference);
      }
    }
    return new Built(repository, references, digest);
  }

  /**
   * A manifest with its images pinned.
   *
   * @param pinned how many {@code image} fields name the image built (now, or already, by its digest)
   * @param stale the images of the built image's repository with another tag or digest: the manifest was
   *     compiled for another build of it
   * @param others the images of other repositories, left as they are
   */
  record Pinning(String text, int pinned, List<String> stale, List<String> others) {}

  /**
   * The manifest with each {@code image} field that names the built image pinned to its digest. The
   * fields are found by reading the YAML, not by matching lines, so text that only looks like an
   * {@code image:} line (inside a parameter's value, say) stays as it is; everything but the pinned
   * values is kept byte for byte, each value in its own quoting.
   */
  static Pinning pin(String manifest, Built built, Path where) {
    List<ScalarNode> images = new ArrayList<>();
    try {
      for (Node document : new Yaml().composeAll(new StringReader(manifest))) {
        collectImages(document, images);
      }
    } catch (YAMLException e) {
      throw new UsageException("cannot read the manifest " + where + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    String byDigest = built.repository() + "@" + built.digest();
    StringBuilder pinned = new StringBuilder(manifest);
    int count = 0;
    List<String> stale = new ArrayList<>();
    List<String> others = new ArrayList<>();
    // From the last to the first, so earlier offsets stay valid.
    for (int i = images.size() - 1; i >= 0; i--) {
      ScalarNode image = images.get(i);
      String value = image.getValue();
      if (value.equals(byDigest)) {
        count++;
      } else if (built.references().contains(withTag(value))) {
        int start = offset(manifest, image.getStartMark());
        int end = offset(manifest, image.getEndMark());
        String quote = image.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? "\""
            : image.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED ? "'" : "";
        pinned.replace(start, end, quote + byDigest + quote);
        count++;
      } else if (repository(value).equals(built.repository())) {
        addOnce(stale, value);
      } else {
        addOnce(others, value);
      }
    }
    Collections.reverse(stale);
    Collections.reverse(others);
    return new Pinning(pinned.toString(), count, stale, others);
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  /** An image named without tag or digest is its {@code latest} tag. */
  private static String withTag(String image) {
    return image.contains("@") || !repository(image).equals(image) ? image : image + ":latest";
  }

  /** Every scalar {@code image} field of the manifest, in the order they appear. */
  private static void collectImages(Node node, List<ScalarNode> images) {
    if (node instanceof MappingNode) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        Node key = tuple.getKeyNode();
        Node value = tuple.getValueNode();
        if (key instanceof ScalarNode && ((ScalarNode) key).getValue().equals("image") && value instanceof ScalarNode) {
          images.add((ScalarNode) value);
        } else {
          collectImages(value, images);
        }
      }
    } else if (node instanceof SequenceNode) {
      for (Node element : ((SequenceNode) node).getValue()) {
        collectImages(element, images);
      }
    }
  }

  /** The char offset of {@code mark} (whose line and column count code points) in {@code text}. */
  private static int offset(String text, Mark mark) {
    int at = 0;
    for (int line = 0; line < mark.getLine(); line++) {
      at = text.indexOf('\n', at) + 1;
    }
    return text.offsetByCodePoints(at, mark.getColumn());
  }

  /** {@code registry:5000/team/etl:1.4} is repository {@code registry:5000/team/etl}. */
  static String repository(String image) {
    String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int slash = withoutDigest.lastIndexOf('/');
    int colon = withoutDigest.lastIndexOf(':');
    return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
  }

  private static List<Path> yamlFiles(Path folder) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.yaml")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UsageException("cannot read the manifests in " + folder + ": " + e.getMessage());
    }
    files.sort(null);
    if (files.isEmpty()) {
      throw new UsageException("no manifests (*.yaml) in " + folder);
    }
    return files;
  }

  private static Path ensure(Path folder) throws IOException {
    Files.createDirectories(folder);
    return folder;
  }

  /** Moves the new folder into place only once every file is written: nothing half-written is left. */
  private static void replace(Path staging, Path target) throws IOException {
    if (Files.exists(target)) {
      try (DirectoryStream<Path> old = Files.newDirectoryStream(target)) {
        for (Path file : old) {
          Files.delete(file);
        }
      }
      Files.delete(target);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
  }
}
