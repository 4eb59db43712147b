package dev.jera.maven.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README.md as the tests read it: its fenced code blocks, the files of the project it shows (a block whose
 * first line names its path, {@code <!-- pom.xml -->} or {@code // src/main/java/…}), and its commands.
 */
final class Readme {
  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern PATH_LINE = Pattern.compile("^(?:<!-- (\\S+) -->|// (\\S+\\.\\w+))$");

  /** A fenced block: its language and text, and the section ({@code ## …} heading) it is in. */
  record Block(String language, String text, String section) {
    /** The block's lines. */
    List<String> lines() {
      return text.lines().toList();
    }

    /** The file the block shows, if its first line names it ({@code <!-- pom.xml -->}, {@code // src/…/X.java}). */
    Optional<String> path() {
      List<String> lines = lines();
      Matcher path = lines.isEmpty() ? null : PATH_LINE.matcher(lines.get(0).strip());
      return path == null || !path.matches() ? Optional.empty()
          : Optional.of(path.group(1) != null ? path.group(1) : path.group(2));
    }
  }

  private final List<Block> blocks;

  private Readme(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** README.md, from the path the build gives in {@code jera.readme}. */
  static Readme load() throws IOException {
    String path = System.getProperty("jera.readme");
    if (path == null) {
      throw new IllegalStateException("system property jera.readme (the path of README.md) is not set");
    }
    return parse(Files.readString(Path.of(path), StandardCharsets.UTF_8));
  }

  static Readme parse(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = FENCE.matcher(markdown);
    while (matcher.find()) {
      blocks.add(new Block(matcher.group(1), matcher.group(2), sectionAt(markdown, matcher.start())));
    }
    return new Readme(blocks);
  }

  private static String sectionAt(String markdown, int offset) {
    String before = markdown.substring(0, offset);
    Matcher heading = Pattern.compile("(?m)^## (.+)$").matcher(before);
    String section = "";
    while (heading.find()) {
      section = heading.group(1).strip();
    }
    return section;
  }

  List<Block> blocks() {
    return blocks;
  }

  /**
   * The files the blocks of {@code section} show: path to content (without the line naming the path), in the
   * README's order.
   */
  Map<String, String> files(String section) {
    Map<String, String> files = new LinkedHashMap<>();
    for (Block block : blocks) {
      Optional<String> path = block.path();
      if (block.section().equals(section) && path.isPresent()) {
        List<String> lines = block.lines();
        if (files.put(path.get(), String.join("\n", lines.subList(1, lines.size())) + "\n") != null) {
          throw new IllegalStateException("README.md's section " + section + " shows " + path.get() + " twice");
        }
      }
    }
    return files;
  }

  /** The {@code mvn …} commands of the {@code sh} blocks of {@code section}, in order, comments removed. */
  List<String> commands(String section) {
    List<String> commands = new ArrayList<>();
    for (Block block : blocks) {
      if (block.language().equals("sh") && block.section().equals(section)) {
        for (String line : block.lines()) {
          String command = line.replaceFirst("\\s+#.*$", "").strip();
          if (command.startsWith("mvn ")) {
            commands.add(command);
          }
        }
      }
    }
    return commands;
  }

  /** The first command of the README (its first {@code sh} block's first line that is not a comment). */
  String firstCommand() {
    for (Block block : blocks) {
      if (block.language().equals("sh")) {
        for (String line : block.lines()) {
          if (!line.isBlank() && !line.strip().startsWith("#")) {
            return line.strip();
          }
        }
      }
    }
    throw new IllegalStateException("README.md has no sh block");
  }
}
