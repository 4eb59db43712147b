package dev.jera.processor.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.jera.processor.emit.RunnerPlan.Codec;
import dev.jera.processor.emit.RunnerPlan.ComponentOutput;
import dev.jera.processor.emit.RunnerPlan.Outcome;
import dev.jera.processor.emit.RunnerPlan.ParameterOutput;
import dev.jera.processor.emit.RunnerPlan.Read;
import dev.jera.processor.emit.RunnerPlan.StepCall;
import dev.jera.processor.model.ContainerSetModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decides what a workflow's runner holds (a {@link RunnerPlan}): its table of entries, codecs and calls. */
public final class RunnerPlanner {
  static final ClassName STEP_TABLE = ClassName.get("dev.jera.runner", "StepTable");
  static final ClassName STEP_INPUTS = ClassName.get("dev.jera.runner", "StepInputs");
  static final ClassName RUNNER_MAIN = ClassName.get("dev.jera.runner", "RunnerMain");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The runner's own methods and StepTable's, which no step method may be named. */
  private static final Set<String> RESERVED_METHOD_NAMES = Set.of(
      "main", "steps", "run", "call", "results", "create", "components", "codecs", "record", "parameterCodecs",
      "resultCodec");

  private RunnerPlanner() {}

  public static RunnerPlan plan(WorkflowModel workflow) {
    // The runner's codec fields take no name its expressions use.
    Set<String> typeNames = typeNamesInCode(workflow);
    CodecPlan codecs = new CodecPlan(typeNames);
    List<String> steps = new ArrayList<>();
    StringBuilder kinds = new StringBuilder();
    List<Optional<Codec>> results = new ArrayList<>();
    List<StepCall> calls = new ArrayList<>();
    UniqueNames methodNames = new UniqueNames(RESERVED_METHOD_NAMES);
    for (ScriptModel script : entries(workflow)) {
      // Every step is listed, so a test can stub a container step by name; only Java steps get a case.
      steps.add(script.name().value());
      kinds.append(kind(script));
      // A step that runs no Java still declares the type of its result, which tests read it as.
      boolean noResult = script.returns().isVoid() || script.returnsArtifact();
      results.add(noResult ? Optional.empty() : Optional.of(codecs.codec(script.returns())));
      if (script.runsJava()) {
        // One method per step: a workflow's size never adds up in one method (javac's 64 KB limit).
        calls.add(call(workflow, script, steps.size() - 1, methodNames.unique(methodName(script)), codecs));
      }
    }
    Map<String, List<Codec>> parameterCodecs = parameterCodecs(workflow, codecs);
    return new RunnerPlan(workflow.runnerName(), workflow.className(), typeNames, List.copyOf(steps), kinds.toString(),
        codecs.fields(), Collections.unmodifiableList(results), List.copyOf(calls),
        Collections.unmodifiableMap(parameterCodecs), codecs.records(), codecs.unchecked());
  }

  /**
   * What the runner's table lists: the steps, then the {@code @Template}s, each once however many steps
   * call it. A step that calls a template of the same name is left out: the template's entry runs it.
   */
  private static List<ScriptModel> entries(WorkflowModel workflow) {
    Set<String> templates = new HashSet<>();
    workflow.templates().forEach(template -> templates.add(template.name().value()));
    List<ScriptModel> entries = new ArrayList<>();
    for (ScriptModel script : workflow.scripts()) {
      if (!templates.contains(script.name().value())) {
        entries.add(script);
      }
    }
    for (ScriptModel template : workflow.templates()) {
      entries.add(template);
      // A container set's Java members follow it, under their keys (set.member).
      template.containerSet().ifPresent(set -> set.members().stream().filter(ScriptModel::runsJava).forEach(member ->
          entries.add(member.toBuilder().name(new Text(ContainerSetModel.runnerKey(template, member), member.name().site())).build())));
    }
    return entries;
  }

  /** What a step gives back, as {@code StepTable} spells it. */
  private static char kind(ScriptModel script) {
    if (script.isContainer() || script.isContainerSet()) {
      return 'c';
    }
    if (script.isResource()) {
      return 'k';
    }
    if (!script.runsJava()) {
      return 't';
    }
    if (script.returns().isVoid()) {
      return '-';
    }
    if (script.returnsArtifact()) {
      // An optional file is left by the step's method itself, which may leave none.
      return script.returnsResultArtifact() && !JsonShape.optionalFile(script.returns().shape()) ? 'f' : '-';
    }
    return script.fansOut() ? 'e' : 'v';
  }

  /** The class whose method a runner entry calls: the workflow's, or a container set's for its members. */
  private static ClassName owner(WorkflowModel workflow, ScriptModel entry) {
    for (ScriptModel template : workflow.templates()) {
      if (template.containerSet().isPresent() && entry.name().value().startsWith(template.name().value() + ".")) {
        return template.containerSet().get().owner();
      }
    }
    return workflow.className();
  }

