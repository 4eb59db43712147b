package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Secret;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After Argo's {@code examples/secrets.yaml}: the Secret {@code my-secret}
 * ({@code kubectl create secret generic my-secret --from-literal=mypassword=…}) read both ways, as an
 * environment variable ({@code @Secret}, never written into the manifest) and as files of a mounted
 * volume ({@code @Volume(secret = …)}). Argo's example echoes the password; these steps only say that
 * they got one, so it stays out of logs and results.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (one
 * template split into two steps). The faithful ports, compared with the upstream files, are in {@code
 * dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-secrets")
@Secret(name = "my-secret", key = "mypassword")
public class PrintSecret {
  static final String MOUNT = "/secret/mountpath";

  @Script
  public static String fromEnv(@Secret(name = "my-secret", key = "mypassword") String password) {
    return "secret from env: " + describe(password);
  }

  @Script
  @Volume(name = "my-secret-vol", mountPath = MOUNT, secret = "my-secret", readOnly = true)
  public static String fromFile() throws IOException {
    return "secret from file: " + describe(Files.readString(Path.of(MOUNT, "mypassword")));
  }

  /** Says whether there is a password, never what it is. */
  static String describe(String password) {
    return password.isBlank() ? "empty!" : password.length() + " characters";
  }
}
