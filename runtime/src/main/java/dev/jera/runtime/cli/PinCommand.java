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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code jera pin}: after an image is built, writes copies of the compiled manifests in which every
 * reference to that image ({@code repository:tag}, as Jib reports it in {@code jib-image.json}) is
 * replaced by {@code repository@sha256:…}, so a cluster runs exactly the bytes that were built. The
 * compiled manifests are left as they are. Manifests that name the built image's repository with another
 * tag were compiled for another build (a changed image property does not make javac recompile), and
 * manifests none of which names the built image were compiled for another image: both are refused, naming
 * the manifests, and nothing is written.
 */
final class PinCommand {
  static final String USAGE = "jera pin --image-json FILE --manifests DIR --out DIR";
  private static final Pattern IMAGE_LINE = Pattern.compile("^([ \\t]*(?:- )?image: )(\"?)([^\"\\s]+)(\"?)[ \\t]*$", Pattern.MULTILINE);

  private final PrintStream out;

  PinCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> args) {
    CommandLine line =
        CommandLine.parse(
            "pin", args,
            List.of(
                CommandLine.Option.valued("--image-json", null),
                CommandLine.Option.valued("--manifests", null),
                CommandLine.Option.valued("--out", null)));
    line.noOperands(USAGE);
    Path imageJson = Path.of(line.value("--image-json").orElseThrow(() -> new UsageException("pin needs --image-json: " + USAGE)));
    Path manifests = Path.of(line.value("--manifests").orElseThrow(() -> new UsageException("pin needs --manifests: " + USAGE)));
    Path target = Path.of(line.value("--out").orElseThrow(() -> new UsageException("pin needs --out: " + USAGE)));
    Built built = built(imageJson);
    Map<Path, Pinning> pinnings = new LinkedHashMap<>();
    for (Path file : yamlFiles(manifests)) {
      try {
        pinnings.put(file, pin(Files.readString(file, StandardCharsets.UTF_8), built));
      } catch (IOException e) {
        throw new UsageException("cannot read " + file + ": " + e.getMessage());
      }
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

  /**
   * A manifest with its images pinned.
   *
   * @param pinned how many {@code image:} lines name the image built (now, or already, by its digest)
   * @param stale the images of the built image's repository with another tag or digest: the manifest was
   *     compiled for another build of it
   * @param others the images of other repositories, left as they are
   */
  record Pinning(String text, int pinned, List<String> stale, List<String> others) {}

  /** The manifest with each {@code image:} that names the built image pinned to its digest. */
  static Pinning pin(String manifest, Built built) {
    Matcher matcher = IMAGE_LINE.matcher(manifest);
    StringBuilder text = new StringBuilder();
    int pinned = 0;
    List<String> stale = new ArrayList<>();
    List<String> others = new ArrayList<>();
    String byDigest = built.repository() + "@" + built.digest();
    while (matcher.find()) {
      String image = matcher.group(3);
      String replacement = image;
      if (built.references().contains(withTag(image)) || image.equals(byDigest)) {
        replacement = byDigest;
        pinned++;
      } else if (repository(image).equals(built.repository())) {
        if (!stale.contains(image)) {
          stale.add(image);
        }
      } else if (!others.contains(image)) {
        others.add(image);
      }
      matcher.appendReplacement(text, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + replacement + matcher.group(4)));
    }
    matcher.appendTail(text);
    return new Pinning(text.toString(), pinned, stale, others);
  }

  /** An image named without tag or digest is its {@code latest} tag. */
  private static String withTag(String image) {
    return image.contains("@") || !repository(image).equals(image) ? image : image + ":latest";
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
