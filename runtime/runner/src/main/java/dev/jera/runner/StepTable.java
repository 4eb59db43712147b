package dev.jera.runner;

import dev.jera.runner.json.Codecs;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import dev.jera.runner.json.RecordShape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What every generated runner extends: a workflow's steps as a table (their names, what each gives back, the
 * codec of each result), and the work all runners share (finding the step, encoding its result, building and
 * reading records). A runner itself holds only what must be compiled for each workflow: one small method per
 * step that decodes the step's inputs and calls the script's method directly, and a switch that picks it.
 *
 * <p>Generated code is compiled with the user's in every build, so it is kept to what javac attributes
 * cheaply: no generic method calls per input (which javac's inference makes the costliest kind of
 * expression), no anonymous class per record, no string switch per runner.
 */
public abstract class StepTable implements StepRunner {
  /** A step returns a value, encoded by its codec: a {@code String} as its text, anything else as JSON. */
  protected static final char VALUE = 'v';
  /** A step that fans out returns one element of a list: JSON always, a {@code String} too. */
  protected static final char ELEMENT = 'e';
  /** A {@code void} step: no result. */
  protected static final char VOID = '-';
  /** A step returns a file ({@code Path}): it becomes the output artifact, the step prints no result. */
  protected static final char FILE = 'f';
  /** A step that runs its container's command: no Java. */
  protected static final char CONTAINER = 'c';
  /** A step that runs a template defined elsewhere: no Java. */
  protected static final char ELSEWHERE = 't';
  /** A step that acts on a Kubernetes object (a resource template): no Java. */
  protected static final char RESOURCE = 'k';

  private final List<String> steps;
  private final String kinds;
  /** Built on first use; volatile, so a thread that sees the array sees its elements. */
  private volatile JsonCodec<?>[] results;

  /**
   * @param steps the steps' names, in declaration order
   * @param kinds one character a step: {@link #VALUE}, {@link #ELEMENT}, {@link #VOID}, {@link #FILE},
   *     {@link #CONTAINER} or {@link #ELSEWHERE}
   */
  protected StepTable(String[] steps, String kinds) {
    if (steps.length != kinds.length()) {
      throw new IllegalArgumentException(steps.length + " steps but " + kinds.length() + " kinds");
    }
    this.steps = Collections.unmodifiableList(Arrays.asList(steps.clone()));
    this.kinds = kinds;
  }

  /** Calls the method of step number {@code step} (in declaration order) with its decoded inputs. */
  protected abstract Object call(int step, StepInputs inputs) throws Throwable;

  /** The codec of each step's result, in declaration order; {@code null} where a step has none. */
  protected abstract JsonCodec<?>[] results();

  /** Builds record type number {@code type} from its components, in declaration order. */
  protected Object create(int type, Object[] components) {
    throw new IllegalArgumentException("no record type " + type);
  }

  /** The components of {@code record}, of record type number {@code type}, in declaration order. */
  protected Object[] components(int type, Object record) {
    throw new IllegalArgumentException("no record type " + type);
  }

  /** The codecs of the components of record type number {@code type}: asked on first use, so a record may contain itself. */
  protected JsonCodec<?>[] codecs(int type) {
    throw new IllegalArgumentException("no record type " + type);
  }

  /** The codec of record type number {@code type}, built by {@link #create} and read by {@link #components}. */
  @SuppressWarnings("unchecked")
  protected final <T> JsonCodec<T> record(String typeName, String components, int type) {
    return (JsonCodec<T>) Codecs.record(typeName, components, new Shape(this, type));
  }

  /**
   * Leaves {@code value} as output parameter {@code name}: a {@code String} as its text, anything else as
   * JSON by {@code codec}; an {@code Optional} as what it holds. {@code null} or an empty {@code Optional}
   * leave nothing, so Argo takes the output's default (or fails the step without one).
   */
  @SuppressWarnings("unchecked")
  protected static void output(StepInputs inputs, String name, Object value, JsonCodec<?> codec) throws IOException {
    Object held = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if (held != null) {
      inputs.storeParameter(name, Results.of(held, (JsonCodec<Object>) codec));
    }
  }

  @Override
  public final List<String> steps() {
    return steps;
  }

  @Override
  public final String run(String step, StepInputs inputs) throws Throwable {
    int index = steps.indexOf(step);
    if (index < 0) {
      throw new IllegalArgumentException("no step named " + step);
    }
    char kind = kinds.charAt(index);
    if (kind == CONTAINER || kind == ELSEWHERE || kind == RESOURCE) {
      String runs = kind == CONTAINER ? "its container's command"
          : kind == RESOURCE ? "a resource template (Argo acts on a Kubernetes object)" : "a template defined elsewhere";
      throw new UnsupportedOperationException("step '" + step + "' runs " + runs + ", not Java");
    }
    Object result = call(index, inputs);
    switch (kind) {
      case VOID:
        return null;
      case FILE:
        return inputs.storeArtifact((Path) result);
      case ELEMENT:
        // Argo builds a fan-in from each run's result as JSON, so a fanned-out String is quoted.
        return Json.encode(result, codec(index));
      default:
        return Results.of(result, codec(index));
    }
  }

  @Override
  public final JsonCodec<?> resultCodec(String step) {
    int index = steps.indexOf(step);
    return index < 0 ? null : codec(index);
  }

  @SuppressWarnings("unchecked")
  private JsonCodec<Object> codec(int step) {
    JsonCodec<?>[] codecs = results;
    if (codecs == null) {
      codecs = results(); // two threads may each build them: the same codecs either way
      results = codecs;
    }
    return (JsonCodec<Object>) codecs[step];
  }

  /** A record type of a runner, as {@link Codecs#record} takes it. */
  private static final class Shape implements RecordShape<Object> {
    private final StepTable runner;
    private final int type;

    Shape(StepTable runner, int type) {
      this.runner = runner;
      this.type = type;
    }

    @Override
    public Object create(Object[] components) {
      return runner.create(type, components);
    }

    @Override
    public Object[] components(Object record) {
      return runner.components(type, record);
    }

    @Override
    public JsonCodec<?>[] codecs() {
      return runner.codecs(type);
    }
  }
}
