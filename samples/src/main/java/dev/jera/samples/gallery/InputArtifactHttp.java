package dev.jera.samples.gallery;

import dev.jera.Http;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * After Argo's {@code examples/input-artifact-http.yaml}: a file downloaded over HTTP before the step starts,
 * the {@code kubectl} binary in Argo's example. Argo's step runs it; this one, being Java, checks what
 * it received: its size and SHA-256, to compare with the published checksum. Needs the network, so it
 * is compiled and checked here, not run.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (template name, {@code main}). The faithful ports, compared with the upstream files, are in {@code
 * dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-input-artifact-http")
public class InputArtifactHttp {

  @Script
  public static String checksum(
      @Http("https://storage.googleapis.com/kubernetes-release/release/v1.8.0/bin/linux/amd64/kubectl") Path kubectl)
      throws IOException {
    return describe(kubectl);
  }

  /** {@code "<bytes> bytes, sha256 <hex>"}. */
  static String describe(Path file) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[8192];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        sha256.update(buffer, 0, read);
      }
    }
    return Files.size(file) + " bytes, sha256 " + HexFormat.of().formatHex(sha256.digest());
  }
}
