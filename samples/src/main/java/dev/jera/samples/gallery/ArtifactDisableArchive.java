package dev.jera.samples.gallery;

import dev.jera.Archive;
import dev.jera.From;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After Argo's {@code examples/artifact-disable-archive.yaml}: output artifacts stored as they are instead of
 * Argo's default gzipped tarball. The text file is stored as it is ({@code archive: none}), readable in
 * the repository's browser; the directory is stored as a tarball without compression
 * ({@code archive: tar: compressionLevel: 0}). The last step takes both.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (one
 * step with three artifacts split in two; {@code hello-txt-nc} dropped; {@code etc} archive changed). The
 * faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-artifact-disable-archive", style = Style.STEPS)
public class ArtifactDisableArchive {

  @Script
  @Archive(Archive.Format.NONE)
  public static Path helloTxt() throws IOException {
    Path file = Files.createTempFile("hello_world", ".txt");
    Files.writeString(file, "hello world\n");
    return file;
  }

  @Script
  @Archive(value = Archive.Format.TAR, compressionLevel = 0)
  public static Path etc() throws IOException {
    Path dir = Files.createTempDirectory("etc");
    Files.writeString(dir.resolve("hostname"), "gallery\n");
    Files.createDirectories(dir.resolve("conf.d"));
    Files.writeString(dir.resolve("conf.d/app.conf"), "greeting=hello\n");
    return dir;
  }

  @Script
  public static String consumeArtifact(@From("hello-txt") Path hello, @From("etc") Path etc) throws IOException {
    return Files.readString(hello).strip() + "; etc has " + ArtifactListing.list(etc);
  }
}
