package dev.jera.processor.diagnostic;

import java.util.List;

/** Messages about {@code @Daemon}: templates that serve the steps after them until their graph ends. */
public final class DaemonMessages {
  private DaemonMessages() {}

  public static Message onResource(String method) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon on " + method + "(), a @Resource template: Argo's executor acts on the object and ends, so there is"
        + " no server to keep running; drop @Daemon");
  }

  public static Message twoProbes(String method, List<String> kinds) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon of " + method + "() sets " + kinds.size() + " readiness probes, " + String.join(" and ", kinds)
        + "; keep one, as Kubernetes runs one readiness probe per container");
  }

  public static Message portWithoutHttp(String method, int port) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon(port = " + port + ") of " + method + "() is the port of an http probe, but http is not set; add"
        + " http = \"/\" (the path to GET), or write tcp = " + port + " to wait until the port accepts connections");
  }

  public static Message httpWithoutPort(String method, String path) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon(http = \"" + path + "\") of " + method + "() needs the port to GET " + path + " on; add port = …,"
        + " e.g. port = 8080");
  }

  public static Message notAPort(String attribute, int port, String method) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon(" + attribute + " = " + port + ") of " + method + "() is not a port; write a number from 1 to 65535");
  }

  public static Message pathNotAbsolute(String path, String method) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon(http = \"" + path + "\") of " + method + "() is not a path; write it from the root, \"/" + path + "\"");
  }

  public static Message notWholeSeconds(String attribute, String value, String field) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon(" + attribute + " = \"" + value + "\") is not a whole number of seconds, which the probe's " + field
        + " needs; write e.g. \"2s\"");
  }

  public static Message negative(String attribute, String value) {
    return MessageId.INVALID_DAEMON.with(
        "@Daemon(" + attribute + " = \"" + value + "\") is negative; write \"0s\" or longer");
  }

  public static Message returnsValue(String method, String type) {
    return MessageId.DAEMON_RESULT.with(
        "daemon " + method + "() returns " + type + ", but a daemon runs until its graph ends and is then stopped,"
        + " so it never hands a result over; make it return void (the steps after it reach it at its address)");
  }

  public static Message fromDaemon(String method, String producer, String step, String root) {
    return MessageId.DAEMON_RESULT.with(
        method + "() reads the result of " + producer + ", which runs a daemon, and a daemon has no result; read its"
        + " address with @Value(\"{{" + root + "." + step + ".ip}}\")");
  }
}
