package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Template} or {@link Script} a daemon (Argo's {@code daemon: true}): a server the steps
 * after it talk to, such as a database or a web server. Its step counts as done once the server is
 * ready (its readiness probe passes: {@link #http()} with {@link #port()}, {@link #tcp()} or
 * {@link #exec()}, one of them; with none, as soon as it runs); the steps after it then read its
 * address with {@code @Value("{{steps.influx.ip}}")} ({@code {{tasks.influx.ip}}} in a DAG). It runs
 * until the steps or DAG template that started it ends, and is then stopped, which Argo counts as
 * Succeeded; a daemon that stops by itself before that fails (Argo fails even one that exits 0), and
 * {@link Retry} starts it again. It has no result and no outputs: its method returns {@code void}.
 *
 * <pre>{@code
 * @Template @Daemon(http = "/ping", port = 8086, initialDelay = "5s", timeout = "1s")
 * @Container(image = "influxdb:1.2")
 * public static void influxdb() {}
 *
 * @Script @Call(template = "influxdb")
 * static void influx() {}
 *
 * @Script(after = "influx") @Call(template = "influxdb-client")
 * static void initDatabase(@Value("{{steps.influx.ip}}") String host) {}
 * }</pre>
 *
 * <p>Locally the daemon runs in the background (a Java method in a JVM of its own, a container's
 * command as a process of this machine) at the address {@code 127.0.0.1}: two daemons that listen on
 * one port collide there, while on a cluster each has a pod of its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Daemon {
  /**
   * The path of an HTTP readiness probe ({@code "/ping"}): the daemon is ready once a GET of this path
   * on {@link #port()} answers with a status from 200 to 399 ({@code readinessProbe.httpGet}).
   */
  String http() default "";

  /** The port of the {@link #http()} probe, 1 to 65535. */
  int port() default 0;

  /** The port of a TCP readiness probe: the daemon is ready once it accepts a connection there ({@code tcpSocket}). */
  int tcp() default 0;

  /** The command of a readiness probe run in the daemon's container: ready once it exits with 0 ({@code exec}). */
  String[] exec() default {};

  /**
   * How long after the daemon starts the probe first runs, a Go duration in whole seconds ({@code "5s"};
   * {@code initialDelaySeconds}). Default: at once.
   */
  String initialDelay() default "";

  /** How long one probe may take, a Go duration in whole seconds ({@code "1s"}; {@code timeoutSeconds}). Default: 1s. */
  String timeout() default "";
}
