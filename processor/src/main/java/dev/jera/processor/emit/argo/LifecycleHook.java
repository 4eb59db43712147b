package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A lifecycle hook of a step, a task or the workflow: the template it runs, with what, and when. */
@JsonPropertyOrder({"template", "templateRef", "arguments", "expression"})
public record LifecycleHook(String template, TemplateRef templateRef, Arguments arguments, String expression) {}
