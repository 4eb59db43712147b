package dev.jera.local;

import dev.jera.runner.StepInputs;
import dev.jera.runner.StepRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A hand-written runner whose steps are lambdas; it records calls and the most steps running at once. */
final class ScriptedRunner implements StepRunner {
  /** The class name manifests of the tests name in their args. */
  static final String CLASS = "test.Runner";

  /** One step's body. */
  interface Body {
    String run(StepInputs inputs) throws Exception;
  }

  private final Map<String, Body> steps = new LinkedHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final List<String> order = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostRunning = new AtomicInteger();

  ScriptedRunner step(String name, Body body) {
    steps.put(name, body);
    return this;
  }

  /** A step that returns {@code result}. */
  ScriptedRunner returns(String name, String result) {
    return step(name, inputs -> result);
  }

  @Override
  public List<String> steps() {
    return List.copyOf(steps.keySet());
  }

  @Override
  public String run(String step, StepInputs inputs) throws Throwable {
    calls.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
    order.add(step);
    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      return steps.get(step).run(inputs);
    } finally {
      running.decrementAndGet();
    }
  }

  int calls(String step) {
    AtomicInteger count = calls.get(step);
    return count == null ? 0 : count.get();
  }

  /** The steps in the order they were called. */
  List<String> order() {
    synchronized (order) {
      return List.copyOf(order);
    }
  }

  int mostRunningAtOnce() {
    return mostRunning.get();
  }
}
