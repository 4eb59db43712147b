package dev.jera.samples.gallery;

import dev.jera.Http;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After the input half of Argo's {@code examples/webhdfs-input-output-artifacts.yaml}: a file read over
 * WebHDFS, an HTTP API, with a custom header and OAuth2 client credentials whose id, secret and token
 * URL are keys of the Secret {@code oauth-sec}. Needs the WebHDFS provider; locally the executor does
 * not send credentials, so the run asks for a local copy ({@code --artifact print-file.myArt=PATH}).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (only the input artifact, named {@code myArt}; template name, {@code main}).
 * The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-input-artifact-webhdfs")
public class InputArtifactWebHdfs {

  @Script
  public static String printFile(
      @Http(value = "https://mywebhdfsprovider.com/webhdfs/v1/file.txt?op=OPEN", headers = "CustomHeader: CustomValue",
          oauth2ClientIdSecret = "oauth-sec/clientID", oauth2ClientSecretSecret = "oauth-sec/clientSecret",
          oauth2TokenUrlSecret = "oauth-sec/tokenURL", oauth2Scopes = {"some", "scopes"},
          oauth2EndpointParams = "customkey=customvalue")
      Path myArt) throws IOException {
    return Files.readString(myArt);
  }
}
