package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A container that runs to its end in a step's pod before the step starts, in the order written: it
 * prepares what the step needs (a file in a shared volume, a schema). The step starts only when every
 * init container has succeeded; one that fails fails the step. On a {@link Script} or {@link Template}
 * method (a {@link Container} step included); write it several times for several.
 *
 * <pre>{@code
 * @Template(name = "init-container-example")
 * @Volume(name = "foo", mountPath = "/foo")
 * @InitContainer(name = "hello", image = "alpine:3.23", command = {"echo", "hello"}, mirrorVolumeMounts = true)
 * public static void initContainerExample() { System.out.println("bye"); }
 * }</pre>
 *
 * <p>Locally, its command runs as a process of this machine (the image is not pulled) before the step;
 * a command that is not installed fails the step.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(InitContainers.class)
public @interface InitContainer {
  /**
   * The container's name, a DNS-1123 label ({@code "hello"}), unique among the pod's containers; not
   * {@code main}, {@code wait}, {@code init}, {@code supervisor} or {@code init-artifact-…}, which are
   * Argo's.
   */
  String name();

  /** The image to run, with a tag or digest ({@code "alpine:3.23"}). */
  String image();

  /** The command (the image's entrypoint when empty). */
  String[] command() default {};

  /** Its arguments. */
  String[] args() default {};

  /** Environment variables, each {@code "NAME=value"}. */
  String[] env() default {};

  /** Mounts the step's volumes (its files included) at the same paths in this container. */
  boolean mirrorVolumeMounts() default false;
}
