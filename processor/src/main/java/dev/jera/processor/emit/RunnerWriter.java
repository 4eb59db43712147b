package dev.jera.processor.emit;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretModel;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates a workflow's runner: a class whose {@code main} runs one step in its container, calling
 * the script method directly, with a codec per type decided at compile time (no reflection).
 */
public final class RunnerWriter {
  private static final ClassName STEP_RUNNER = ClassName.get("dev.jera.runner", "StepRunner");
  private static final ClassName STEP_INPUTS = ClassName.get("dev.jera.runner", "StepInputs");
  private static final ClassName RUNNER_MAIN = ClassName.get("dev.jera.runner", "RunnerMain");
  private static final ClassName RESULTS = ClassName.get("dev.jera.runner", "Results");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The runner's own methods, which no step method may be named. */
  private static final Set<String> RESERVED_METHOD_NAMES = Set.of("main", "steps", "run", "parameterCodecs", "resultCodec");

  /** The runner's own fields, which no codec field may be named. */
  private static final String STEPS_FIELD = "STEPS";
  private static final String RESULT_CODECS_FIELD = "RESULT_CODECS";

  /** The names a step method declares itself: its parameter and the result. */
  private static final String INPUTS = "inputs";
  private static final String RESULT = "result";

  /** At most this many cases in one switch over parameter names: a few KB of bytecode. */
  private static final int CASES_PER_METHOD = 400;

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
    Set<String> typeNames = typeNamesInCode(workflow);
    Set<String> fieldsReserved = new HashSet<>(typeNames);
    fieldsReserved.add(STEPS_FIELD);
    fieldsReserved.add(RESULT_CODECS_FIELD);
    CodecPlan codecs = new CodecPlan(fieldsReserved);
    ClassName runner = workflow.runnerName();
    CodeBlock.Builder dispatch = CodeBlock.builder().beginControlFlow("switch (step)");
    List<String> stepNames = new ArrayList<>();
    List<MethodSpec> stepMethods = new ArrayList<>();
    UniqueNames methodNames = new UniqueNames(RESERVED_METHOD_NAMES);
    for (ScriptModel script : workflow.scripts()) {
      // Every step is listed, so a test can stub a container step by name; only Java steps get a case.
      stepNames.add(script.name().value());
      if (!script.runsJava()) {
        continue;
      }
      // One method per step: a workflow's size never adds up in one method (javac's 64 KB limit).
      MethodSpec method = stepMethod(workflow, script, codecs, typeNames, methodNames.unique(methodName(script)));
      stepMethods.add(method);
      dispatch.add("case $S:\n$>return $N(inputs);\n$<", script.name().value(), method);
    }
    // RunnerMain refuses names that are not steps, so what reaches here is a step that runs no Java.
    dispatch
        .add("default:\n$>throw new $T($S + step$W+ $S);\n$<", IllegalArgumentException.class,
            "step '", "' runs no Java: a container's command or a template defined elsewhere")
        .endControlFlow();

    MethodSpec run =
        MethodSpec.methodBuilder("run")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(String.class, "step")
            .addParameter(STEP_INPUTS, "inputs")
            .addException(Throwable.class)
            .addCode(dispatch.build())
            .build();
    List<MethodSpec> parameterCodecs = parameterCodecs(workflow, codecs);
    FieldSpec resultCodecs = resultCodecs(workflow, codecs);

