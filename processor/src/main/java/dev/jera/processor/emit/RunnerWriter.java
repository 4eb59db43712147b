package dev.jera.processor.emit;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates a workflow's runner: a class whose {@code main} runs one step in its container, calling
 * the script method directly, with a codec per type decided at compile time (no reflection).
 *
 * <p>The runner extends {@code StepTable}, which holds what all runners share. What is generated is what
 * must be compiled for each workflow, written for javac to compile cheaply since it does so in every
 * build: the steps' names and kinds, and per step one method of one statement that casts each decoded
 * input to its parameter's type and calls the script. No generic call to infer per input (javac's
 * costliest kind of expression), no anonymous class per record, no string switch.
 */
public final class RunnerWriter {
  private static final ClassName STEP_TABLE = ClassName.get("dev.jera.runner", "StepTable");
  private static final ClassName STEP_INPUTS = ClassName.get("dev.jera.runner", "StepInputs");
  private static final ClassName RUNNER_MAIN = ClassName.get("dev.jera.runner", "RunnerMain");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The runner's own methods and StepTable's, which no step method may be named. */
  private static final Set<String> RESERVED_METHOD_NAMES = Set.of(
      "main", "steps", "run", "call", "results", "create", "components", "codecs", "record", "parameterCodecs",
      "resultCodec");

