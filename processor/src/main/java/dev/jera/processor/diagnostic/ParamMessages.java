package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about workflow parameters: their names, defaults and allowed values, and their use. */
public final class ParamMessages {
  private ParamMessages() {}

  public static Message invalidParamName(String name, String problem) {
    return MessageId.INVALID_PARAM_NAME.with(
        "workflow parameter name '" + name + "' is not valid for Argo: " + problem);
  }

  public static Message duplicateParam(String name) {
    return MessageId.DUPLICATE_PARAM.with(
        "workflow parameter '" + name + "' is declared twice; remove one @Param(\"" + name + "\")");
  }

  public static Message unknownParam(String name, String workflowClass, Optional<String> suggestion) {
    return MessageId.UNKNOWN_PARAM.with(
        "no workflow parameter named '" + name + "' in " + workflowClass + Hints.suggest(suggestion)
        + (suggestion.isPresent() ? "" : "; declare it with @Param(\"" + name + "\") on the class"));
  }

  public static Message unusedParam(String name) {
    return MessageId.UNUSED_PARAM.with(
        "workflow parameter '" + name + "' is declared but no script uses it; take it with @Param(\""
        + name + "\") on a script's parameter, or remove it");
  }

  public static Message defaultNotParsing(String value, String param, String type, String where, String problem) {
    return MessageId.DEFAULT_NOT_PARSING.with(
        "default value '" + value + "' of workflow parameter '" + param + "' is not a valid " + type
        + ", the type of " + where + ": " + problem);
  }

  public static Message allowedNotParsing(String value, String param, String type, String where, String problem) {
    return MessageId.ALLOWED_NOT_PARSING.with(
        "allowed value '" + value + "' of workflow parameter '" + param + "' is not a valid " + type
        + ", the type of " + where + ": " + problem);
  }

  public static Message defaultNotAllowed(String value, String param, List<String> allowed) {
    return MessageId.DEFAULT_NOT_ALLOWED.with(
        "default value '" + value + "' of workflow parameter '" + param
        + "' is not one of its allowed values " + allowed + "; change the default or add it to allowed");
  }

  public static Message duplicateAllowed(String value, String param) {
    return MessageId.DUPLICATE_ALLOWED.with(
        "allowed value '" + value + "' of workflow parameter '" + param + "' is listed twice");
  }

  public static Message paramAttributeOnScript(String attribute, String param, String method) {
    return MessageId.PARAM_ATTRIBUTE_ON_SCRIPT.with(
        "@Param(" + attribute + " = …) on parameter '" + param + "' of " + method
        + "() has no effect; declare it on the class with @Param(value = …, " + attribute + " = …)");
  }

  public static Message invalidConfigMap(String written, String param) {
    int dot = written.lastIndexOf('.');
    String example = !written.contains("/") && dot > 0 && dot < written.length() - 1
        ? written.substring(0, dot) + "/" + written.substring(dot + 1)
        : "simple-parameters/msg";
    return MessageId.INVALID_PARAM_CONFIG_MAP.with(
        "configMap of @Param '" + param + "' is '" + written + "'; write it as \"configmap/key\", e.g. \"" + example
        + "\" (a ConfigMap's name, then the key whose value the parameter takes)");
  }

  public static Message configMapWithAllowed(String param, String configMap) {
    return MessageId.CONFIG_MAP_PARAM_WITH_ALLOWED.with(
        "workflow parameter '" + param + "' takes its value from ConfigMap key " + configMap + ", so it has no value"
        + " when submitted, and Argo refuses a parameter with allowed values (an enum) and no value"
        + " (spec.arguments." + param + ".value is required); drop allowed, or configMap");
  }

  public static Message paramType(String param, String type) {
    return MessageId.PARAM_TYPE.with("@Param(type = " + type + ".class) of '" + param + "' declares neither a value nor a file;"
        + " write type = String.class (a value, the default) or type = java.nio.file.Path.class (an input file of a @Graph)");
  }

  public static Message fileParamOutsideGraph(String param, String owner) {
    return MessageId.FILE_PARAM_OUTSIDE_GRAPH.with("'" + param + "' on " + owner + " is a file (type = Path.class), which only a"
        + " @Graph class declares as its input; a workflow's files are the Path components of a @Workflow record,"
        + " (@Workflow public record Args(@S3(key = \"…\") Path file))");
  }

  public static Message fileParamAttribute(String param, String attribute) {
    return MessageId.FILE_PARAM_ATTRIBUTE.with("'" + param + "' is an input file (type = Path.class), which has no " + attribute
        + "; remove " + attribute + ", or declare a value (type = String.class)");
  }
}
