package dev.jera.samples.gallery;

import dev.jera.Oss;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * After Argo's {@code examples/input-artifact-oss.yaml}: a hard-wired input directory from Alibaba Cloud OSS,
 * read with the keys in the Secret {@code my-oss-credentials}. Needs the bucket, so it is compiled and
 * checked here, and run locally only with a local copy ({@code --artifact list-artifact.myArt=PATH}).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (artifact {@code myArt}, template name, {@code main}).
 * The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-input-artifact-oss")
public class InputArtifactOss {

  @Script
  public static List<String> listArtifact(
      @Oss(endpoint = "http://oss-cn-hangzhou-zmf.aliyuncs.com", bucket = "test-bucket-name", key = "test/mydirectory/",
          accessKeySecret = "my-oss-credentials/accessKey", secretKeySecret = "my-oss-credentials/secretKey")
      Path myArt) throws IOException {
    return ArtifactListing.list(myArt);
  }
}
