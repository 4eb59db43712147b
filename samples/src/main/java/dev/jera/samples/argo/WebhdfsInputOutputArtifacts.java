package dev.jera.samples.argo;

import dev.jera.Http;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/webhdfs-input-output-artifacts.yaml}: the template
 * {@code input-output-artifact-webhdfs-example} reads its input artifact {@code my-art} from a WebHDFS
 * endpoint over HTTP with OAuth2 client credentials and a custom header, prints it, and leaves it as its
 * output artifact {@code my-art2}, which Argo writes back over HTTP with a client certificate.
 */
@Workflow(name = "input-output-artifact-webhdfs", entrypoint = "input-output-artifact-webhdfs-example")
public class WebhdfsInputOutputArtifacts {
  /** Prints the file and hands it back, as upstream's {@code cat /my-artifact} on one path for both. */
  @Template(name = "input-output-artifact-webhdfs-example")
  @Output("my-art2")
  @Http(value = "https://mywebhdfsprovider.com/webhdfs/v1/file.txt?op=CREATE&overwrite=true",
      headers = "CustomHeader: CustomValue",
      clientCertSecret = "cert-sec/certificate.pem", clientKeySecret = "cert-sec/key.pem")
  public static Path inputOutputArtifactWebhdfsExample(
      @Param("my-art")
      @Http(value = "https://mywebhdfsprovider.com/webhdfs/v1/file.txt?op=OPEN",
          headers = "CustomHeader: CustomValue",
          oauth2ClientIdSecret = "oauth-sec/clientID", oauth2ClientSecretSecret = "oauth-sec/clientSecret",
          oauth2TokenUrlSecret = "oauth-sec/tokenURL", oauth2Scopes = {"some", "scopes"},
          oauth2EndpointParams = "customkey=customvalue")
      Path myArt) throws IOException {
    System.out.print(Files.readString(myArt));
    return myArt;
  }
}
