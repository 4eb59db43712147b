/**
 * Argo's expressions: a task's {@code when} ({@link dev.jera.argo.expr.WhenExpression}, govaluate's grammar and
 * Go's semantics) and {@code depends} ({@link dev.jera.argo.expr.DependsExpression}), parsed once and evaluated
 * as Argo's controller evaluates them, for the processor's checks and the executor's scheduling alike. Depends on
 * {@code dev.jera.argo.go} for Go's values, regular expressions and time literals.
 */
package dev.jera.argo.expr;
