/**
 * The {@code jera} command line ({@link dev.jera.runtime.cli.JeraCli}, started by
 * {@link dev.jera.runtime.Jera}): {@code list}, {@code show}, {@code graph}, {@code run} and
 * {@code runs}. Options are parsed by a small hand-written parser rather than a library, because this
 * module ships in every step's image.
 */
package dev.jera.runtime.cli;
