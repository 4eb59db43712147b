package dev.jera.processor.emit;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.jera.processor.emit.RunnerPlan.Codec;
import dev.jera.processor.emit.RunnerPlan.CodecField;
import dev.jera.processor.emit.RunnerPlan.CodecInit;
import dev.jera.processor.emit.RunnerPlan.ComponentOutput;
import dev.jera.processor.emit.RunnerPlan.Outcome;
import dev.jera.processor.emit.RunnerPlan.Read;
import dev.jera.processor.emit.RunnerPlan.StepCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes a workflow's runner as Java source ({@code -Ajera.runners=source}, or where the compiler's Filer
 * takes no class files): a class whose {@code main} runs one step in its container, calling the script
 * method directly, with a codec per type decided at compile time (no reflection).
 *
 * <p>The runner extends {@code StepTable}, which holds what all runners share. What is generated is what
 * must be compiled for each workflow, written for javac to compile cheaply: the steps' names and kinds, and
 * per step one method of one statement that casts each decoded input to its parameter's type and calls the
 * script. No generic call to infer per input (javac's costliest kind of expression), no anonymous class
 * per record, no string switch.
 */
public final class RunnerWriter {
  /** Spaces at a line's end: JavaPoet leaves the one of {@code " = "} where it wraps an initializer. */
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t]+$", Pattern.MULTILINE);

  /** The longest part of a long string literal, so that its lines stay within JavaPoet's 100 columns. */
  private static final int LITERAL_PART = 60;

  /** Who a runner's {@code @Generated} names: how a runner source of an earlier build is known ({@link #wrote}). */
  private static final String PROCESSOR = "dev.jera.processor.JeraProcessor";

  /** What the letters of a runner's kinds mean, for its constructor's comment. */
  private static final String KINDS =
      "v a value, e one element of a fan-out, - nothing, f a file,\nc a container's command, t a template elsewhere";

  private RunnerWriter() {}

  /** The text of the runner {@code plan} describes, as it is written into the compilation. */
  public static String source(RunnerPlan plan, Element origin) {
    // No string literal of the runner spans lines ($S escapes line breaks), so this changes no value.
    return TRAILING_SPACES.matcher(runner(plan, origin).toString()).replaceAll("");
  }

  /** Whether {@code type} is a runner this writer wrote as source (in an earlier build, among this one's sources). */
  public static boolean wrote(TypeElement type) {
    return type.getAnnotationMirrors().stream().anyMatch(mirror ->
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(RunnerPlanner.GENERATED.canonicalName())
            && mirror.getElementValues().values().stream().anyMatch(value -> value.getValue().toString().contains(PROCESSOR)));
  }

  private static JavaFile runner(RunnerPlan plan, Element origin) {
    // The variables the runner's code declares take no name its expressions use.
    UniqueNames variables = new UniqueNames(plan.typeNames());
    ClassName runner = plan.runner();
    ParameterSpec step = ParameterSpec.builder(TypeName.INT, variables.unique("step")).build();
    ParameterSpec inputs = ParameterSpec.builder(RunnerPlanner.STEP_INPUTS, variables.unique("inputs")).build();

    Dispatch calls = new Dispatch("call", TypeName.OBJECT, List.of(step, inputs),
        CodeBlock.of("throw new $T($S + $N)", IllegalArgumentException.class, "no step number ", step));
    List<MethodSpec> stepMethods = new ArrayList<>();
    for (StepCall call : plan.calls()) {
      MethodSpec method = stepMethod(call, inputs);
      stepMethods.add(method);
      calls.add(CodeBlock.of("$L", call.index()), 1, CodeBlock.of("return $N($N)", method, inputs));
    }
    List<CodeBlock> stepNames = new ArrayList<>();
    plan.steps().forEach(name -> stepNames.add(CodeBlock.of("$S", name)));
    List<CodeBlock> results = new ArrayList<>();
    plan.results().forEach(codec -> results.add(codec.map(RunnerWriter::codec).orElse(CodeBlock.of("null"))));
    List<MethodSpec> parameterCodecs = parameterCodecs(plan, variables);
    List<MethodSpec> recordMethods = recordMethods(plan, variables);
    String args = variables.unique("args");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(runner)
            .addJavadoc(
                "Runs the steps of {@link $T} in their containers:\n{@code java $T STEP INPUTS-FILE}.\n",
                plan.workflow(), runner)
            .addAnnotation(
                AnnotationSpec.builder(RunnerPlanner.GENERATED)
                    .addMember("value", "$S", PROCESSOR)
                    .addMember("comments", "$S", "from " + plan.workflow().canonicalName())
                    .build());
    if (plan.unchecked()) {
      // Only what the code draws: ecj warns about a token that suppresses nothing.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    List<FieldSpec> fields = new ArrayList<>();
    plan.fields().forEach(field -> fields.add(field(field)));
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(origin)
        .superclass(RunnerPlanner.STEP_TABLE)
        .addFields(fields)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The steps and what each gives back:\n$L.\n", KINDS)
                .addStatement("super(new $T[] {$L},$W$L)", String.class, CodeBlock.join(stepNames, ",$W"),
                    inParts(plan.kinds()))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("main")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, args)
                .addStatement("$T.main(new $T(), $N)", RunnerPlanner.RUNNER_MAIN, runner, args)
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
        .addFileComment("Generated by Jera from $L. Do not edit.", plan.workflow().canonicalName())
        .skipJavaLangImports(true)
        .build();
  }

  /** A string literal cut into a concatenation of parts, so a long one can wrap within 100 columns. */
  private static CodeBlock inParts(CharSequence text) {
    List<CodeBlock> parts = new ArrayList<>();
    for (int start = 0; start < text.length() || parts.isEmpty(); start += LITERAL_PART) {
      parts.add(CodeBlock.of("$S", text.subSequence(start, Math.min(text.length(), start + LITERAL_PART))));
    }
    return CodeBlock.join(parts, "$W+ ");
  }

  /** The method that runs one script: one statement, the call, each input decoded and cast in its place. */
  private static MethodSpec stepMethod(StepCall call, ParameterSpec inputs) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (Read read : call.reads()) {
      arguments.add(read(read, inputs));
    }
    CodeBlock argumentList = CodeBlock.join(arguments, ",$W");
    CodeBlock target =
        call.isStatic()
            ? CodeBlock.of("$T.$N($L)", call.owner(), call.javaMethod(), argumentList)
            : CodeBlock.of("new $T().$N($L)", call.owner(), call.javaMethod(), argumentList);
    MethodSpec.Builder method = MethodSpec.methodBuilder(call.method())
        .addJavadoc("$L {@code $L}: {@link $T#$L}.\n", call.template() ? "Template" : "Step",
            call.step(), call.owner(), call.javaMethod())
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addParameter(inputs)
        .addException(Throwable.class);
    Outcome outcome = call.outcome();
    if (outcome instanceof Outcome.File file) {
      method.addStatement("$N.storeArtifact($S,$W$L)", inputs, file.name(), file(file.optional(), target))
          .addStatement("return null");
    } else if (outcome instanceof Outcome.Outputs outputs) {
      leaveOutputs(method, call, outputs, target, inputs);
    } else if (outcome instanceof Outcome.Nothing) {
      method.addStatement("$L", target).addStatement("return null");
    } else {
      method.addStatement("return $L", target);
    }
    return method.build();
  }

  /** Calls the method, then leaves the value and its record's components as the outputs say. */
  private static void leaveOutputs(
      MethodSpec.Builder method, StepCall call, Outcome.Outputs outputs, CodeBlock target, ParameterSpec inputs) {
    String value = "value";
    method.addStatement("$T $N = $L", call.returns(), value, target);
    outputs.whole().ifPresent(output -> method.addStatement(
        "output($N, $S,$W$N, $L)", inputs, output.name(), value, codec(output.codec())));
    if (!outputs.components().isEmpty()) {
      method.beginControlFlow("if ($N != null)", value);
      for (ComponentOutput output : outputs.components()) {
        CodeBlock read = CodeBlock.of("$N.$N()", value, output.accessor());
        if (output.file()) {
          method.addStatement("$N.storeArtifact($S,$W$L)", inputs, output.name(), file(output.optionalFile(), read));
        } else {
          method.addStatement("output($N, $S,$W$L, $L)", inputs, output.name(), read, codec(output.codec().orElseThrow()));
        }
      }
      method.endControlFlow();
    }
    method.addStatement(outputs.returnsValue() ? CodeBlock.of("return $N", value) : CodeBlock.of("return null"));
  }

  /** The file an output leaves: the {@code Path}, or what an {@code Optional<Path>} holds ({@code null}: none). */
  private static CodeBlock file(boolean optional, CodeBlock value) {
    return optional ? CodeBlock.of("$L.orElse(null)", value) : value;
  }

  private static CodeBlock read(Read read, ParameterSpec inputs) {
    if (read instanceof Read.Secret secret) {
      return CodeBlock.of("$N.secret($S,$W$S)", inputs, secret.secret(), secret.key());
    }
    if (read instanceof Read.File file) {
      return file.optional()
          ? CodeBlock.of("$N.optionalArtifact($S)", inputs, file.name())
          : CodeBlock.of("$N.artifact($S)", inputs, file.name());
    }
    if (read instanceof Read.Text text) {
      return CodeBlock.of("$N.raw($S)", inputs, text.name());
    }
    Read.Decoded decoded = (Read.Decoded) read;
    return CodeBlock.of("($T) $N.decoded($S,$W$L)", decoded.type(), inputs, decoded.name(), codec(decoded.codec()));
  }

  /** The expression of a codec. */
  private static CodeBlock codec(Codec codec) {
    if (codec instanceof Codec.Standard standard) {
      return CodeBlock.of("$T.$L", CodecPlan.CODECS, standard.constant());
    }
    return CodeBlock.of("$N", ((Codec.Field) codec).name());
  }

  private static FieldSpec field(CodecField field) {
    return FieldSpec.builder(ParameterizedTypeName.get(CodecPlan.JSON_CODEC, field.type()), field.name(), Modifier.PRIVATE,
            Modifier.FINAL)
        // A codec's declaration and initializer are long: the initializer may start a line of its own.
        .initializer("$Z$L", initializer(field.init()))
        .build();
  }

  private static CodeBlock initializer(CodecInit init) {
    if (init instanceof CodecInit.RecordOf record) {
      return CodeBlock.of("record($S,$W$L,$W$L)", record.display(), wrappable(record.components()), record.number());
    }
    if (init instanceof CodecInit.EnumerationOf enumeration) {
      return CodeBlock.of("$T.enumeration($S, $T.values())", CodecPlan.CODECS, enumeration.display(), enumeration.type());
    }
    if (init instanceof CodecInit.OptionalOf optional) {
      return CodeBlock.of("$T.optional($L)", CodecPlan.CODECS, codec(optional.value()));
    }
    if (init instanceof CodecInit.CollectionOf collection) {
      return CodeBlock.of("$T.collection($S,$W$L,$W$T.$L)", CodecPlan.CODECS, collection.display(),
          codec(collection.element()), CodecPlan.CONTAINERS, collection.container());
    }
    if (init instanceof CodecInit.MapOf map) {
      return CodeBlock.of("$T.map($S,$W$L,$W$L,$W$T.$L)", CodecPlan.CODECS, map.display(), codec(map.key()),
          codec(map.value()), CodecPlan.CONTAINERS, map.container());
    }
    if (init instanceof CodecInit.ArrayOf array) {
      if (array.elementType() instanceof ParameterizedTypeName generic) {
        // No array of a parameterized type can be created: one of wildcards, cast, stands for it. A raw one
        // draws javac's rawtypes warning, and suppressing that draws ecj's warning of a needless token.
        String wildcards = String.join(", ", Collections.nCopies(generic.typeArguments.size(), "?"));
        return CodeBlock.of("$T.array($L,$W($T[]) new $T<$L>[0])", CodecPlan.CODECS, codec(array.element()), generic,
            generic.rawType, wildcards);
      }
      return CodeBlock.of("$T.array($L,$Wnew $T[0])", CodecPlan.CODECS, codec(array.element()), array.elementType());
    }
    CodecInit.DatabindOf databind = (CodecInit.DatabindOf) init;
    return CodeBlock.of("$T.databind($S,$Wnew $T<$T>() {})", CodecPlan.CODECS, databind.display(),
        CodecPlan.TYPE_REFERENCE, databind.type());
  }

  /** A string literal, cut into a concatenation of parts at commas when it is long, so its lines can wrap. */
  private static CodeBlock wrappable(String text) {
    List<CodeBlock> parts = new ArrayList<>();
    int start = 0;
    while (text.length() - start > LITERAL_PART) {
      int cut = text.lastIndexOf(',', start + LITERAL_PART);
      cut = cut <= start ? text.indexOf(',', start + LITERAL_PART) : cut;
      if (cut < 0) {
        break;
      }
      parts.add(CodeBlock.of("$S", text.substring(start, cut + 1)));
      start = cut + 1;
    }
    parts.add(CodeBlock.of("$S", text.substring(start)));
    return CodeBlock.join(parts, "$W+ ");
  }

  /** For each workflow parameter, the codecs of the script parameters that take it; nothing without parameters. */
  private static List<MethodSpec> parameterCodecs(RunnerPlan plan, UniqueNames variables) {
    if (plan.parameterCodecs().isEmpty()) {
      return List.of();
    }
    ParameterSpec parameter = ParameterSpec.builder(String.class, variables.unique("parameter")).build();
    Dispatch cases = new Dispatch("parameterCodecs", ParameterizedTypeName.get(ClassName.get(List.class), CodecPlan.ANY_CODEC),
        List.of(parameter), CodeBlock.of("return $T.of()", List.class));
    for (Map.Entry<String, List<Codec>> entry : plan.parameterCodecs().entrySet()) {
      List<CodeBlock> codecs = new ArrayList<>();
      entry.getValue().forEach(codec -> codecs.add(codec(codec)));
      cases.add(CodeBlock.of("$S", entry.getKey()), 1 + codecs.size(),
          CodeBlock.of("return $T.of($L)", List.class, CodeBlock.join(codecs, ",$W")));
    }
    return cases.methods(Modifier.PUBLIC, false);
  }

  /** How the runner builds, reads and describes each record type it has a codec for. */
  private static List<MethodSpec> recordMethods(RunnerPlan plan, UniqueNames variables) {
    List<RunnerPlan.RecordType> records = plan.records();
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
      RunnerPlan.RecordType recordType = records.get(number);
      List<CodeBlock> casts = new ArrayList<>();
      List<CodeBlock> reads = new ArrayList<>();
      List<CodeBlock> types = new ArrayList<>();
      int index = 0;
      for (RunnerPlan.Component component : recordType.components()) {
        casts.add(CodeBlock.of("($T) $N[$L]", component.type(), values, index++));
        reads.add(CodeBlock.of("(($T) $N).$N()", recordType.type(), record, component.name()));
        types.add(codec(component.codec()));
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
