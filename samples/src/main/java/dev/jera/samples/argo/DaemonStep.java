package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Daemon;
import dev.jera.Env;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/daemon-step.yaml}: the step {@code influx} runs InfluxDB as a daemon, done once
 * {@code /ping} on port 8086 answers; the steps after it reach it at {@code {{steps.influx.ip}}}:
 * {@code init-database} creates the database, three producers write points into it at once, and
 * {@code consumer} reads them back. InfluxDB is stopped when the steps template ends. Needs a cluster
 * (InfluxDB's image has no command the local executor could run), so it is compiled and compared here.
 *
 * <p>Not restricted: InfluxDB's image runs as root (it writes its own folders), which
 * the restricted Pod Security profile would not let it.
 */
@Workflow(name = "daemon-step", restricted = false, entrypoint = "daemon-example", style = Style.STEPS)
public class DaemonStep {
  /** InfluxDB with its image's own command, ready once {@code /ping} answers. */
  @Template
  @Daemon(http = "/ping", port = 8086, initialDelay = "5s", timeout = "1s")
  @Container(image = "influxdb:1.2")
  public static void influxdb() {}

  /**
   * Runs a curl command line against the daemon: its input {@code cmd} is shell code by design, so the shell
   * gets it as data ({@code $CMD}) and evaluates it where the template says so; curl pinned (upstream's is
   * {@code :latest}).
   */
  @Template(name = "influxdb-client")
  @Container(image = "curlimages/curl:8.10.1", command = {"sh", "-c"}, args = "eval \"$CMD\"")
  @Env(name = "CMD", value = "{{inputs.parameters.cmd}}")
  public static void influxdbClient(String cmd) {}

  @Script @Call(template = "influxdb")
  static void influx() {}

  @Script(name = "init-database") @Call(template = "influxdb-client")
  static void initDatabase(
      @Value("curl -XPOST 'http://{{steps.influx.ip}}:8086/query' --data-urlencode \"q=CREATE DATABASE mydb\"")
      String cmd) {}

  @Script(name = "producer-1", after = "init-database") @Call(template = "influxdb-client")
  static void producer1(
      @Value("for i in $(seq 1 10); do curl -XPOST 'http://{{steps.influx.ip}}:8086/write?db=mydb'"
          + " -d \"cpu,host=server01,region=uswest load=$i\" ; sleep .5 ; done")
      String cmd) {}

  @Script(name = "producer-2", after = "init-database") @Call(template = "influxdb-client")
  static void producer2(
      @Value("for i in $(seq 1 10); do curl -XPOST 'http://{{steps.influx.ip}}:8086/write?db=mydb'"
          + " -d \"cpu,host=server02,region=uswest load=$((RANDOM % 100))\" ; sleep .5 ; done")
      String cmd) {}

  @Script(name = "producer-3", after = "init-database") @Call(template = "influxdb-client")
  static void producer3(
      @Value("curl -XPOST 'http://{{steps.influx.ip}}:8086/write?db=mydb' -d 'cpu,host=server03,region=useast load=15.4'")
      String cmd) {}

  @Script(after = {"producer-1", "producer-2", "producer-3"}) @Call(template = "influxdb-client")
  static void consumer(
      @Value("curl --silent -G http://{{steps.influx.ip}}:8086/query?pretty=true --data-urlencode \"db=mydb\""
          + " --data-urlencode \"q=SELECT * FROM cpu\"")
      String cmd) {}
}
