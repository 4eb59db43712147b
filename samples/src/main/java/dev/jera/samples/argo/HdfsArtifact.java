package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Hdfs;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/hdfs-artifact.yaml}: the steps template {@code artifact-example} runs
 * {@code generate-artifact}, whose template {@code hello-world-to-file} stores its output artifact
 * {@code hello-art} in HDFS at {@code /tmp/argo/foo}, then {@code consume-artifact}, which is given that
 * file as its input artifact {@code message} (whose own location is the same HDFS path) and prints it.
 */
@Workflow(name = "hdfs-artifact", entrypoint = "artifact-example", style = Style.STEPS)
public class HdfsArtifact {
  private static final String NAMENODE_0 = "my-hdfs-namenode-0.my-hdfs-namenode.default.svc.cluster.local:8020";
  private static final String NAMENODE_1 = "my-hdfs-namenode-1.my-hdfs-namenode.default.svc.cluster.local:8020";

  /** Writes {@code hello world}, as upstream's {@code echo hello world | tee /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output("hello-art")
  @Hdfs(addresses = {NAMENODE_0, NAMENODE_1}, path = "/tmp/argo/foo", user = "root", force = true)
  public static Path helloWorldToFile() throws IOException {
    return HelloWorldFile.write();
  }

  /** Prints the file, as upstream's {@code cat /tmp/message}. */
  @Template(name = "print-message-from-hdfs")
  public static void printMessageFromHdfs(
      @Param("message") @Hdfs(addresses = {NAMENODE_0, NAMENODE_1}, path = "/tmp/argo/foo", user = "root", force = true)
      Path message) throws IOException {
    System.out.print(Files.readString(message));
  }

  @Script(name = "generate-artifact") @Call(template = "hello-world-to-file")
  static void generateArtifact() {}

  @Script(name = "consume-artifact") @Call(template = "print-message-from-hdfs")
  static void consumeArtifact(@From(value = "generate-artifact", output = "hello-art") Path message) {}
}