  /** Spaces at a line's end: JavaPoet leaves the one of {@code " = "} where it wraps an initializer. */
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t]+$", Pattern.MULTILINE);

  private RunnerWriter() {}

  /** The text of the workflow's runner, as it is written into the compilation. */
  public static String source(WorkflowModel workflow, Element origin) {
    // No string literal of the runner spans lines ($S escapes line breaks), so this changes no value.
    return TRAILING_SPACES.matcher(runner(workflow, origin).toString()).replaceAll("");
  }

  /** The runner's source. */
  public static JavaFile runner(WorkflowModel workflow, Element origin) {
    // The variables the runner's code declares and its codec fields take no name its expressions use.
    Set<String> typeNames = typeNamesInCode(workflow);
    UniqueNames variables = new UniqueNames(typeNames);
    CodecPlan codecs = new CodecPlan(typeNames);
    ClassName runner = workflow.runnerName();
    ParameterSpec step = ParameterSpec.builder(TypeName.INT, variables.unique("step")).build();
    ParameterSpec inputs = ParameterSpec.builder(STEP_INPUTS, variables.unique("inputs")).build();

    List<CodeBlock> stepNames = new ArrayList<>();
    StringBuilder kinds = new StringBuilder();
    List<CodeBlock> results = new ArrayList<>();
    Dispatch calls = new Dispatch("call", TypeName.OBJECT, List.of(step, inputs),
        CodeBlock.of("throw new $T($S + $N)", IllegalArgumentException.class, "no step number ", step));
    List<MethodSpec> stepMethods = new ArrayList<>();
    UniqueNames methodNames = new UniqueNames(RESERVED_METHOD_NAMES);
    for (ScriptModel script : entries(workflow)) {
      // Every step is listed, so a test can stub a container step by name; only Java steps get a case.
      stepNames.add(CodeBlock.of("$S", script.name().value()));
      kinds.append(kind(script));
      // A step that runs no Java still declares the type of its result, which tests read it as.
      boolean noResult = script.returns().isVoid() || script.returnsArtifact();
      results.add(noResult ? CodeBlock.of("null") : codecs.codec(script.returns()));
      if (script.runsJava()) {
        // One method per step: a workflow's size never adds up in one method (javac's 64 KB limit).
        MethodSpec method = stepMethod(workflow, script, codecs, methodNames.unique(methodName(script)), inputs);
        stepMethods.add(method);
        calls.add(CodeBlock.of("$L", stepNames.size() - 1), 1, CodeBlock.of("return $N($N)", method, inputs));
      }
    }
    List<MethodSpec> parameterCodecs = parameterCodecs(workflow, codecs, variables);
    List<MethodSpec> recordMethods = recordMethods(codecs, variables);
    String args = variables.unique("args");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(runner)
            .addJavadoc(
                "Runs the steps of {@link $T} in their containers:\n{@code java $T STEP INPUTS-FILE}.\n",
                workflow.className(), runner)
            .addAnnotation(
                AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", "dev.jera.processor.JeraProcessor")
                    .addMember("comments", "$S", "from " + workflow.className().canonicalName())
                    .build());
    List<String> warnings = codecs.warnings();
    if (!warnings.isEmpty()) {
      // Only what the code draws: ecj warns about a token that suppresses nothing.
      List<CodeBlock> tokens = warnings.stream().map(warning -> CodeBlock.of("$S", warning)).toList();
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", warnings.size() == 1 ? "$L" : "{$L}", CodeBlock.join(tokens, ",$W"))
              .build());
    }
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(origin)
        .superclass(STEP_TABLE)
        .addFields(codecs.fields())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The steps and what each gives back:\n$L.\n", KINDS)
                .addStatement("super(new $T[] {$L},$W$L)", String.class, CodeBlock.join(stepNames, ",$W"), inParts(kinds))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("main")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, args)
                .addStatement("$T.main(new $T(), $N)", RUNNER_MAIN, runner, args)
                .build())
        .addMethods(calls.methods(Modifier.PROTECTED, true))
        .addMethods(stepMethods)
        .addMethod(
            MethodSpec.methodBuilder("results")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(ArrayTypeName.of(CodecPlan.ANY_CODEC))
                .addStatement("return new $T[] {$L}", CodecPlan.ANY_CODEC, CodeBlock.join(results, ",$W"))
                .build())
        .addMethods(parameterCodecs)
        .addMethods(recordMethods);
    return JavaFile.builder(runner.packageName(), type.build())
        .addFileComment("Generated by Jera from $L. Do not edit.", workflow.className().canonicalName())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * What the runner's table lists: the steps, then the {@code @Template}s, each once however many steps
   * call it. A step that calls a template of the same name is left out: the template's entry runs it.
   */
  private static List<ScriptModel> entries(WorkflowModel workflow) {
    Set<String> templates = new java.util.HashSet<>();
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

  /** What the letters of a runner's kinds mean, for its constructor's comment. */
  private static final String KINDS =
      "v a value, e one element of a fan-out, - nothing, f a file,\nc a container's command, t a template elsewhere";

  /** A string literal cut into a concatenation of parts, so a long one can wrap within 100 columns. */
  private static CodeBlock inParts(CharSequence text) {
    List<CodeBlock> parts = new ArrayList<>();
    for (int start = 0; start < text.length() || parts.isEmpty(); start += LITERAL_PART) {
      parts.add(CodeBlock.of("$S", text.subSequence(start, Math.min(text.length(), start + LITERAL_PART))));
    }
    return CodeBlock.join(parts, "$W+ ");
  }

  /** The longest part of a long string literal of letters. */
  private static final int LITERAL_PART = 60;

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
    for (String part : script.name().value().split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  /** The method that runs one script: one statement, the call, each input decoded and cast in its place. */
  private static MethodSpec stepMethod(
      WorkflowModel workflow, ScriptModel script, CodecPlan codecs, String name, ParameterSpec inputs) {
    ClassName owner = owner(workflow, script);
    List<CodeBlock> arguments = new ArrayList<>();
    for (InputModel input : script.inputs()) {
      arguments.add(input(input, codecs, inputs));
    }
    CodeBlock argumentList = CodeBlock.join(arguments, ",$W");
    CodeBlock target =
        script.isStatic()
            ? CodeBlock.of("$T.$N($L)", owner, script.methodName(), argumentList)
            : CodeBlock.of("new $T().$N($L)", owner, script.methodName(), argumentList);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("$L {@code $L}: {@link $T#$L}.\n", workflow.templates().contains(script) ? "Template" : "Step",
            script.name().value(), owner, script.methodName())
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addParameter(inputs)
        .addException(Throwable.class);
    if (!script.outputs().isEmpty()) {
      leaveOutputs(method, script, target, codecs, inputs);
    } else if (script.runsJava() && JsonShape.optionalFile(script.returns().shape())) {
      method.addStatement("$N.storeArtifact($S,$W$L.orElse(null))", inputs, "result", target).addStatement("return null");
    } else if (script.returns().isVoid()) {
      method.addStatement("$L", target).addStatement("return null");
    } else {
      method.addStatement("return $L", target);
    }
    return method.build();
  }

  /**
   * Calls the method, then leaves each {@code @Output} where Argo collects it: the returned file, or the
   * value (of the return value or a component of the returned record) for its codec to write.
   */
  private static void leaveOutputs(
      MethodSpec.Builder method, ScriptModel script, CodeBlock target, CodecPlan codecs, ParameterSpec inputs) {
    Optional<OutputModel> whole = script.outputs().stream().filter(output -> output.component().isEmpty()).findFirst();
    if (whole.isPresent() && whole.get().isArtifact()) {
      method.addStatement("$N.storeArtifact($S,$W$L)", inputs, whole.get().name().value(), file(whole.get(), target));
      method.addStatement("return null");
      return;
    }
    String value = "value";
    method.addStatement("$T $N = $L", script.returns().typeName(), value, target);
    whole.ifPresent(output -> method.addStatement(
        "output($N, $S,$W$N, $L)", inputs, output.name().value(), value, outputCodec(output, codecs)));
    List<OutputModel> components = script.outputs().stream().filter(output -> output.component().isPresent()).toList();
    if (!components.isEmpty()) {
      method.beginControlFlow("if ($N != null)", value);
      for (OutputModel output : components) {
        CodeBlock read = CodeBlock.of("$N.$N()", value, output.component().get());
        if (output.isArtifact()) {
          method.addStatement("$N.storeArtifact($S,$W$L)", inputs, output.name().value(), file(output, read));
        } else {
          method.addStatement("output($N, $S,$W$L, $L)", inputs, output.name().value(), read, outputCodec(output, codecs));
        }
      }
      method.endControlFlow();
    }
    if (script.returns().isVoid()) {
      method.addStatement("return null"); // a record of files is no result
    } else {
      method.addStatement("return $N", value);
    }
  }

  /** The file an output leaves: the {@code Path}, or what an {@code Optional<Path>} holds ({@code null}: none). */
  private static CodeBlock file(OutputModel output, CodeBlock value) {
    return JsonShape.optionalFile(output.type().shape()) ? CodeBlock.of("$L.orElse(null)", value) : value;
  }

  /** The codec of an output parameter's value: of what an {@code Optional} holds, which {@code output} unwraps. */
  private static CodeBlock outputCodec(OutputModel output, CodecPlan codecs) {
    JavaType type = output.type().shape() instanceof JsonShape.Optional optional ? optional.value() : output.type();
    return codecs.codec(type);
  }

  /** One argument: a secret, a file, a text as is, anything else decoded by its codec and cast. */
  private static CodeBlock input(InputModel input, CodecPlan codecs, ParameterSpec inputs) {
    InputSource source = input.source();
    if (source instanceof InputSource.Secret) {
      SecretModel secret = ((InputSource.Secret) source).secret();
      return CodeBlock.of("$N.secret($S,$W$S)", inputs, secret.name().value(), secret.key().value());
    }
    if (input.isArtifact()) {
      return JsonShape.optionalFile(input.type().shape())
          ? CodeBlock.of("$N.optionalArtifact($S)", inputs, input.name())
          : CodeBlock.of("$N.artifact($S)", inputs, input.name());
    }
    if (input.type().isString()) {
      return CodeBlock.of("$N.raw($S)", inputs, input.name());
    }
    codecs.cast(input.type().typeName());
    return CodeBlock.of("($T) $N.decoded($S,$W$L)", input.type().typeName(), inputs, input.name(), codecs.codec(input.type()));
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
  private static List<MethodSpec> parameterCodecs(WorkflowModel workflow, CodecPlan codecs, UniqueNames variables) {
    Map<String, List<CodeBlock>> byParameter = new LinkedHashMap<>();
    for (ParamModel param : workflow.params()) {
      byParameter.put(param.name().value(), new ArrayList<>());
    }
    for (ScriptModel script : workflow.scripts()) {
      for (InputModel input : script.inputs()) {
        InputSource source = input.source();
        if (source instanceof InputSource.Parameter && !input.isArtifact()) {
          List<CodeBlock> list = byParameter.get(((InputSource.Parameter) source).name().value());
          CodeBlock codec = codecs.codec(input.type());
          if (list != null && !list.contains(codec)) {
            list.add(codec);
          }
        }
      }
    }
    // The entrypoint @Template's inputs take the workflow's parameters of their names.
    workflow.entryTemplate().ifPresent(entry -> entry.inputs().forEach(input -> {
      List<CodeBlock> list = byParameter.get(input.name());
      if (list != null && !input.isArtifact() && input.source() instanceof InputSource.Caller) {
        CodeBlock codec = codecs.codec(input.type());
        if (!list.contains(codec)) {
          list.add(codec);
        }
      }
    }));
    if (byParameter.isEmpty()) {
      return List.of();
    }
    ParameterSpec parameter = ParameterSpec.builder(String.class, variables.unique("parameter")).build();
    Dispatch cases = new Dispatch("parameterCodecs", ParameterizedTypeName.get(ClassName.get(List.class), CodecPlan.ANY_CODEC),
        List.of(parameter), CodeBlock.of("return $T.of()", List.class));
    for (Map.Entry<String, List<CodeBlock>> entry : byParameter.entrySet()) {
      cases.add(CodeBlock.of("$S", entry.getKey()), 1 + entry.getValue().size(),
          CodeBlock.of("return $T.of($L)", List.class, CodeBlock.join(entry.getValue(), ",$W")));
    }
    return cases.methods(Modifier.PUBLIC, false);
  }

  /** How the runner builds, reads and describes each record type it has a codec for. */
  private static List<MethodSpec> recordMethods(CodecPlan codecs, UniqueNames variables) {
    List<CodecPlan.RecordType> records = codecs.records();
    if (records.isEmpty()) {
      return List.of();
    }
    ParameterSpec type = ParameterSpec.builder(TypeName.INT, variables.unique("type")).build();
    ParameterSpec values = ParameterSpec.builder(Object[].class, variables.unique("c")).build();
    ParameterSpec record = ParameterSpec.builder(Object.class, variables.unique("r")).build();
    Dispatch create = new Dispatch("create", TypeName.OBJECT, List.of(type, values),
        CodeBlock.of("return super.create($N, $N)", type, values));
    Dispatch components = new Dispatch("components", ArrayTypeName.of(Object.class), List.of(type, record),
        CodeBlock.of("return super.components($N, $N)", type, record));
    Dispatch componentCodecs = new Dispatch("codecs", ArrayTypeName.of(CodecPlan.ANY_CODEC), List.of(type),
        CodeBlock.of("return super.codecs($N)", type));
    for (int number = 0; number < records.size(); number++) {
      CodecPlan.RecordType recordType = records.get(number);
      List<CodeBlock> casts = new ArrayList<>();
      List<CodeBlock> reads = new ArrayList<>();
      List<CodeBlock> types = new ArrayList<>();
      int index = 0;
      for (JsonShape.Component component : recordType.shape().components()) {
        casts.add(CodeBlock.of("($T) $N[$L]", component.type().typeName(), values, index++));
        reads.add(CodeBlock.of("(($T) $N).$N()", recordType.type(), record, component.name()));
        types.add(codecs.codec(component.type()));
      }
      CodeBlock label = CodeBlock.of("$L", number);
      int weight = 1 + index;
      create.add(label, weight, CodeBlock.of("return new $T($L)", recordType.type(), CodeBlock.join(casts, ",$W")));
      components.add(label, weight, CodeBlock.of("return new $T[] {$L}", Object.class, CodeBlock.join(reads, ",$W")));
      componentCodecs.add(label, weight, CodeBlock.of("return new $T[] {$L}", CodecPlan.ANY_CODEC, CodeBlock.join(types, ",$W")));
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.addAll(create.methods(Modifier.PROTECTED, false));
    methods.addAll(components.methods(Modifier.PROTECTED, false));
    methods.addAll(componentCodecs.methods(Modifier.PROTECTED, false));
    return methods;
  }
}
