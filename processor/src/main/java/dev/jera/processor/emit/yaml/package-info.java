/**
 * The YAML the manifests are written in ({@link dev.jera.processor.emit.yaml.YamlWriter}): one block-style
 * document, every string in the style {@link dev.jera.processor.emit.yaml.YamlScalars} picks so that YAML 1.1
 * readers (Go's yaml.v2: Kubernetes' and Argo's) and 1.2 readers read it back as the same string. A record
 * is written as the {@link dev.jera.processor.emit.yaml.YamlMapping} it is, through the properties it lists.
 * Depends on the JDK and Jackson's tree type (for values that are trees) only.
 */
package dev.jera.processor.emit.yaml;
