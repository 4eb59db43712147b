package dev.jera.samples.gallery;

import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.List;

/**
 * After Argo's {@code examples/loops-param-argument.yaml} (a loop over a JSON list given as a workflow
 * parameter) and {@code examples/loops-maps.yaml} (items that are maps, read as
 * {@code {{item.image}}}). In Jera the maps are records: the parameter decodes into a
 * {@code List<Os>}, a step hands the list on, and {@code forEach} fans out over it
 * ({@code withParam}), one pod per record, each a typed {@code Os}.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (merged; an {@code os-list} step added; withParam over a step result instead of an input / withItems).
 * The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-loops-param")
@Param(
    value = "os-list",
    defaultValue = "[{\"image\":\"debian\",\"tag\":\"9.1\"},{\"image\":\"debian\",\"tag\":\"8.9\"},"
        + "{\"image\":\"alpine\",\"tag\":\"3.6\"},{\"image\":\"ubuntu\",\"tag\":\"17.10\"}]",
    description = "the images to test, as a JSON list of {image, tag}")
public class LoopsWithParam {

  /** One image to test. */
  public record Os(String image, String tag) {}

  /** The images to test, each once. */
  @Script
  public static List<Os> osList(@Param("os-list") List<Os> requested) {
    return requested.stream().distinct().toList();
  }

  @Script(forEach = "os-list")
  public static String testLinux(@Item Os os) {
    return os.image() + ":" + os.tag() + " ok";
  }
}
