package dev.jera.processor.diagnostic;

import java.util.Map;
import java.util.Optional;
/** Messages about types that cannot travel as JSON and scripts the runner cannot call. */
public final class TypeMessages {
  private TypeMessages() {}

  public static Message resultNotJson(String method, String type, String reason) {
    return notJson("the result of " + method + "()", type, reason);
  }

  public static Message parameterNotJson(String param, String method, String type, String reason) {
    return notJson("parameter '" + param + "' of " + method + "()", type, reason);
  }

  private static Message notJson(String what, String type, String reason) {
    return MessageId.NOT_JSON.with(
        what + " has type " + type + ", which cannot travel between pods as JSON: " + reason);
  }

  public static Message secretNotString(String param, String method, String type) {
    return MessageId.SECRET_NOT_STRING.with(
        "parameter '" + param + "' of " + method + "() is @Secret, so it must be a String, not " + type);
  }

  public static Message privateScript(String method) {
    return MessageId.PRIVATE_SCRIPT.with(
        "script " + method + "() is private, so the generated runner cannot call it; make it"
        + " package-private or public");
  }

  public static Message genericScript(String method) {
    return MessageId.GENERIC_SCRIPT.with(
        "script " + method + "() declares type parameters, but a step's types must be concrete;"
        + " remove the <…> and use concrete types");
  }

  public static Message noConstructor(String method, String workflowClass) {
    return MessageId.NO_CONSTRUCTOR.with(
        "script " + method + "() is an instance method, but the runner cannot create a "
        + workflowClass + " (it needs a non-abstract, static or top-level class with a non-private"
        + " no-argument constructor); make the method static or add such a constructor");
  }

  public static Message privateWorkflowClass(String workflowClass) {
    return MessageId.PRIVATE_WORKFLOW_CLASS.with(
        "workflow class " + workflowClass + " is private, so the generated runner cannot call its"
        + " scripts; make it package-private or public");
  }

  // Why a type has no JSON form: the part after the colon of resultNotJson and parameterNotJson

  private static final Map<String, String> KNOWN_UNSUPPORTED =
      Map.ofEntries(
          Map.entry("java.lang.Object", "Object says nothing about the JSON; declare the concrete type"),
          Map.entry("java.util.Date", "use java.time.Instant or LocalDate instead of java.util.Date"),
          Map.entry("java.util.Calendar", "use java.time types instead of Calendar"),
          Map.entry("java.sql.Date", "use java.time.LocalDate instead of java.sql.Date"),
          Map.entry("java.sql.Timestamp", "use java.time.Instant instead of java.sql.Timestamp"),
          Map.entry("java.io.File", "a File does not travel between pods; pass its content or location as a String"),
          Map.entry("java.util.OptionalInt", "use Optional<Integer>"),
          Map.entry("java.util.OptionalLong", "use Optional<Long>"),
          Map.entry("java.util.OptionalDouble", "use Optional<Double>"));

  /** What to use instead of a JDK type Jera does not carry as JSON, by its qualified name. */
  public static Optional<String> knownUnsupported(String qualifiedName) {
    return Optional.ofNullable(KNOWN_UNSUPPORTED.get(qualifiedName));
  }

  public static String typeVariable(String type) {
    return "type variable " + type + " has no JSON form; use a concrete type";
  }

  public static String wildcard(String type) {
    return "wildcard " + type + " has no JSON form; use a concrete type";
  }

  public static String noJsonForm(String type) {
    return type + " has no JSON form";
  }

  public static String rawType(String type) {
    return "raw type " + type + " does not say what it holds; write e.g. " + type + "<String>";
  }

  public static String mapKey(String key) {
    return "map keys become JSON field names, so " + key + " cannot be one; use String, a number, an enum, a date or a UUID";
  }

  public static String notVisible(String type, String packageName) {
    return type + " is not visible to the generated runner in package '" + packageName
        + "'; make it (and any class it is nested in) public";
  }

  public static String notConcrete(String type, boolean isInterface) {
    return type + " is " + (isInterface ? "an interface" : "abstract")
        + ", so the JSON cannot say which class to create; use a record or a concrete class";
  }

  public static String noBeanConstructor(String type) {
    return "class " + type + " has no public no-argument constructor for Jackson to create it; make it a record";
  }

  public static String nestedPath() {
    return "a Path travels between pods as an Argo artifact, one file (or folder) per parameter or result;"
        + " it cannot be part of a list, map or record (an Optional<Path> is a file that may be missing)";
  }
}
