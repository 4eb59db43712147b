package dev.jera.runner.testing;

import dev.jera.runner.RunnerMain;
import dev.jera.runner.StepInputs;
import dev.jera.runner.StepRunner;
import dev.jera.runner.json.Codecs;
import dev.jera.runner.json.JsonCodec;
import java.util.List;
import java.util.Locale;

/** Stands for the runner of a {@code @Library} class, whose template another workflow's manifest holds. */
public final class LibraryRunner implements StepRunner {

  public static void main(String[] args) {
    RunnerMain.main(new LibraryRunner(), args);
  }

  @Override
  public List<String> steps() {
    return List.of("upper");
  }

  @Override
  public String run(String step, StepInputs inputs) {
    if (!step.equals("upper")) {
      throw new IllegalArgumentException("no step named " + step);
    }
    return inputs.raw("text").toUpperCase(Locale.ROOT);
  }

  @Override
  public JsonCodec<?> resultCodec(String step) {
    return Codecs.STRING;
  }
}
