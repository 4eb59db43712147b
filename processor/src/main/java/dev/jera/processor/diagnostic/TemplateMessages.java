package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about {@code @Template} methods and {@code @Workflow(entrypoint)}. */
public final class TemplateMessages {
  private TemplateMessages() {}

  public static Message templateOutsideWorkflow(String method, String type) {
    return MessageId.TEMPLATE_OUTSIDE_WORKFLOW.with(
        "@Template " + method + "() is in " + type + ", which is not a @Workflow; move it into the workflow that runs it");
  }

  public static Message templateAndScript(String method) {
    return MessageId.TEMPLATE_AND_SCRIPT.with(
        method + "() is both a @Script and a @Template; a @Script is a step with its own template, a @Template is"
        + " a template steps call: keep one");
  }

  public static Message invalidTemplateName(String name, String what, String problem) {
    return MessageId.INVALID_TEMPLATE_NAME.with(
        "template name '" + name + "' of " + what + " is not a name Argo accepts: " + problem);
  }

  public static Message templateNameTooLong(String name, String what) {
    return MessageId.INVALID_TEMPLATE_NAME.with(
        "template name '" + name + "' of " + what + " is longer than Argo's 128 characters");
  }

  public static Message templateNameClash(String name, String first, String second) {
    return MessageId.TEMPLATE_NAME_CLASH.with(
        "template name '" + name + "' is used by " + first + " and by " + second
        + "; template names are one namespace per workflow: rename one with name = …");
  }

  public static Message templateInputSource(String annotation, String param, String method) {
    return MessageId.TEMPLATE_INPUT_SOURCE.with(
        "@" + annotation + " on parameter '" + param + "' of @Template " + method + "(): a template's inputs are"
        + " passed by the step that calls it; give the value in the calling step (declare the input with @Param,"
        + " or fix its value with @Value)");
  }

  public static Message unknownEntrypoint(String entrypoint, String workflowClass, Optional<String> meant) {
    return MessageId.UNKNOWN_ENTRYPOINT.with(
        "no template named '" + entrypoint + "' in " + workflowClass + " for the entrypoint"
        + meant.map(m -> "; did you mean '" + m + "'?").orElse("; add a @Template of that name, or @Script steps"));
  }

  public static Message entrypointSkipsSteps(String workflowClass, String entrypoint, String template, List<String> steps) {
    return MessageId.ENTRYPOINT_SKIPS_STEPS.with(
        workflowClass + "'s entrypoint '" + entrypoint + "' is @Template " + template + "(), so its step"
        + (steps.size() == 1 ? " " : "s ") + String.join(" and ", steps)
        + (steps.size() == 1 ? " never runs" : " never run")
        + "; make them @Template, or give the steps' graph another name with entrypoint");
  }

  public static Message entryFileWithoutArgument(String role, String input, String workflowClass) {
    return MessageId.ENTRY_INPUT_WITHOUT_PARAM.with(
        role + " needs input file '" + input + "', but " + workflowClass + " gives no argument file '" + input
        + "'; make " + workflowClass + " a record with a Path component '" + input + "' and its location (@Http, @S3, …),"
        + " or take the file as Optional<Path>");
  }

  public static Message entryInputWithoutParam(String role, String input, String workflowClass) {
    return MessageId.ENTRY_INPUT_WITHOUT_PARAM.with(
        role + " needs input '" + input + "', but " + workflowClass
        + " declares no @Param(\"" + input + "\"); declare it on the class, or give the input a default");
  }

  public static Message stubTemplateSetting(String setting, String method, String template) {
    return MessageId.STUB_TEMPLATE_SETTING.with(
        setting + " of " + method + "() belongs to the template it calls; set it on @Template " + template + "()");
  }

  public static Message uncalledTemplate(String method) {
    return MessageId.UNCALLED_TEMPLATE.with(
        "@Template " + method + "() is never called: no step calls it and it is not the entrypoint;"
        + " call it with @Call(template = …) or remove it");
  }

  public static Message inputDefaultNotParsing(String attribute, String value, String input, String method, String type, String problem) {
    MessageId id = attribute.equals("defaultValue") ? MessageId.DEFAULT_NOT_PARSING : MessageId.ALLOWED_NOT_PARSING;
    return id.with(
        "@Param(" + attribute + ") on parameter '" + input + "' of " + method + "(): '" + value + "' is not a valid "
        + type + ": " + problem);
  }
}
