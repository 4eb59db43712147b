package dev.jera.processor.emit;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A method of a runner that is one switch whose cases return: the step a runner calls, the record it builds,
 * the codecs of a parameter. When its cases would make one method large they are split over a chain of
 * methods, each handing what it has no case for to the next, so a runner compiles however large its workflow
 * (javac refuses a method of over 64 KB of bytecode).
 */
final class Dispatch {
  /** The weight of the cases of one method: about one value (an argument, an element) each, a few bytes. */
  static final int WEIGHT_PER_METHOD = 2000;

  private record Case(CodeBlock label, CodeBlock statement) {}

  private final String name;
  private final TypeName returns;
  private final List<ParameterSpec> parameters;
  private final CodeBlock otherwise;
  private final List<List<Case>> chunks = new ArrayList<>();
  private int weight;

  /**
   * @param name the method's name; the rest of the chain are {@code name1}, {@code name2}, ...
   * @param parameters the first is what the switch is on
   * @param otherwise the statement of the last default
   */
  Dispatch(String name, TypeName returns, List<ParameterSpec> parameters, CodeBlock otherwise) {
    this.name = name;
    this.returns = returns;
    this.parameters = List.copyOf(parameters);
    this.otherwise = otherwise;
    chunks.add(new ArrayList<>());
  }

  /** A case: {@code label} (a constant), its weight, and the statement that returns. */
  Dispatch add(CodeBlock label, int caseWeight, CodeBlock statement) {
    if (weight + caseWeight > WEIGHT_PER_METHOD && !chunks.get(chunks.size() - 1).isEmpty()) {
      chunks.add(new ArrayList<>());
      weight = 0;
    }
    weight += caseWeight;
    chunks.get(chunks.size() - 1).add(new Case(label, statement));
    return this;
  }

  boolean isEmpty() {
    return chunks.get(0).isEmpty();
  }

  /** The methods: the first overrides its super's with {@code modifiers}, the rest are private. */
  List<MethodSpec> methods(Modifier modifier, boolean throwsThrowable) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterSpec parameter : parameters) {
      arguments.add(CodeBlock.of("$N", parameter));
    }
    List<MethodSpec> methods = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(i == 0 ? name : name + i).returns(returns).addParameters(parameters);
      if (i == 0) {
        method.addAnnotation(Override.class).addModifiers(modifier);
      } else {
        method.addModifiers(Modifier.PRIVATE);
      }
      if (throwsThrowable) {
        method.addException(Throwable.class);
      }
      CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($N)", parameters.get(0));
      for (Case c : chunks.get(i)) {
        body.add("case $L:\n$>", c.label()).addStatement("$L", c.statement()).add("$<");
      }
      body.add("default:\n$>");
      if (i + 1 < chunks.size()) {
        body.addStatement("return $N($L)", name + (i + 1), CodeBlock.join(arguments, ", "));
      } else {
        body.addStatement("$L", otherwise);
      }
      methods.add(method.addCode(body.add("$<").endControlFlow().build()).build());
    }
    return methods;
  }
}
