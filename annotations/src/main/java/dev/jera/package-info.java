/**
 * Jera's public API: the annotations a workflow is written with ({@link dev.jera.Workflow}, {@link dev.jera.Script},
 * {@link dev.jera.Param}, {@link dev.jera.From}, {@link dev.jera.Item}, {@link dev.jera.Value},
 * {@link dev.jera.Secret}, …). Kept at class retention and read by the processor at compile time; nothing reads
 * them at run time. Depends on nothing.
 */
package dev.jera;
