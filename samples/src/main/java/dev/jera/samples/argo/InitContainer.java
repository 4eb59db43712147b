package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Volume;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/init-container.yaml}: before the template {@code init-container-example} prints
 * "bye", its init container {@code hello} prints "hello", with the step's volume {@code foo} (an emptyDir
 * at {@code /foo}) mirrored into it. Runs locally: the init container's {@code echo} is a command of this
 * machine.
 */
@Workflow(name = "init-container", entrypoint = "init-container-example")
public class InitContainer {
  /** Prints "bye", as upstream's {@code echo bye}. */
  @Template
  @Volume(name = "foo", mountPath = "/foo")
  @dev.jera.InitContainer(name = "hello", image = "alpine:3.23", command = {"echo", "hello"}, mirrorVolumeMounts = true)
  public static void initContainerExample() {
    System.out.println("bye");
  }
}
