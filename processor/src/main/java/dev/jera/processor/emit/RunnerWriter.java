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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates a workflow's runner: a class whose {@code main} runs one step in its container, calling
 * the script method directly, with a codec per type decided at compile time (no reflection).
 */
public final class RunnerWriter {
  private static final ClassName STEP_RUNNER = ClassName.get("dev.jera.runtime.runner", "StepRunner");
  private static final ClassName STEP_INPUTS = ClassName.get("dev.jera.runtime.runner", "StepInputs");
  private static final ClassName RUNNER_MAIN = ClassName.get("dev.jera.runtime.runner", "RunnerMain");
  private static final ClassName RESULTS = ClassName.get("dev.jera.runtime.runner", "Results");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RunnerWriter() {}

  public static JavaFile runner(WorkflowModel workflow, javax.lang.model.element.Element origin) {
    CodecPlan codecs = new CodecPlan();
    ClassName runner = workflow.runnerName();
    CodeBlock.Builder dispatch = CodeBlock.builder().beginControlFlow("switch (step)");
    List<String> stepNames = new ArrayList<>();
    for (ScriptModel script : workflow.scripts()) {
      stepNames.add(script.name().value());
      dispatch.add(call(workflow, script, codecs));
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
    MethodSpec parameterCodecs = parameterCodecs(workflow, codecs);
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
            .addMethod(parameterCodecs)
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

  /**
   * The call of one script: each input decoded into a local of its own type, then the call. Locals
   * rather than nested calls keep javac's type inference cheap, which matters for big projects.
   */
  private static CodeBlock call(WorkflowModel workflow, ScriptModel script, CodecPlan codecs) {
    if (!script.runsJava()) {
      String runs = script.isContainer() ? "its container's command" : "a template defined elsewhere";
      return CodeBlock.builder()
          .add("case $S:\n$>", script.name().value())
          .addStatement(
              "throw new $T($S)", UnsupportedOperationException.class,
              "step '" + script.name().value() + "' runs " + runs + ", not Java")
          .add("$<")
          .build();
    }
    CodeBlock.Builder body = CodeBlock.builder().add("case $S: {\n$>", script.name().value());
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
    return body.add("$<}\n").build();
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
  private static MethodSpec parameterCodecs(WorkflowModel workflow, CodecPlan codecs) {
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
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (parameter)");
    for (Map.Entry<String, List<CodeBlock>> entry : byParameter.entrySet()) {
      body.add("case $S:\n$>return $T.of($L);\n$<", entry.getKey(), List.class, CodeBlock.join(entry.getValue(), ", "));
    }
    body.add("default:\n$>return $T.of();\n$<", List.class).endControlFlow();
    return MethodSpec.methodBuilder("parameterCodecs")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(
            ParameterizedTypeName.get(
                ClassName.get(List.class),
                ParameterizedTypeName.get(CodecPlan.JSON_CODEC, WildcardTypeName.subtypeOf(Object.class))))
        .addParameter(String.class, "parameter")
        .addCode(body.build())
        .build();
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
