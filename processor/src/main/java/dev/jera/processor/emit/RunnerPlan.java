package dev.jera.processor.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a workflow's runner holds, decided once ({@link RunnerPlanner}) and written either as a class file
 * ({@link RunnerClassWriter}, what a build compiles by default) or as Java source ({@link RunnerWriter}).
 * Both write the same class: it extends {@code StepTable} and has the same fields and methods.
 *
 * @param runner the runner's class
 * @param workflow the workflow's class, named in the source's comments
 * @param typeNames the simple names the source's expressions use, which none of its variables may take
 * @param steps every entry's name, in the table's order
 * @param kinds one letter an entry, as {@code StepTable} reads them
 * @param fields the runner's codec fields, each declared before any field whose initializer uses it
 * @param results each entry's result codec; empty for an entry without a result
 * @param calls the entries that run Java, by their index in {@code steps}
 * @param parameterCodecs for each workflow parameter, in declaration order, the codecs of the script
 *     parameters that take it
 * @param records the record types the runner builds and reads, numbered by their index
 * @param unchecked whether the runner casts to a parameterized type (the source suppresses that warning)
 */
public record RunnerPlan(
    ClassName runner,
    ClassName workflow,
    Set<String> typeNames,
    List<String> steps,
    String kinds,
    List<CodecField> fields,
    List<Optional<Codec>> results,
    List<StepCall> calls,
    Map<String, List<Codec>> parameterCodecs,
    List<RecordType> records,
    boolean unchecked) {

  /** A codec: a constant of {@code Codecs} or a field of the runner. */
  sealed interface Codec {
    /** {@code Codecs.<constant>}. */
    record Standard(String constant) implements Codec {}

    /** The runner's field {@code name}. */
    record Field(String name) implements Codec {}
  }

  /** A codec field of the runner: its name, the type it codes (boxed) and how it is built. */
  record CodecField(String name, TypeName type, CodecInit init) {}

  /** How a codec field is built. */
  sealed interface CodecInit {
    /** {@code record(display, components, number)}: a record type the runner builds and reads. */
    record RecordOf(String display, String components, int number) implements CodecInit {}

    /** {@code Codecs.enumeration(display, Enum.values())}. */
    record EnumerationOf(String display, TypeName type) implements CodecInit {}

    /** {@code Codecs.optional(value)}. */
    record OptionalOf(Codec value) implements CodecInit {}

    /** {@code Codecs.collection(display, element, Containers.<container>)}. */
    record CollectionOf(String display, Codec element, String container) implements CodecInit {}

    /** {@code Codecs.map(display, key, value, Containers.<container>)}. */
    record MapOf(String display, Codec key, Codec value, String container) implements CodecInit {}

    /** {@code Codecs.array(element, new E[0])}; {@code E} may be parameterized (its raw array then stands for it). */
    record ArrayOf(Codec element, TypeName elementType) implements CodecInit {}

    /** {@code Codecs.databind(display, new TypeReference<T>() {})}: Jackson's databind for any other type. */
    record DatabindOf(String display, TypeName type) implements CodecInit {}
  }

  /**
   * One entry that runs Java: the runner's method {@code method} decodes each input ({@code reads}, in the
   * Java method's order), calls {@code owner.javaMethod} and does with what it returns what {@code outcome} says.
   *
   * @param template whether the entry is a {@code @Template} (else a step), for the source's comment
   * @param ownerInterface whether {@code owner} is an interface (a class file calls its methods as such)
   * @param parameters the Java method's declared parameter types
   * @param returns the Java method's declared return type
   */
  record StepCall(
      int index,
      String method,
      boolean template,
      String step,
      ClassName owner,
      boolean ownerInterface,
      String javaMethod,
      boolean isStatic,
      List<Read> reads,
      List<TypeName> parameters,
      TypeName returns,
      Outcome outcome) {}

  /** How one argument of a script is read from the step's inputs. */
  sealed interface Read {
    /** {@code inputs.secret(secret, key)}. */
    record Secret(String secret, String key) implements Read {}

    /** {@code inputs.artifact(name)}, or {@code inputs.optionalArtifact(name)}. */
    record File(String name, boolean optional) implements Read {}

    /** {@code inputs.raw(name)}: a {@code String} as it came. */
    record Text(String name) implements Read {}

    /** {@code (type) inputs.decoded(name, codec)}. */
    record Decoded(String name, Codec codec, TypeName type) implements Read {}
  }

  /** What the runner does with what the script returns. */
  sealed interface Outcome {
    /** Returns it: the step's result. */
    record Result() implements Outcome {}

    /** A {@code void} script: returns {@code null}. */
    record Nothing() implements Outcome {}

    /** Leaves the {@code Path} (or what an {@code Optional<Path>} holds) as output file {@code name}; returns {@code null}. */
    record File(String name, boolean optional) implements Outcome {}

    /**
     * Leaves the {@code @Output}s: the whole value as a parameter, and a returned record's components (when
     * it is not null); returns the value, or {@code null} for a record that only carries outputs.
     */
    record Outputs(Optional<ParameterOutput> whole, List<ComponentOutput> components, boolean returnsValue)
        implements Outcome {}
  }

  /** The value left as output parameter {@code name}, written by {@code codec}. */
  record ParameterOutput(String name, Codec codec) {}

  /**
   * A component of the returned record left as output {@code name}: a file ({@code Path} or {@code
   * Optional<Path>}) or a parameter written by {@code codec} (empty for a file).
   */
  record ComponentOutput(String name, String accessor, TypeName type, boolean file, boolean optionalFile, Optional<Codec> codec) {}

  /** A record type the runner builds ({@code create}), reads ({@code components}) and describes ({@code codecs}). */
  record RecordType(TypeName type, List<Component> components) {}

  /** A record component: its accessor's name, its declared type and its codec. */
  record Component(String name, TypeName type, Codec codec) {}
}