  /** {@code run} + the step's name in camel case: {@code load-rates} gives {@code runLoadRates}. */
  private static String methodName(ScriptModel script) {
    StringBuilder name = new StringBuilder("run");
    for (String part : CodecPlan.NOT_A_WORD.split(script.name().value())) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  private static StepCall call(WorkflowModel workflow, ScriptModel script, int index, String method, CodecPlan codecs) {
    List<Read> reads = new ArrayList<>();
    List<TypeName> parameters = new ArrayList<>();
    for (InputModel input : script.inputs()) {
      reads.add(read(input, codecs));
      parameters.add(input.type().typeName());
    }
    ClassName owner = owner(workflow, script);
    // A container set is a class; the workflow's own class may be an interface.
    boolean ownerInterface = owner.equals(workflow.className()) && workflow.isInterface();
    return new StepCall(index, method, workflow.templates().contains(script), script.name().value(),
        owner, ownerInterface, script.methodName(), script.isStatic(), List.copyOf(reads), List.copyOf(parameters),
        script.returns().typeName(), outcome(script, codecs));
  }

  /** One argument: a secret, a file, a text as is, anything else decoded by its codec and cast. */
  private static Read read(InputModel input, CodecPlan codecs) {
    InputSource source = input.source();
    if (source instanceof InputSource.Secret) {
      SecretModel secret = ((InputSource.Secret) source).secret();
      return new Read.Secret(secret.name().value(), secret.key().value());
    }
    if (input.isArtifact()) {
      return new Read.File(input.name(), JsonShape.optionalFile(input.type().shape()));
    }
    if (input.type().isString()) {
      return new Read.Text(input.name());
    }
    codecs.cast(input.type().typeName());
    return new Read.Decoded(input.name(), codecs.codec(input.type()), input.type().typeName());
  }

  /**
   * What is done with what the script returns: its {@code @Output}s left where Argo collects them (the
   * returned file, or the value of the return value or of a component of the returned record), an optional
   * file left as the result, nothing, or the value returned as the result.
   */
  private static Outcome outcome(ScriptModel script, CodecPlan codecs) {
    if (!script.outputs().isEmpty()) {
      Optional<OutputModel> whole = script.outputs().stream().filter(output -> output.component().isEmpty()).findFirst();
      if (whole.isPresent() && whole.get().isArtifact()) {
        return new Outcome.File(whole.get().name().value(), JsonShape.optionalFile(whole.get().type().shape()));
      }
      Optional<ParameterOutput> parameter =
          whole.map(output -> new ParameterOutput(output.name().value(), outputCodec(output, codecs)));
      List<ComponentOutput> components = new ArrayList<>();
      for (OutputModel output : script.outputs()) {
        if (output.component().isPresent()) {
          components.add(new ComponentOutput(output.name().value(), output.component().get(), output.type().typeName(),
              output.isArtifact(), JsonShape.optionalFile(output.type().shape()),
              output.isArtifact() ? Optional.empty() : Optional.of(outputCodec(output, codecs))));
        }
      }
      // A record of files is no result.
      return new Outcome.Outputs(parameter, List.copyOf(components), !script.returns().isVoid());
    }
    if (script.runsJava() && JsonShape.optionalFile(script.returns().shape())) {
      return new Outcome.File("result", true);
    }
    return script.returns().isVoid() ? new Outcome.Nothing() : new Outcome.Result();
  }

  /** The codec of an output parameter's value: of what an {@code Optional} holds, which {@code output} unwraps. */
  private static Codec outputCodec(OutputModel output, CodecPlan codecs) {
    JavaType type = output.type().shape() instanceof JsonShape.Optional optional ? optional.value() : output.type();
    return codecs.codec(type);
  }

  /**
   * The names of the types the runner's code may name in an expression, which no field or variable may
   * take: the workflow class, the runtime's classes, and every type a step reads or returns.
   */
  private static Set<String> typeNamesInCode(WorkflowModel workflow) {
    TypeNamesInCode names = new TypeNamesInCode().add(workflow.className());
    for (ClassName runtime : List.of(STEP_TABLE, STEP_INPUTS, RUNNER_MAIN, GENERATED, CodecPlan.CODECS,
        CodecPlan.CONTAINERS, CodecPlan.JSON_CODEC, CodecPlan.TYPE_REFERENCE, ClassName.get(List.class))) {
      names.add(runtime);
    }
    for (ScriptModel script : entries(workflow)) {
      script.inputs().forEach(input -> names.add(input.type()));
      names.add(script.returns());
    }
    return names.names();
  }

  /** For each workflow parameter, the codecs of the script parameters that take it; nothing without parameters. */
  private static Map<String, List<Codec>> parameterCodecs(WorkflowModel workflow, CodecPlan codecs) {
    Map<String, List<Codec>> byParameter = new LinkedHashMap<>();
    for (ParamModel param : workflow.params()) {
      byParameter.put(param.name().value(), new ArrayList<>());
    }
    for (ScriptModel script : workflow.scripts()) {
      for (InputModel input : script.inputs()) {
        InputSource source = input.source();
        if (source instanceof InputSource.Parameter && !input.isArtifact()) {
          addCodec(byParameter.get(((InputSource.Parameter) source).name().value()), codecs.codec(input.type()));
        }
      }
    }
    // The entrypoint @Template's inputs take the workflow's parameters of their names.
    workflow.entryTemplate().ifPresent(entry -> entry.inputs().forEach(input -> {
      List<Codec> list = byParameter.get(input.name());
      if (list != null && !input.isArtifact() && input.source() instanceof InputSource.Caller) {
        addCodec(list, codecs.codec(input.type()));
      }
    }));
    Map<String, List<Codec>> frozen = new LinkedHashMap<>();
    byParameter.forEach((name, list) -> frozen.put(name, List.copyOf(list)));
    return frozen;
  }

  private static void addCodec(List<Codec> list, Codec codec) {
    if (list != null && !list.contains(codec)) {
      list.add(codec);
    }
  }
}
