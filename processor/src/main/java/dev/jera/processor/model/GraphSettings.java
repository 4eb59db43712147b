package dev.jera.processor.model;

import java.util.Optional;

/**
 * {@code @Graph}: settings of the workflow's own graph template.
 *
 * @param parallelism its {@code parallelism}, 0 for none
 * @param failFast {@code ARGO_DEFAULT}, {@code ON} or {@code OFF}
 * @param target a DAG's {@code target}, when written
 * @param name {@code name}, when written
 * @param styleSite where {@code style} is written, when it is
 * @param memoize {@code @Memoize} on the class: the graph's template is memoized
 */
public record GraphSettings(
    Site site, int parallelism, Site parallelismSite, String failFast, Site failFastSite, Optional<Text> target,
    Optional<Text> name, Optional<Site> styleSite, Optional<MemoizeModel> memoize) {
  /** No {@code @Graph}: Argo's defaults. */
  public static final GraphSettings NONE =
      new GraphSettings(null, 0, null, "ARGO_DEFAULT", null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** The same settings, with the class's {@code @Memoize}. */
  public GraphSettings withMemoize(Optional<MemoizeModel> memoize) {
    return new GraphSettings(site, parallelism, parallelismSite, failFast, failFastSite, target, name, styleSite, memoize);
  }

  /** {@code failFast} as the manifest writes it: {@code null} for Argo's default. */
  public Boolean failFastValue() {
    return switch (failFast) {
      case "ON" -> Boolean.TRUE;
      case "OFF" -> Boolean.FALSE;
      default -> null;
    };
  }
}
