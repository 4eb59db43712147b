package dev.jera.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern IMAGE_LINE = Pattern.compile("^(\\s*(?:- )?image: )(\"?)([^\"\\s]+)(\"?)\\s*$", Pattern.MULTILINE);

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
    try {
      Path staging = Files.createTempDirectory(target.toAbsolutePath().getParent() == null
          ? Path.of(".") : ensure(target.toAbsolutePath().getParent()), ".pin-");
      int pinned = 0;
      for (Path file : files) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String resolved = pin(text, built);
        if (!resolved.equals(text)) {
          pinned++;
        }
        Files.writeString(staging.resolve(file.getFileName().toString()), resolved, StandardCharsets.UTF_8);
      }
      replace(staging, target);
      out.println("jera: pinned " + built.references() + " to " + built.digest() + " in " + pinned + " of "
          + files.size() + " manifests; written to " + target);
      return JeraCli.OK;
    } catch (IOException e) {
      throw new UsageException("cannot write the pinned manifests to " + target + ": " + e.getMessage());
    }
  }

  /** The image Jib built: its references by tag, and its manifest digest. */
  record Built(String repository, List<String> references, String digest) {}

  static Built built(Path imageJson) {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(Files.readString(imageJson, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageException("cannot read " + imageJson + ": " + e.getMessage() + " (build the image first: mvn package)");
    }
    String image = json.path("image").asText("");
    String digest = json.path("imageDigest").asText("");
    if (image.isEmpty() || !digest.matches("sha256:[0-9a-f]{64}")) {
      throw new UsageException(imageJson + " holds no image and sha256 digest, as Jib writes them");
    }
    String repository = repository(image);
    List<String> references = new ArrayList<>();
    references.add(image);
    for (JsonNode tag : json.path("tags")) {
      String reference = repository + ":" + tag.asText();
      if (!references.contains(reference)) {
        references.add(reference);
      }
    }
    return new Built(repository, references, digest);
  }

  /** The manifest with each {@code image:} that names the built image pinned to its digest. */
  static String pin(String manifest, Built built) {
    Matcher matcher = IMAGE_LINE.matcher(manifest);
    StringBuilder pinned = new StringBuilder();
    while (matcher.find()) {
      String image = matcher.group(3);
      String replacement = built.references().contains(image) ? built.repository() + "@" + built.digest() : image;
      matcher.appendReplacement(pinned, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + replacement + matcher.group(4)));
    }
    matcher.appendTail(pinned);
    return pinned.toString();
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
