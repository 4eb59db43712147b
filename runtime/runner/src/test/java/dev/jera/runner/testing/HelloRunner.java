package dev.jera.runner.testing;

import dev.jera.runner.Results;
import dev.jera.runner.RunnerMain;
import dev.jera.runner.StepInputs;
import dev.jera.runner.StepRunner;
import dev.jera.runner.json.Codecs;
import dev.jera.runner.json.JsonCodec;
import java.time.LocalDate;
import java.util.List;

/**
 * A runner written by hand the way the processor generates them, for the test workflows {@code hello}
 * and {@code boom} of the test index; its {@code main} serves isolated runs.
 */
public final class HelloRunner implements StepRunner {

  public static void main(String[] args) {
    RunnerMain.main(new HelloRunner(), args);
  }

  @Override
  public List<String> steps() {
    return List.of("greet", "sign", "letters", "explode", "wait");
  }

  @Override
  public String run(String step, StepInputs inputs) throws Throwable {
    switch (step) {
      case "greet": {
        String name = inputs.value("name", Codecs.STRING);
        int times = inputs.value("times", Codecs.INT);
        LocalDate day = inputs.value("day", Codecs.LOCAL_DATE);
        System.out.println("greeting " + name + " " + times + " times");
        System.err.println("to stderr: " + name);
        return "Hello, " + name + "!".repeat(times) + " (" + inputs.value("mood", Codecs.STRING) + ", " + day + ")";
      }
      case "sign":
        // sign fans out: the generated runner prints each result as JSON (Results.ofElement), a String too.
        return Results.ofElement(inputs.value("greeting", Codecs.STRING) + " -- signed with a "
            + inputs.secret("vault", "token").length() + "-letter token", Codecs.STRING);
      case "letters":
        return "[\"" + String.join("\",\"", inputs.value("word", Codecs.STRING).split("")) + "\"]";
      case "explode":
        throw new IllegalStateException("kaboom");
      case "wait":
        Thread.sleep(60_000);
        return "too late";
      default:
        throw new IllegalArgumentException("no step named " + step);
    }
  }

  @Override
  public List<JsonCodec<?>> parameterCodecs(String parameter) {
    switch (parameter) {
      case "name":
      case "mood":
        return List.of(Codecs.STRING);
      case "times":
        return List.of(Codecs.INT);
      case "when":
        return List.of(Codecs.LOCAL_DATE);
      default:
        return List.of();
    }
  }

  @Override
  public JsonCodec<?> resultCodec(String step) {
    switch (step) {
      case "greet":
      case "sign":
      case "letters":
        return Codecs.STRING;
      default:
        return null;
    }
  }
}
