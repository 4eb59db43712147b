package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A container that runs beside a step's own in its pod, sharing its network ({@code localhost}) and,
 * with {@link #mirrorVolumeMounts()}, its volumes: a database, a web server or a Docker daemon the step
 * talks to. Argo starts it with the step and stops it once the step's container ends; the step's
 * outcome alone decides the node's. On a {@link Script} or {@link Template} method (a {@link Container}
 * step included); write it several times for several sidecars.
 *
 * <pre>{@code
 * @Template(name = "sidecar-nginx-example")
 * @Sidecar(name = "nginx", image = "nginx:1.13", command = {"nginx", "-g", "daemon off;"})
 * public static String fetch() throws Exception { ... GET http://127.0.0.1/ until it answers ... }
 * }</pre>
 *
 * <p>Locally, the sidecar's command runs as a process of this machine beside the step (the image is
 * not pulled), and is stopped when the step ends; a command that is not installed fails the step.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Sidecars.class)
public @interface Sidecar {
  /**
   * The container's name, a DNS-1123 label ({@code "nginx"}), unique among the pod's containers; not
   * {@code main}, {@code wait}, {@code init}, {@code supervisor} or {@code artifact-plugin-…}, which are
   * Argo's.
   */
  String name();

  /** The image to run, with a tag or digest ({@code "nginx:1.13"}). */
  String image();

  /** The command (the image's entrypoint when empty). */
  String[] command() default {};

  /** Its arguments. */
  String[] args() default {};

  /** Environment variables, each {@code "NAME=value"} ({@code "DOCKER_TLS_CERTDIR="} for an empty value). */
  String[] env() default {};

  /** Mounts the step's volumes (its files included) at the same paths in this container. */
  boolean mirrorVolumeMounts() default false;

  /**
   * Runs the container privileged (a Docker daemon needs it). Only in a workflow with
   * {@code @Workflow(restricted = false)}: the restricted profile forbids it.
   */
  boolean privileged() default false;
}