    FieldSpec steps =
        FieldSpec.builder(
                ParameterizedTypeName.get(List.class, String.class), STEPS_FIELD,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, quoted(stepNames))
            .build();

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
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", warnings.size() == 1 ? "$L" : "{$L}", quoted(warnings))
              .build());
    }
    type
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(origin)
            .addSuperinterface(STEP_RUNNER)
            .addField(steps)
            .addFields(codecs.fields())
            .addField(resultCodecs)
            .addMethod(
                MethodSpec.methodBuilder("main")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(String[].class, "args")
                    .addStatement("$T.main(new $T(), args)", RUNNER_MAIN, runner)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("steps")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(List.class, String.class))
                    .addStatement("return $N", STEPS_FIELD)
                    .build())
            .addMethod(run)
            .addMethods(stepMethods)
            .addMethods(parameterCodecs)
            .addMethod(
                MethodSpec.methodBuilder("resultCodec")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(CodecPlan.JSON_CODEC, WildcardTypeName.subtypeOf(Object.class)))
                    .addParameter(String.class, "step")
                    .addStatement("int index = $N.indexOf(step)", STEPS_FIELD)
                    .addStatement("return index < 0 ? null : $N[index]", RESULT_CODECS_FIELD)
                    .build());
    return JavaFile.builder(runner.packageName(), type.build())
        .addFileComment("Generated by Jera from $L. Do not edit.", workflow.className().canonicalName())
        .skipJavaLangImports(true)
        .build();
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

  /**
   * The method that runs one script: each input decoded into a local of its own type, then the call.
   * Locals rather than nested calls keep javac's type inference cheap, which matters for big projects.
   */
  private static MethodSpec stepMethod(
      WorkflowModel workflow, ScriptModel script, CodecPlan codecs, Set<String> typeNames, String name) {
    // The codecs first: a local must not take the name of a codec field the method reads.
    List<CodeBlock> values = new ArrayList<>();
    for (InputModel input : script.inputs()) {
      values.add(input.isArtifact() ? CodeBlock.of("$N.artifact($S)", INPUTS, input.name()) : decode(input, codecs));
    }
    boolean returnsValue = !script.returns().isVoid() && !script.returnsArtifact();
    CodeBlock resultCodec = returnsValue ? codecs.codec(script.returns()) : null;
    Set<String> reserved = new HashSet<>(typeNames);
    reserved.addAll(codecs.fieldNames());
    reserved.add(INPUTS);
    reserved.add(RESULT);
    UniqueNames locals = new UniqueNames(reserved);
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      InputModel input = script.inputs().get(i);
      String local = locals.unique(input.name());
      body.addStatement("$T $N = $L", input.type().typeName(), local, values.get(i));
      arguments.add(CodeBlock.of("$N", local));
    }
    CodeBlock argumentList = CodeBlock.join(arguments, ",$W");
    CodeBlock target =
        script.isStatic()
            ? CodeBlock.of("$T.$N($L)", workflow.className(), script.methodName(), argumentList)
            : CodeBlock.of("new $T().$N($L)", workflow.className(), script.methodName(), argumentList);
    if (script.returns().isVoid()) {
      body.addStatement("$L", target).addStatement("return null");
    } else if (script.returnsArtifact()) {
      body.addStatement("$T $N = $L", script.returns().typeName(), RESULT, target);
      body.addStatement("return $N.storeArtifact($N)", INPUTS, RESULT);
    } else {
      body.addStatement("$T $N = $L", script.returns().typeName(), RESULT, target);
      // Argo builds a fan-in from each run's result as JSON, so a fanned-out String is quoted.
      body.addStatement(
          "return $T.$L($N,$W$L)", RESULTS, script.fansOut() ? "ofElement" : "of", RESULT, resultCodec);
    }
    return MethodSpec.methodBuilder(name)
        .addJavadoc("Step {@code $L}: {@link $T#$L}.\n", script.name().value(), workflow.className(), script.methodName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(STEP_INPUTS, INPUTS)
        .addException(Throwable.class)
        .addCode(body.build())
        .build();
  }

  /**
   * The names of the types the runner's code may name in an expression, which no field or local may
   * take: the workflow class, the runtime's classes, and every type a step reads or returns.
   */
  private static Set<String> typeNamesInCode(WorkflowModel workflow) {
    TypeNamesInCode names = new TypeNamesInCode().add(workflow.className());
    for (ClassName runtime : List.of(STEP_RUNNER, STEP_INPUTS, RUNNER_MAIN, RESULTS, GENERATED, CodecPlan.CODECS,
        CodecPlan.CONTAINERS, CodecPlan.JSON_CODEC, CodecPlan.RECORD_SHAPE, CodecPlan.TYPE_REFERENCE,
        ClassName.get(List.class))) {
      names.add(runtime);
    }
    for (ScriptModel script : workflow.scripts()) {
      script.inputs().forEach(input -> names.add(input.type()));
      names.add(script.returns());
    }
    return names.names();
  }

  private static CodeBlock decode(InputModel input, CodecPlan codecs) {
    InputSource source = input.source();
    if (source instanceof InputSource.Secret) {
      SecretModel secret = ((InputSource.Secret) source).secret();
      return CodeBlock.of("$N.secret($S,$W$S)", INPUTS, secret.name().value(), secret.key().value());
    }
    return CodeBlock.of("$N.value($S,$W$L)", INPUTS, input.name(), codecs.codec(input.type()));
  }

  /** For each workflow parameter, the codecs of the script parameters that take it. */
  private static List<MethodSpec> parameterCodecs(WorkflowModel workflow, CodecPlan codecs) {
    Map<String, List<CodeBlock>> byParameter = new LinkedHashMap<>();
    for (ParamModel param : workflow.params()) {
      byParameter.put(param.name().value(), new ArrayList<>());
    }
    for (ScriptModel script : workflow.scripts()) {
      for (InputModel input : script.inputs()) {
        InputSource source = input.source();
        if (source instanceof InputSource.Parameter && !input.isArtifact()) {
          String name = ((InputSource.Parameter) source).name().value();
          List<CodeBlock> list = byParameter.get(name);
          CodeBlock codec = codecs.codec(input.type());
          if (list != null && list.stream().noneMatch(codec::equals)) {
            list.add(codec);
          }
        }
      }
    }
    TypeName listOfCodecs =
        ParameterizedTypeName.get(
            ClassName.get(List.class),
            ParameterizedTypeName.get(CodecPlan.JSON_CODEC, WildcardTypeName.subtypeOf(Object.class)));
    MethodSpec.Builder method = MethodSpec.methodBuilder("parameterCodecs")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(listOfCodecs)
        .addParameter(String.class, "parameter");
    List<Map.Entry<String, List<CodeBlock>>> cases = new ArrayList<>(byParameter.entrySet());
    if (cases.size() <= CASES_PER_METHOD) {
      return List.of(method.addCode(parameterSwitch(cases, CodeBlock.of("$T.of()", List.class))).build());
    }
    // Very many parameters: a switch per slice, each method well within javac's 64 KB.
    List<MethodSpec> methods = new ArrayList<>();
    CodeBlock.Builder body = CodeBlock.builder();
    for (int from = 0; from < cases.size(); from += CASES_PER_METHOD) {
      MethodSpec slice = MethodSpec.methodBuilder("parameterCodecs" + methods.size())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(listOfCodecs)
          .addParameter(String.class, "parameter")
          .addCode(parameterSwitch(cases.subList(from, Math.min(cases.size(), from + CASES_PER_METHOD)), CodeBlock.of("null")))
          .build();
      if (from == 0) {
        body.addStatement("$T codecs = $N(parameter)", listOfCodecs, slice);
      } else {
        body.beginControlFlow("if (codecs == null)").addStatement("codecs = $N(parameter)", slice).endControlFlow();
      }
      methods.add(slice);
    }
    body.addStatement("return codecs == null ? $T.of() : codecs", List.class);
    methods.add(0, method.addCode(body.build()).build());
    return methods;
  }

  private static CodeBlock parameterSwitch(List<Map.Entry<String, List<CodeBlock>>> cases, CodeBlock otherwise) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (parameter)");
    for (Map.Entry<String, List<CodeBlock>> entry : cases) {
      body.add("case $S:\n$>return $T.of($L);\n$<", entry.getKey(), List.class, CodeBlock.join(entry.getValue(), ",$W"));
    }
    return body.add("default:\n$>return $L;\n$<", otherwise).endControlFlow().build();
  }

  /** The codec of each step's result, by step index; {@code null} for a void step. */
  private static FieldSpec resultCodecs(WorkflowModel workflow, CodecPlan codecs) {
    TypeName codec = ParameterizedTypeName.get(CodecPlan.JSON_CODEC, WildcardTypeName.subtypeOf(Object.class));
    List<CodeBlock> byStep = new ArrayList<>();
    for (ScriptModel script : workflow.scripts()) {
      boolean noResult = script.returns().isVoid() || script.returnsArtifact();
      byStep.add(noResult ? CodeBlock.of("null") : codecs.codec(script.returns()));
    }
    return FieldSpec.builder(ArrayTypeName.of(codec), RESULT_CODECS_FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", CodeBlock.join(byStep, ",$W"))
        .build();
  }

  /** String literals, with a place to wrap after each comma. */
  private static CodeBlock quoted(List<String> values) {
    List<CodeBlock> quoted = new ArrayList<>();
    for (String value : values) {
      quoted.add(CodeBlock.of("$S", value));
    }
    return CodeBlock.join(quoted, ",$W");
  }
}
