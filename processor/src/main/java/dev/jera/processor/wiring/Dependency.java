package dev.jera.processor.wiring;

import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Site;

/**
 * One reason a step waits for another, as the user wrote it, so a problem with the dependency (a
 * cycle it closes) is reported where it was written.
 *
 * @param from the step that waits
 * @param to the step it waits for
 * @param site where the reference is written: the {@code after} element, the {@code @From}, the
 *     {@code forEach}, {@code depends} or {@code when} attribute, the {@code @Value}
 * @param written how to name it in a message, such as {@code after = "load"}
 */
public record Dependency(ScriptModel from, ScriptModel to, Site site, String written) {}
