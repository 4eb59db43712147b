package dev.jera.samples.argo;

import dev.jera.Env;
import dev.jera.Template;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/secrets.yaml}: the template {@code print-secret} reads key {@code mypassword} of
 * the Secret {@code my-secret} twice: as the environment variable {@code MYSECRETPASSWORD}, and as a
 * file of the Secret's volume {@code my-secret-vol} mounted at {@code /secret/mountpath}. Upstream prints
 * the password; this port prints how long it is, so the run's log does not hold it.
 */
@Workflow(name = "secrets", entrypoint = "print-secret")
@Volume(name = "my-secret-vol", mountPath = "/secret/mountpath", secret = "my-secret")
public class Secrets {
  /** Reads the password from the environment and from the mounted file. */
  @Template
  @Env(name = "MYSECRETPASSWORD", secret = "my-secret", key = "mypassword")
  public static void printSecret() throws IOException {
    System.out.println("secret from env: " + System.getenv("MYSECRETPASSWORD").length() + " characters");
    String file = Files.readString(Path.of("/secret/mountpath/mypassword"));
    System.out.println("secret from file: " + file.length() + " characters");
  }
}
