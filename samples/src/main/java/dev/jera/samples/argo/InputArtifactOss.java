package dev.jera.samples.argo;

import dev.jera.Oss;
import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-oss.yaml}: the template {@code input-artifact-oss-example} lists
 * its input artifact {@code my-art}, the folder {@code test/mydirectory/} of the Alibaba Cloud OSS bucket
 * {@code test-bucket-name}, read with the credentials of the Secret {@code my-oss-credentials}.
 */
@Workflow(
    name = "input-artifact-oss",
    entrypoint = "input-artifact-oss-example",
    labels = "workflows.argoproj.io/no-test=environment")
public class InputArtifactOss {
  /** Lists the artifact, as upstream's {@code ls -l /my-artifact}. */
  @Template
  public static void inputArtifactOssExample(
      @Param("my-art")
      @Oss(endpoint = "http://oss-cn-hangzhou-zmf.aliyuncs.com", bucket = "test-bucket-name", key = "test/mydirectory/",
          accessKeySecret = "my-oss-credentials/accessKey", secretKeySecret = "my-oss-credentials/secretKey")
      Path myArt) throws IOException {
    InputArtifactListing.list(myArt);
  }
}
