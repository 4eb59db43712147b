package dev.jera.samples.argo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What upstream's {@code echo hello world | tee /tmp/hello_world.txt} does: prints the line and writes it to a file. */
final class HelloWorldFile {
  private HelloWorldFile() {}

  static Path write() throws IOException {
    System.out.println("hello world");
    return Files.writeString(Files.createTempFile("hello_world", ".txt"), "hello world\n");
  }
}
