package dev.jera.processor.emit;

import com.squareup.javapoet.TypeName;
import dev.jera.processor.emit.RunnerPlan.Codec;
import dev.jera.processor.emit.RunnerPlan.CodecField;
import dev.jera.processor.emit.RunnerPlan.CodecInit;
import dev.jera.processor.emit.RunnerPlan.ComponentOutput;
import dev.jera.processor.emit.RunnerPlan.Outcome;
import dev.jera.processor.emit.RunnerPlan.Read;
import dev.jera.processor.emit.RunnerPlan.RecordType;
import dev.jera.processor.emit.RunnerPlan.StepCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes a workflow's runner as class files: the class {@link RunnerWriter} writes as source, compiled
 * here instead of by javac, so a build pays nothing to compile runners. The runner still calls each
 * script's method directly ({@code invokestatic}/{@code invokevirtual}), with the codecs decided at
 * compile time: no reflection. Codecs of types only Jackson's databind reads get the class a
 * {@code new TypeReference<T>() {}} would compile to ({@code Runner$1}, ...), carrying {@code T} in its
 * generic signature.
 *
 * <p>The writer states each stack map frame itself, where ASM would work them out by simulating every
 * instruction: a runner's code branches only at the top of a method (a switch, a chain of
 * {@code if (name.equals(...))}) and once after a record result is stored, so every branch target has the
 * method's own parameters as locals and an empty stack ({@link #sameFrame}), or those and the stored
 * record ({@link #leaveOutputs}). ASM only computes the maximum stack and locals.
 */
public final class RunnerClassWriter {
  /** A class file: its binary name ({@code com.acme.Etl_JeraRunner}) and bytes. */
  public record ClassFile(String binaryName, byte[] bytes) {}

  private static final String OBJECT = "java/lang/Object";
  private static final String STRING = "java/lang/String";
  private static final String STEP_TABLE = JvmTypes.internalName(RunnerPlanner.STEP_TABLE);
  private static final String STEP_INPUTS = JvmTypes.internalName(RunnerPlanner.STEP_INPUTS);
  private static final String CODECS = JvmTypes.internalName(CodecPlan.CODECS);
  private static final String CONTAINERS = JvmTypes.internalName(CodecPlan.CONTAINERS);
  private static final String JSON_CODEC = JvmTypes.internalName(CodecPlan.JSON_CODEC);
  private static final String TYPE_REFERENCE = JvmTypes.internalName(CodecPlan.TYPE_REFERENCE);
  private static final String CODEC = "L" + JSON_CODEC + ";";
  private static final String STRING_DESCRIPTOR = "L" + STRING + ";";
  private static final String PATH_DESCRIPTOR = "Ljava/nio/file/Path;";
  private static final String STORE_ARTIFACT = "(" + STRING_DESCRIPTOR + PATH_DESCRIPTOR + ")V";
  private static final String OUTPUT = "(L" + STEP_INPUTS + ";" + STRING_DESCRIPTOR + "Ljava/lang/Object;" + CODEC + ")V";
  /** The class file version of Java 17, the release Jera's users compile for. */
  private static final int VERSION = Opcodes.V17;
  /** Local variable slots of the instance methods: this, then the parameters. */
  private static final int THIS = 0;
  private static final int FIRST = 1;
  private static final int SECOND = 2;

  private final RunnerPlan plan;
  private final String runner;
  private final List<ClassFile> typeReferences = new ArrayList<>();

  private RunnerClassWriter(RunnerPlan plan) {
    this.plan = plan;
    this.runner = JvmTypes.internalName(plan.runner());
  }

  /** The runner's class file, then the classes of its type references. */
  public static List<ClassFile> classes(RunnerPlan plan) {
    RunnerClassWriter writer = new RunnerClassWriter(plan);
    byte[] bytes = writer.runner();
    List<ClassFile> classes = new ArrayList<>();
    classes.add(new ClassFile(plan.runner().reflectionName(), bytes));
    classes.addAll(writer.typeReferences);
    return classes;
  }

  private byte[] runner() {
    ClassWriter type = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    type.visit(VERSION, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, runner, null, STEP_TABLE, null);
    type.visitSource(plan.runner().simpleName() + ".java", null);
    for (CodecField field : plan.fields()) {
      type.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field.name(), CODEC,
          "L" + JSON_CODEC + "<" + JvmTypes.signature(field.type()) + ">;", null).visitEnd();
    }
    constructor(type);
    main(type);
    call(type);
    for (StepCall call : plan.calls()) {
      stepMethod(type, call);
    }
    results(type);
    if (!plan.parameterCodecs().isEmpty()) {
      parameterCodecs(type);
    }
    if (!plan.records().isEmpty()) {
      create(type);
      components(type);
      componentCodecs(type);
    }
    type.visitEnd();
    return type.toByteArray();
  }

  /** {@code super(new String[] {steps}, kinds)}, then each codec field in order. */
  private void constructor(ClassWriter type) {
    MethodVisitor code = type.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    code.visitCode();
    code.visitVarInsn(Opcodes.ALOAD, THIS);
    array(code, STRING, plan.steps(), MethodVisitor::visitLdcInsn);
    code.visitLdcInsn(plan.kinds());
    code.visitMethodInsn(Opcodes.INVOKESPECIAL, STEP_TABLE, "<init>", "([" + STRING_DESCRIPTOR + STRING_DESCRIPTOR + ")V", false);
    for (CodecField field : plan.fields()) {
      code.visitVarInsn(Opcodes.ALOAD, THIS);
      initializer(code, field.init());
      code.visitFieldInsn(Opcodes.PUTFIELD, runner, field.name(), CODEC);
    }
    code.visitInsn(Opcodes.RETURN);
    end(code);
  }

  /** {@code RunnerMain.main(new Runner(), args)}. */
  private void main(ClassWriter type) {
    MethodVisitor code = type.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([" + STRING_DESCRIPTOR + ")V", null, null);
    code.visitCode();
    code.visitTypeInsn(Opcodes.NEW, runner);
    code.visitInsn(Opcodes.DUP);
    code.visitMethodInsn(Opcodes.INVOKESPECIAL, runner, "<init>", "()V", false);
    code.visitVarInsn(Opcodes.ALOAD, 0);
    code.visitMethodInsn(Opcodes.INVOKESTATIC, JvmTypes.internalName(RunnerPlanner.RUNNER_MAIN), "main",
        "(Ldev/jera/runner/StepRunner;[" + STRING_DESCRIPTOR + ")V", false);
    code.visitInsn(Opcodes.RETURN);
    end(code);
  }

  /** {@code switch (step) { case n: return runX(inputs); default: throw ... }}. */
  private void call(ClassWriter type) {
    String descriptor = "(IL" + STEP_INPUTS + ";)Ljava/lang/Object;";
    MethodVisitor code = type.visitMethod(Opcodes.ACC_PROTECTED, "call", descriptor, null, new String[] {"java/lang/Throwable"});
    code.visitCode();
    Label otherwise = new Label();
    List<StepCall> calls = plan.calls();
    int[] keys = new int[calls.size()];
    Label[] labels = new Label[calls.size()];
    for (int i = 0; i < calls.size(); i++) {
      keys[i] = calls.get(i).index();
      labels[i] = new Label();
    }
    code.visitVarInsn(Opcodes.ILOAD, FIRST);
    code.visitLookupSwitchInsn(otherwise, keys, labels);
    for (int i = 0; i < calls.size(); i++) {
      sameFrame(code, labels[i]);
      code.visitVarInsn(Opcodes.ALOAD, THIS);
      code.visitVarInsn(Opcodes.ALOAD, SECOND);
      code.visitMethodInsn(Opcodes.INVOKESPECIAL, runner, calls.get(i).method(), "(L" + STEP_INPUTS + ";)Ljava/lang/Object;", false);
      code.visitInsn(Opcodes.ARETURN);
    }
    sameFrame(code, otherwise);
    code.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalArgumentException");
    code.visitInsn(Opcodes.DUP);
    code.visitLdcInsn("no step number ");
    code.visitVarInsn(Opcodes.ILOAD, FIRST);
    code.visitMethodInsn(Opcodes.INVOKESTATIC, STRING, "valueOf", "(I)" + STRING_DESCRIPTOR, false);
    code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STRING, "concat", "(" + STRING_DESCRIPTOR + ")" + STRING_DESCRIPTOR, false);
    code.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(" + STRING_DESCRIPTOR + ")V", false);
    code.visitInsn(Opcodes.ATHROW);
    end(code);
  }

  /** One step: each input read in its place, the call, then what the outcome says. */
  private void stepMethod(ClassWriter type, StepCall call) {
    MethodVisitor code = type.visitMethod(Opcodes.ACC_PRIVATE, call.method(), "(L" + STEP_INPUTS + ";)Ljava/lang/Object;", null,
        new String[] {"java/lang/Throwable"});
    code.visitCode();
    Outcome outcome = call.outcome();
    if (outcome instanceof Outcome.File) {
      code.visitVarInsn(Opcodes.ALOAD, FIRST);
      code.visitLdcInsn(((Outcome.File) outcome).name());
    }
    invoke(code, call);
    if (outcome instanceof Outcome.File file) {
      if (file.optional()) {
        orNull(code);
      }
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STEP_INPUTS, "storeArtifact", STORE_ARTIFACT, false);
      code.visitInsn(Opcodes.ACONST_NULL);
    } else if (outcome instanceof Outcome.Outputs outputs) {
      leaveOutputs(code, call, outputs);
    } else if (outcome instanceof Outcome.Nothing) {
      if (call.returns() != TypeName.VOID) {
        code.visitInsn(JvmTypes.isWide(call.returns()) ? Opcodes.POP2 : Opcodes.POP);
      }
      code.visitInsn(Opcodes.ACONST_NULL);
    } else {
      boxIfPrimitive(code, call.returns());
    }
    code.visitInsn(Opcodes.ARETURN);
    end(code);
  }

  /** Calls the script's method with its decoded inputs: on a new instance of its class unless it is static. */
  private void invoke(MethodVisitor code, StepCall call) {
    String owner = JvmTypes.internalName(call.owner());
    if (!call.isStatic()) {
      code.visitTypeInsn(Opcodes.NEW, owner);
      code.visitInsn(Opcodes.DUP);
      code.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", "()V", false);
    }
    for (Read read : call.reads()) {
      read(code, read);
    }
    int opcode = call.isStatic() ? Opcodes.INVOKESTATIC : call.ownerInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
    code.visitMethodInsn(opcode, owner, call.javaMethod(), JvmTypes.methodDescriptor(call.parameters(), call.returns()),
        call.ownerInterface());
  }

  private void read(MethodVisitor code, Read read) {
    code.visitVarInsn(Opcodes.ALOAD, FIRST);
    if (read instanceof Read.Secret secret) {
      code.visitLdcInsn(secret.secret());
      code.visitLdcInsn(secret.key());
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STEP_INPUTS, "secret", "(" + STRING_DESCRIPTOR + STRING_DESCRIPTOR + ")" + STRING_DESCRIPTOR, false);
    } else if (read instanceof Read.File file) {
      code.visitLdcInsn(file.name());
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STEP_INPUTS, file.optional() ? "optionalArtifact" : "artifact",
          "(" + STRING_DESCRIPTOR + ")" + (file.optional() ? "Ljava/util/Optional;" : PATH_DESCRIPTOR), false);
    } else if (read instanceof Read.Text text) {
      code.visitLdcInsn(text.name());
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STEP_INPUTS, "raw", "(" + STRING_DESCRIPTOR + ")" + STRING_DESCRIPTOR, false);
    } else {
      Read.Decoded decoded = (Read.Decoded) read;
      code.visitLdcInsn(decoded.name());
      codec(code, decoded.codec());
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STEP_INPUTS, "decoded", "(" + STRING_DESCRIPTOR + CODEC + ")Ljava/lang/Object;", false);
      castFromObject(code, decoded.type());
    }
  }

  /**
   * The value (boxed) in local 2; the whole value left as a parameter; when it is not null, each component
   * left as a file or parameter; then the value, or null, on the stack.
   */
  private void leaveOutputs(MethodVisitor code, StepCall call, Outcome.Outputs outputs) {
    boxIfPrimitive(code, call.returns());
    code.visitVarInsn(Opcodes.ASTORE, SECOND);
    outputs.whole().ifPresent(output -> {
      code.visitVarInsn(Opcodes.ALOAD, FIRST);
      code.visitLdcInsn(output.name());
      code.visitVarInsn(Opcodes.ALOAD, SECOND);
      codec(code, output.codec());
      code.visitMethodInsn(Opcodes.INVOKESTATIC, STEP_TABLE, "output", OUTPUT, false);
    });
    if (!outputs.components().isEmpty()) {
      String record = JvmTypes.erasedInternalName(call.returns());
      Label done = new Label();
      code.visitVarInsn(Opcodes.ALOAD, SECOND);
      code.visitJumpInsn(Opcodes.IFNULL, done);
      for (ComponentOutput output : outputs.components()) {
        code.visitVarInsn(Opcodes.ALOAD, FIRST);
        code.visitLdcInsn(output.name());
        code.visitVarInsn(Opcodes.ALOAD, SECOND);
        code.visitTypeInsn(Opcodes.CHECKCAST, record);
        code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, record, output.accessor(), "()" + JvmTypes.descriptor(output.type()), false);
        if (output.file()) {
          if (output.optionalFile()) {
            orNull(code);
          }
          code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STEP_INPUTS, "storeArtifact", STORE_ARTIFACT, false);
        } else {
          boxIfPrimitive(code, output.type());
          codec(code, output.codec().orElseThrow());
          code.visitMethodInsn(Opcodes.INVOKESTATIC, STEP_TABLE, "output", OUTPUT, false);
        }
      }
      // The stored record is the one local beyond the parameters.
      code.visitLabel(done);
      code.visitFrame(Opcodes.F_APPEND, 1, new Object[] {record}, 0, null);
    }
    if (outputs.returnsValue()) {
      code.visitVarInsn(Opcodes.ALOAD, SECOND);
    } else {
      code.visitInsn(Opcodes.ACONST_NULL);
    }
  }

  /** {@code optional.orElse(null)}, as a {@code Path}. */
  private static void orNull(MethodVisitor code) {
    code.visitInsn(Opcodes.ACONST_NULL);
    code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/Optional", "orElse", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
    code.visitTypeInsn(Opcodes.CHECKCAST, "java/nio/file/Path");
  }

  /** {@code new JsonCodec<?>[] {result codecs, null where none}}. */
  private void results(ClassWriter type) {
    MethodVisitor code = type.visitMethod(Opcodes.ACC_PROTECTED, "results", "()[" + CODEC, null, null);
    code.visitCode();
    List<Codec> results = new ArrayList<>();
    plan.results().forEach(result -> results.add(result.orElse(null)));
    array(code, JSON_CODEC, results, this::codec);
    code.visitInsn(Opcodes.ARETURN);
    end(code);
  }

  /** {@code if (name.equals(parameter)) return List.of(codecs); ... return List.of();}. */
  private void parameterCodecs(ClassWriter type) {
    MethodVisitor code = type.visitMethod(Opcodes.ACC_PUBLIC, "parameterCodecs", "(" + STRING_DESCRIPTOR + ")Ljava/util/List;",
        "(" + STRING_DESCRIPTOR + ")Ljava/util/List<L" + JSON_CODEC + "<*>;>;", null);
    code.visitCode();
    for (Map.Entry<String, List<Codec>> entry : plan.parameterCodecs().entrySet()) {
      Label next = new Label();
      code.visitLdcInsn(entry.getKey());
      code.visitVarInsn(Opcodes.ALOAD, FIRST);
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, STRING, "equals", "(Ljava/lang/Object;)Z", false);
      code.visitJumpInsn(Opcodes.IFEQ, next);
      array(code, OBJECT, entry.getValue(), this::codec);
      code.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "([Ljava/lang/Object;)Ljava/util/List;", true);
      code.visitInsn(Opcodes.ARETURN);
      sameFrame(code, next);
    }
    code.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true);
    code.visitInsn(Opcodes.ARETURN);
    end(code);
  }

  /** {@code create(type, c)}: record number {@code type} built from its components. */
  private void create(ClassWriter type) {
    recordSwitch(type, "create", "(I[Ljava/lang/Object;)Ljava/lang/Object;", (code, record) -> {
      String name = JvmTypes.erasedInternalName(record.type());
      code.visitTypeInsn(Opcodes.NEW, name);
      code.visitInsn(Opcodes.DUP);
      List<TypeName> types = new ArrayList<>();
      for (int i = 0; i < record.components().size(); i++) {
        TypeName component = record.components().get(i).type();
        types.add(component);
        code.visitVarInsn(Opcodes.ALOAD, FIRST);
        push(code, i);
        code.visitInsn(Opcodes.AALOAD);
        castFromObject(code, component);
      }
      code.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", JvmTypes.methodDescriptor(types, TypeName.VOID), false);
    });
  }

  /** {@code components(type, r)}: the components of a record of number {@code type}, boxed. */
  private void components(ClassWriter type) {
    recordSwitch(type, "components", "(ILjava/lang/Object;)[Ljava/lang/Object;", (code, record) -> {
      String name = JvmTypes.erasedInternalName(record.type());
      array(code, OBJECT, record.components(), (method, component) -> {
        method.visitVarInsn(Opcodes.ALOAD, FIRST);
        method.visitTypeInsn(Opcodes.CHECKCAST, name);
        method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, name, component.name(), "()" + JvmTypes.descriptor(component.type()), false);
        boxIfPrimitive(method, component.type());
      });
    });
  }

  /** {@code codecs(type)}: the codecs of the components of record number {@code type}. */
  private void componentCodecs(ClassWriter type) {
    recordSwitch(type, "codecs", "(I)[" + CODEC, (code, record) -> {
      array(code, JSON_CODEC, record.components(), (method, component) -> codec(method, component.codec()));
    });
  }

  /** What the method of one record leaves on the stack, to be returned; its parameter (if any) is in slot 1. */
  private interface RecordCase {
    void write(MethodVisitor code, RecordType record);
  }

  /**
   * A method switching on the record's number; each case calls a private method of that record's own
   * ({@code create3}), which returns what {@code body} leaves, so no method grows with the number of
   * records (the JVM takes at most 64 KB of code a method). Other numbers go to super.
   */
  private void recordSwitch(ClassWriter type, String name, String descriptor, RecordCase body) {
    // The record's own methods take the switch's parameters but the number: (I...) becomes (...).
    String caseDescriptor = "(" + descriptor.substring(2);
    boolean twoParameters = !descriptor.startsWith("(I)");
    MethodVisitor code = type.visitMethod(Opcodes.ACC_PROTECTED, name, descriptor, null, null);
    code.visitCode();
    List<RecordType> records = plan.records();
    Label otherwise = new Label();
    Label[] labels = new Label[records.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = new Label();
    }
    code.visitVarInsn(Opcodes.ILOAD, FIRST);
    code.visitTableSwitchInsn(0, records.size() - 1, otherwise, labels);
    for (int i = 0; i < labels.length; i++) {
      sameFrame(code, labels[i]);
      code.visitVarInsn(Opcodes.ALOAD, THIS);
      if (twoParameters) {
        code.visitVarInsn(Opcodes.ALOAD, SECOND);
      }
      code.visitMethodInsn(Opcodes.INVOKESPECIAL, runner, name + i, caseDescriptor, false);
      code.visitInsn(Opcodes.ARETURN);
    }
    sameFrame(code, otherwise);
    code.visitVarInsn(Opcodes.ALOAD, THIS);
    code.visitVarInsn(Opcodes.ILOAD, FIRST);
    if (twoParameters) {
      code.visitVarInsn(Opcodes.ALOAD, SECOND);
    }
    code.visitMethodInsn(Opcodes.INVOKESPECIAL, STEP_TABLE, name, descriptor, false);
    code.visitInsn(Opcodes.ARETURN);
    end(code);
    for (int i = 0; i < records.size(); i++) {
      MethodVisitor method = type.visitMethod(Opcodes.ACC_PRIVATE, name + i, caseDescriptor, null, null);
      method.visitCode();
      body.write(method, records.get(i));
      method.visitInsn(Opcodes.ARETURN);
      end(method);
    }
  }

  /** Pushes a codec: a constant of {@code Codecs} or a field of the runner. */
  private void codec(MethodVisitor code, Codec codec) {
    if (codec instanceof Codec.Standard standard) {
      code.visitFieldInsn(Opcodes.GETSTATIC, CODECS, standard.constant(), CODEC);
    } else {
      code.visitVarInsn(Opcodes.ALOAD, THIS);
      code.visitFieldInsn(Opcodes.GETFIELD, runner, ((Codec.Field) codec).name(), CODEC);
    }
  }

  /** Pushes the new codec a field holds. */
  private void initializer(MethodVisitor code, CodecInit init) {
    if (init instanceof CodecInit.RecordOf record) {
      code.visitVarInsn(Opcodes.ALOAD, THIS);
      code.visitLdcInsn(record.display());
      code.visitLdcInsn(record.components());
      push(code, record.number());
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, runner, "record", "(" + STRING_DESCRIPTOR + STRING_DESCRIPTOR + "I)" + CODEC, false);
    } else if (init instanceof CodecInit.EnumerationOf enumeration) {
      String type = JvmTypes.erasedInternalName(enumeration.type());
      code.visitLdcInsn(enumeration.display());
      code.visitMethodInsn(Opcodes.INVOKESTATIC, type, "values", "()[L" + type + ";", false);
      codecsCall(code, "enumeration", STRING_DESCRIPTOR + "[Ljava/lang/Enum;");
    } else if (init instanceof CodecInit.OptionalOf optional) {
      codec(code, optional.value());
      codecsCall(code, "optional", CODEC);
    } else if (init instanceof CodecInit.CollectionOf collection) {
      code.visitLdcInsn(collection.display());
      codec(code, collection.element());
      container(code, collection.container());
      codecsCall(code, "collection", STRING_DESCRIPTOR + CODEC + "L" + CONTAINERS + ";");
    } else if (init instanceof CodecInit.MapOf map) {
      code.visitLdcInsn(map.display());
      codec(code, map.key());
      codec(code, map.value());
      container(code, map.container());
      codecsCall(code, "map", STRING_DESCRIPTOR + CODEC + CODEC + "L" + CONTAINERS + ";");
    } else if (init instanceof CodecInit.ArrayOf array) {
      codec(code, array.element());
      push(code, 0);
      code.visitTypeInsn(Opcodes.ANEWARRAY, JvmTypes.erasedInternalName(array.elementType()));
      codecsCall(code, "array", CODEC + "[Ljava/lang/Object;");
    } else {
      CodecInit.DatabindOf databind = (CodecInit.DatabindOf) init;
      String reference = typeReference(databind.type());
      code.visitLdcInsn(databind.display());
      code.visitTypeInsn(Opcodes.NEW, reference);
      code.visitInsn(Opcodes.DUP);
      code.visitMethodInsn(Opcodes.INVOKESPECIAL, reference, "<init>", "()V", false);
      codecsCall(code, "databind", STRING_DESCRIPTOR + "L" + TYPE_REFERENCE + ";");
    }
  }

  private static void codecsCall(MethodVisitor code, String method, String parameters) {
    code.visitMethodInsn(Opcodes.INVOKESTATIC, CODECS, method, "(" + parameters + ")" + CODEC, false);
  }

  private static void container(MethodVisitor code, String container) {
    code.visitFieldInsn(Opcodes.GETSTATIC, CONTAINERS, container, "L" + CONTAINERS + ";");
  }

  /**
   * The class {@code new TypeReference<T>() {}} compiles to, named as javac names an anonymous class
   * ({@code Runner$1}, ...): Jackson reads {@code T} from its generic superclass.
   */
  private String typeReference(TypeName type) {
    String name = runner + "$" + (typeReferences.size() + 1);
    ClassWriter reference = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    reference.visit(VERSION, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name,
        "L" + TYPE_REFERENCE + "<" + JvmTypes.signature(type) + ">;", TYPE_REFERENCE, null);
    MethodVisitor code = reference.visitMethod(0, "<init>", "()V", null, null);
    code.visitCode();
    code.visitVarInsn(Opcodes.ALOAD, THIS);
    code.visitMethodInsn(Opcodes.INVOKESPECIAL, TYPE_REFERENCE, "<init>", "()V", false);
    code.visitInsn(Opcodes.RETURN);
    end(code);
    reference.visitEnd();
    typeReferences.add(new ClassFile(name.replace('/', '.'), reference.toByteArray()));
    return name;
  }

  /** Casts the {@code Object} on the stack to {@code type}, unboxing a primitive. */
  private static void castFromObject(MethodVisitor code, TypeName type) {
    if (type.isPrimitive()) {
      String box = JvmTypes.box(type);
      code.visitTypeInsn(Opcodes.CHECKCAST, box);
      String descriptor = JvmTypes.primitiveDescriptor(type);
      String primitive = type.withoutAnnotations().toString();
      code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box, primitive + "Value", "()" + descriptor, false);
    } else if (!JvmTypes.erasedInternalName(type).equals(OBJECT)) {
      code.visitTypeInsn(Opcodes.CHECKCAST, JvmTypes.erasedInternalName(type));
    }
  }

  private static void boxIfPrimitive(MethodVisitor code, TypeName type) {
    if (type.isPrimitive()) {
      String box = JvmTypes.box(type);
      code.visitMethodInsn(Opcodes.INVOKESTATIC, box, "valueOf", "(" + JvmTypes.primitiveDescriptor(type) + ")L" + box + ";", false);
    }
  }

  /** A new array of {@code elementType} holding what {@code element} pushes for each item; a null item stays null. */
  private static <T> void array(MethodVisitor code, String elementType, List<T> items, BiConsumer<MethodVisitor, T> element) {
    push(code, items.size());
    code.visitTypeInsn(Opcodes.ANEWARRAY, elementType);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != null) {
        code.visitInsn(Opcodes.DUP);
        push(code, i);
        element.accept(code, items.get(i));
        code.visitInsn(Opcodes.AASTORE);
      }
    }
  }

  private static void push(MethodVisitor code, int value) {
    if (value >= -1 && value <= 5) {
      code.visitInsn(Opcodes.ICONST_0 + value);
    } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      code.visitIntInsn(Opcodes.BIPUSH, value);
    } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      code.visitIntInsn(Opcodes.SIPUSH, value);
    } else {
      code.visitLdcInsn(value);
    }
  }

  /** A branch target where the locals are the method's parameters and the stack is empty. */
  private static void sameFrame(MethodVisitor code, Label target) {
    code.visitLabel(target);
    code.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
  }

  /** Ends a method: ASM computes its maximum stack and locals. */
  private static void end(MethodVisitor code) {
    code.visitMaxs(0, 0);
    code.visitEnd();
  }
}
