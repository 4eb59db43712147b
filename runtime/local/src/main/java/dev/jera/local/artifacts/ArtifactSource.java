package dev.jera.local.artifacts;

import dev.jera.local.launch.CommandLauncher;
import dev.jera.local.launch.FailureReason;
import dev.jera.local.launch.ProcessStep;
import dev.jera.runner.StepInputs;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where one input file of a step comes from, resolved for one call, and how to place it at
 * {@code <artifacts root>/inputs/<name>} before an attempt: a copy of a local file or folder (another
 * step's output, or a copy the user gave), a download over HTTP(S), a {@code git clone}, or text.
 */
sealed interface ArtifactSource {

  /**
   * Places the file at {@code target}, which does not exist yet.
   *
   * @throws Unavailable with a one-line reason when it cannot be had
   */
  void placeAt(Path target) throws InterruptedException;

  /** Why an input file cannot be placed; the attempt ends in Error. */
  final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  /**
   * A copy of a local file or folder.
   *
   * @param from the file or folder
   */
  record Copy(Path from) implements ArtifactSource {
    @Override
    public void placeAt(Path target) {
      if (!Files.exists(from)) {
        throw new Unavailable(from + " does not exist");
      }
      try {
        StepInputs.copy(from, target);
      } catch (IOException e) {
        throw new Unavailable("cannot copy " + from + ": " + e);
      }
    }
  }

  /**
   * A download with {@code java.net.http}, following redirects; any status but 2xx fails.
   *
   * @param url the URL, substituted
   * @param headers the request's headers
   */
  record Download(String url, Map<String, String> headers) implements ArtifactSource {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30))
        .build();

    @Override
    public void placeAt(Path target) throws InterruptedException {
      HttpRequest.Builder request;
      try {
        request = HttpRequest.newBuilder(URI.create(url)).GET();
      } catch (IllegalArgumentException e) {
        throw new Unavailable("'" + url + "' is not a URL: " + e.getMessage());
      }
      headers.forEach(request::header);
      HttpResponse<InputStream> response;
      try {
        response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        throw new Unavailable("GET " + url + " failed: " + e);
      }
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new Unavailable("GET " + url + " returned HTTP " + response.statusCode());
        }
        Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new Unavailable("GET " + url + " failed while reading: " + e);
      }
    }
  }

  /**
   * A {@code git clone [--depth N] [--branch REV] REPO}; a commit id is checked out after a full clone,
   * since {@code --branch} takes only branches and tags.
   *
   * @param repo the repository, substituted
   * @param revision the branch, tag or commit, or {@code null}
   * @param depth how many commits, or {@code null}
   */
  record Clone(String repo, String revision, Integer depth) implements ArtifactSource {
    @Override
    public void placeAt(Path target) throws InterruptedException {
      String git = CommandLauncher.find("git", System.getenv("PATH"));
      if (git == null) {
        throw new Unavailable("git is not installed on this machine, so " + repo + " cannot be cloned");
      }
      boolean commit = revision != null && revision.matches("[0-9a-fA-F]{7,40}");
      // The repository comes from a manifest: never let it pick git's ext:: transport, which runs a command,
      // whatever the user's git configuration allows.
      List<String> clone = new ArrayList<>(List.of(git, "-c", "protocol.ext.allow=never", "clone", "--quiet"));
      if (depth != null && depth > 0 && !commit) {
        clone.addAll(List.of("--depth", depth.toString()));
      }
      if (revision != null && !commit) {
        clone.addAll(List.of("--branch", revision));
      }
      clone.addAll(List.of("--", repo, target.toString()));
      run(clone);
      if (commit) {
        run(List.of(git, "-C", target.toString(), "checkout", "--quiet", revision));
      }
    }

    private static void run(List<String> command) throws InterruptedException {
      Path output;
      Process process;
      try {
        output = Files.createTempFile("jera-git-", ".log");
        process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
            .start();
      } catch (IOException e) {
        throw new Unavailable("cannot start " + String.join(" ", command) + ": " + e.getMessage());
      }
      try {
        int code = process.waitFor();
        if (code != 0) {
          String last = FailureReason.reason(Files.readAllLines(output, StandardCharsets.UTF_8));
          throw new Unavailable(String.join(" ", command.subList(1, command.size())) + " exited with " + code
              + (last == null ? "" : ": " + last));
        }
      } catch (IOException e) {
        throw new Unavailable("cannot read the output of git: " + e.getMessage());
      } catch (InterruptedException e) {
        ProcessStep.destroy(process);
        throw e;
      } finally {
        try {
          Files.deleteIfExists(output);
        } catch (IOException e) {
          // A stray temporary file; the clone itself is done or reported.
        }
      }
    }

    private static java.io.File nullFile() {
      return new java.io.File(ProcessStep.WINDOWS ? "NUL" : "/dev/null");
    }
  }

  /**
   * Text from the manifest ({@code raw.data}).
   *
   * @param data the text, substituted
   */
  record Text(String data) implements ArtifactSource {
    @Override
    public void placeAt(Path target) {
      try {
        Files.writeString(target, data, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Unavailable("cannot write " + target + ": " + e.getMessage());
      }
    }
  }
}
