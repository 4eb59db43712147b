package dev.jera.runtime.cli;

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
import java.util.List;
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
 * compiled manifests are left as they are.
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
    List<Path> files = yamlFiles(manifests);
    // Every manifest is read and pinned before anything is written: a bad one leaves no folder behind.
    List<String> resolved = new ArrayList<>();
    int pinned = 0;
    for (Path file : files) {
      String text = read(file);
      resolved.add(pin(text, built, file));
      if (!resolved.get(resolved.size() - 1).equals(text)) {
        pinned++;
      }
    }
    try {
      Path staging = Files.createTempDirectory(target.toAbsolutePath().getParent() == null
          ? Path.of(".") : ensure(target.toAbsolutePath().getParent()), ".pin-");
      for (int i = 0; i < files.size(); i++) {
        Files.writeString(staging.resolve(files.get(i).getFileName().toString()), resolved.get(i), StandardCharsets.UTF_8);
      }
      replace(staging, target);
      out.println("jera: pinned " + built.references() + " to " + built.digest() + " in " + pinned + " of "
          + files.size() + " manifests; written to " + target);
      return JeraCli.OK;
    } catch (IOException e) {
      throw new UsageException("cannot write the pinned manifests to " + target + ": " + e.getMessage());
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
   * The manifest with each {@code image} field that names the built image pinned to its digest. The
   * fields are found by reading the YAML, not by matching lines, so text that only looks like an
   * {@code image:} line (inside a parameter's value, say) stays as it is; everything but the pinned
   * values is kept byte for byte, each value in its own quoting.
   */
  static String pin(String manifest, Built built, Path where) {
    List<ScalarNode> images = new ArrayList<>();
    try {
      for (Node document : new Yaml().composeAll(new StringReader(manifest))) {
        collectImages(document, built, images);
      }
    } catch (YAMLException e) {
      throw new UsageException("cannot read the manifest " + where + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    StringBuilder pinned = new StringBuilder(manifest);
    // From the last to the first, so earlier offsets stay valid.
    for (int i = images.size() - 1; i >= 0; i--) {
      ScalarNode image = images.get(i);
      int start = offset(manifest, image.getStartMark());
      int end = offset(manifest, image.getEndMark());
      String quote = image.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? "\""
          : image.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED ? "'" : "";
      pinned.replace(start, end, quote + built.repository() + "@" + built.digest() + quote);
    }
    return pinned.toString();
  }

  private static void collectImages(Node node, Built built, List<ScalarNode> images) {
    if (node instanceof MappingNode) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        Node key = tuple.getKeyNode();
        Node value = tuple.getValueNode();
        if (key instanceof ScalarNode && ((ScalarNode) key).getValue().equals("image") && value instanceof ScalarNode
            && built.references().contains(((ScalarNode) value).getValue())) {
          images.add((ScalarNode) value);
        } else {
          collectImages(value, built, images);
        }
      }
    } else if (node instanceof SequenceNode) {
      for (Node element : ((SequenceNode) node).getValue()) {
        collectImages(element, built, images);
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
