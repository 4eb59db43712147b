/**
 * The JSON codecs a runner decodes inputs and encodes results with: Jackson's streaming parser and generator
 * through codecs the processor composes at compile time ({@link dev.jera.runner.json.Codecs},
 * {@link dev.jera.runner.json.RecordShape}), so no databind introspection runs in a step; databind only for types
 * the processor cannot describe ({@link dev.jera.runner.json.DatabindCodec}). Depends on Jackson only.
 */
package dev.jera.runner.json;
