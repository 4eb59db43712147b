package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.DaemonMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.DaemonModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.Style;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @Daemon} is a template Kubernetes can probe and Argo can keep running: one readiness probe
 * (an HTTP path with its port, a TCP port or a command), ports from 1 to 65535, whole seconds for the
 * probe's times, no result (Argo stops a daemon; it never hands one over), and no step reads a result
 * from it: the steps after it read its address, {@code {{steps.x.ip}}} (see {@link TagResolver}).
 */
final class DaemonRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      script.daemon().ifPresent(daemon -> checkDaemon(script, daemon, diagnostics));
    }
    if (context.workflow().library()) {
      return;
    }
    String root = context.workflow().style() == Style.STEPS ? "steps" : "tasks";
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.FromStep from && from.output().isEmpty()) {
            context.lookup().find(from.ref().value()).filter(producer -> producer != script)
                .filter(producer -> daemonOf(context, producer).isPresent())
                .ifPresent(producer -> diagnostics.report(from.ref().site(), DaemonMessages.fromDaemon(
                    script.methodName(), from.ref().value(), producer.name().value(), root)));
          }
        }
      }
    }
  }

  private static void checkDaemon(ScriptModel script, DaemonModel daemon, Diagnostics diagnostics) {
    String method = script.methodName();
    if (script.isResource()) {
      diagnostics.report(daemon.site(), DaemonMessages.onResource(method));
      return;
    }
    if (!script.returns().isVoid() && script.call().isEmpty()) {
      diagnostics.report(script.site(), DaemonMessages.returnsValue(method, script.returns().display()));
    }
    List<String> kinds = daemon.probeKinds();
    if (kinds.size() > 1) {
      diagnostics.report(daemon.site(), DaemonMessages.twoProbes(method, kinds));
    }
    if (daemon.http().isPresent()) {
      String path = daemon.http().get().value();
      if (!path.startsWith("/")) {
        diagnostics.report(daemon.http().get().site(), DaemonMessages.pathNotAbsolute(path, method));
      }
      if (daemon.port() == 0) {
        diagnostics.report(daemon.http().get().site(), DaemonMessages.httpWithoutPort(method, path));
      }
    } else if (daemon.port() != 0) {
      diagnostics.report(daemon.portSite(), DaemonMessages.portWithoutHttp(method, daemon.port()));
    }
    if (daemon.port() != 0 && (daemon.port() < 1 || daemon.port() > 65535)) {
      diagnostics.report(daemon.portSite(), DaemonMessages.notAPort("port", daemon.port(), method));
    }
    if (daemon.tcp() != 0 && (daemon.tcp() < 1 || daemon.tcp() > 65535)) {
      diagnostics.report(daemon.tcpSite(), DaemonMessages.notAPort("tcp", daemon.tcp(), method));
    }
    daemon.initialDelay().ifPresent(delay -> seconds("initialDelay", "initialDelaySeconds", delay, false, diagnostics));
    daemon.timeout().ifPresent(timeout -> seconds("timeout", "timeoutSeconds", timeout, true, diagnostics));
  }

  /** A probe's time: a duration in whole seconds, not negative (a timeout longer than zero). */
  private static void seconds(String attribute, String field, Parsed<Duration> time, boolean positive,
      Diagnostics diagnostics) {
    if (!DurationRule.duration("@Daemon(" + attribute + ")", time, diagnostics)) {
      return;
    }
    Duration value = time.value();
    if (value.isNegative()) {
      diagnostics.report(time.site(), DaemonMessages.negative(attribute, time.written()));
    } else if (value.getNano() != 0) {
      diagnostics.report(time.site(), DaemonMessages.notWholeSeconds(attribute, time.written(), field));
    } else if (positive && value.isZero()) {
      diagnostics.report(time.site(), dev.jera.processor.diagnostic.ResourceMessages.notPositive("@Daemon(" + attribute + ")",
          time.written()));
    }
  }

  /**
   * The daemon template a step runs: its own when it is a {@code @Daemon}, or the {@code @Template} of
   * this workflow it calls when that is; empty otherwise.
   */
  static Optional<ScriptModel> daemonOf(Context context, ScriptModel step) {
    if (step.isDaemon()) {
      return Optional.of(step);
    }
    if (step.call().isPresent() && step.call().get().target() instanceof CallModel.Resolved resolved
        && resolved.callee().isLocal()) {
      return context.workflow().templates().stream()
          .filter(template -> template.isDaemon() && template.name().value().equals(resolved.callee().template()))
          .findFirst();
    }
    return Optional.empty();
  }
}
