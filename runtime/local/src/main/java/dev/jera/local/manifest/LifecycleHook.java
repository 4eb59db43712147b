package dev.jera.local.manifest;

/**
 * A lifecycle hook other than {@code exit} ({@code hooks.<name>} of the workflow or of a step): its template is
 * called once, the first time its expr-lang {@code expression} holds while what it hooks runs
 * ({@code hooks.go}), at the node {@code <hooked node>.hooks.<name>}.
 *
 * @param name the hook's name
 * @param expression when it runs, e.g. {@code workflow.status == "Running"}
 * @param call the call of its template with its arguments
 */
public record LifecycleHook(String name, String expression, Task call) {}
