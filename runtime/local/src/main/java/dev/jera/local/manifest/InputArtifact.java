package dev.jera.local.manifest;

import java.util.Map;

/**
 * An input artifact of a pod template ({@code inputs.artifacts[]}), or an artifact a task passes it
 * ({@code arguments.artifacts[]}). Locally the step finds it at {@code <artifacts root>/inputs/<name>},
 * whatever {@code path} says.
 *
 * @param name its name
 * @param path its {@code path} in the container, or {@code null} (an argument has none)
 * @param optional whether the step runs without it when it cannot be had
 * @param location where it comes from, or {@code null} when a caller must supply it
 */
public record InputArtifact(String name, String path, boolean optional, Location location) {

  /** Where an artifact comes from. */
  public sealed interface Location {}

  /**
   * Another step's output: {@code from: "{{tasks.X.outputs.artifacts.result}}"}.
   *
   * @param expression the reference as written
   * @param subPath the file or folder inside that output handed over ({@code subPath}, relative, tags
   *     and all), or {@code null} for the whole
   */
  public record From(String expression, String subPath) implements Location {
    /** The whole output. */
    public From(String expression) {
      this(expression, null);
    }
  }

  /**
   * A file on an HTTP(S) server ({@code http.url}).
   *
   * @param url the URL
   * @param headers the request's headers
   */
  public record Http(String url, Map<String, String> headers) implements Location {
    /** Copies the map. */
    public Http {
      headers = Map.copyOf(headers);
    }
  }

  /**
   * A git repository ({@code git.repo}), cloned.
   *
   * @param repo the repository
   * @param revision the branch, tag or commit, or {@code null} for the default branch
   * @param depth how many commits to fetch, or {@code null} for all
   */
  public record Git(String repo, String revision, Integer depth) implements Location {}

  /**
   * Text written into the manifest ({@code raw.data}).
   *
   * @param data the text
   */
  public record Raw(String data) implements Location {}

  /**
   * A store the local executor does not fetch from (S3, GCS, Azure, …): the user gives a local copy,
   * or, for a key of the artifact repository, an earlier step of the run stored a file at that key.
   *
   * @param store its name, such as {@code S3}
   * @param description what is fetched, such as {@code bucket data, key in/day.csv}
   * @param repositoryKey for a location of only a key (a key of the artifact repository), the manifest
   *     field and the key as written, such as {@code s3:my-file}; else {@code null}
   */
  public record Remote(String store, String description, String repositoryKey) implements Location {
    /** A location outside the artifact repository. */
    public Remote(String store, String description) {
      this(store, description, null);
    }
  }
}
