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

  /** At most this many cases in one switch over parameter names: a few KB of bytecode. */
  private static final int CASES_PER_METHOD = 400;

  private RunnerWriter() {}

  public static JavaFile runner(WorkflowModel workflow, javax.lang.model.element.Element origin) {
    CodecPlan codecs = new CodecPlan();
    ClassName runner = workflow.runnerName();
    CodeBlock.Builder dispatch = CodeBlock.builder().beginControlFlow("switch (step)");
    List<String> stepNames = new ArrayList<>();
    List<MethodSpec> stepMethods = new ArrayList<>();
    Set<String> methodNames = new HashSet<>(RESERVED_METHOD_NAMES);
    for (ScriptModel script : workflow.scripts()) {
      stepNames.add(script.name().value());
      if (!script.runsJava()) {
        dispatch.add(notJava(script));
        continue;
      }
      // One method per step: a workflow's size never adds up in one method (javac's 64 KB limit).
      MethodSpec method = stepMethod(workflow, script, codecs, uniqueName(script, methodNames));
      stepMethods.add(method);
      dispatch.add("case $S:\n$>return $N(inputs);\n$<", script.name().value(), method);
    }
    dispatch
        .add("default:\n$>throw new $T($S + step);\n$<", IllegalArgumentException.class, "no step named ")
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
                ParameterizedTypeName.get(List.class, String.class), "STEPS",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, quoted(stepNames))
            .build();

    TypeSpec type =
        TypeSpec.classBuilder(runner)
            .addJavadoc(
                "Runs the steps of {@link $T} in their containers: {@code java $T STEP INPUTS-FILE}.\n",
                workflow.className(), runner)
            .addAnnotation(
                AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", "dev.jera.processor.JeraProcessor")
                    .addMember("comments", "$S", "from " + workflow.className().canonicalName())
                    .build())
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "{$S, $S}", "unchecked", "rawtypes")
                    .build())
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
                    .addStatement("return STEPS")
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
                    .addStatement("int index = STEPS.indexOf(step)")
                    .addStatement("return index < 0 ? null : RESULT_CODECS[index]")
                    .build())
            .build();
    return JavaFile.builder(runner.packageName(), type)
        .addFileComment("Generated by Jera from $L. Do not edit.", workflow.className().canonicalName())
        .skipJavaLangImports(true)
        .build();
  }

  /** A step that runs a container's command or another workflow's template: its runner has no call. */
  private static CodeBlock notJava(ScriptModel script) {
    String runs = script.isContainer() ? "its container's command" : "a template defined elsewhere";
    return CodeBlock.builder()
        .add("case $S:\n$>", script.name().value())
        .addStatement(
            "throw new $T($S)", UnsupportedOperationException.class,
            "step '" + script.name().value() + "' runs " + runs + ", not Java")
        .add("$<")
        .build();
  }

  /** {@code run} + the step's name in camel case ({@code load-rates}: {@code runLoadRates}), unique. */
  private static String uniqueName(ScriptModel script, Set<String> taken) {
    StringBuilder name = new StringBuilder("run");
    for (String part : script.name().value().split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    String unique = name.toString();
    for (int i = 2; !taken.add(unique); i++) {
      unique = name + "_" + i;
    }
    return unique;
  }

  /**
   * The method that runs one script: each input decoded into a local of its own type, then the call.
   * Locals rather than nested calls keep javac's type inference cheap, which matters for big projects.
   */
  private static MethodSpec stepMethod(WorkflowModel workflow, ScriptModel script, CodecPlan codecs, String name) {
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (InputModel input : script.inputs()) {
      String local = localName(input.name());
      CodeBlock value = input.isArtifact() ? CodeBlock.of("inputs.artifact($S)", input.name()) : decode(input, codecs);
      body.addStatement("$T $N = $L", input.type().typeName(), local, value);
      arguments.add(CodeBlock.of("$N", local));
    }
    CodeBlock argumentList = CodeBlock.join(arguments, ", ");
    CodeBlock target =
        script.isStatic()
            ? CodeBlock.of("$T.$N($L)", workflow.className(), script.methodName(), argumentList)
            : CodeBlock.of("new $T().$N($L)", workflow.className(), script.methodName(), argumentList);
    if (script.returns().isVoid()) {
      body.addStatement("$L", target).addStatement("return null");
    } else if (script.returnsArtifact()) {
      body.addStatement("$T result = $L", script.returns().typeName(), target);
      body.addStatement("return inputs.storeArtifact(result)");
    } else {
      body.addStatement("$T result = $L", script.returns().typeName(), target);
      // Argo builds a fan-in from each run's result as JSON, so a fanned-out String is quoted.
      body.addStatement("return $T.$L(result, $L)", RESULTS, script.fansOut() ? "ofElement" : "of", codecs.codec(script.returns()));
    }
    return MethodSpec.methodBuilder(name)
        .addJavadoc("Step {@code $L}: {@link $T#$L}.\n", script.name().value(), workflow.className(), script.methodName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(STEP_INPUTS, "inputs")
        .addException(Throwable.class)
        .addCode(body.build())
        .build();
  }

  /** A user's parameter name, unless it is one the generated method uses itself. */
  private static String localName(String name) {
    return name.equals("step") || name.equals("inputs") || name.equals("result") ? name + "_" : name;
  }

  private static CodeBlock decode(InputModel input, CodecPlan codecs) {
    InputSource source = input.source();
    if (source instanceof InputSource.Secret) {
      SecretModel secret = ((InputSource.Secret) source).secret();
      return CodeBlock.of("inputs.secret($S, $S)", secret.name().value(), secret.key().value());
    }
    return CodeBlock.of("inputs.value($S, $L)", input.name(), codecs.codec(input.type()));
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
      body.add("case $S:\n$>return $T.of($L);\n$<", entry.getKey(), List.class, CodeBlock.join(entry.getValue(), ", "));
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
    return FieldSpec.builder(ArrayTypeName.of(codec), "RESULT_CODECS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", CodeBlock.join(byStep, ", "))
        .build();
  }

  private static String quoted(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String value : values) {
      quoted.add(CodeBlock.of("$S", value).toString());
    }
    return String.join(", ", quoted);
  }
}
