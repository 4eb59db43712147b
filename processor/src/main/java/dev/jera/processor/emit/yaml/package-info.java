/**
 * The YAML the manifests are written in ({@link dev.jera.processor.emit.yaml.YamlWriter}): one block-style
 * document, every string in the style {@link dev.jera.processor.emit.yaml.YamlScalars} picks so that YAML 1.1
 * readers (Go's yaml.v2: Kubernetes' and Argo's) and 1.2 readers read it back as the same string. Depends on
 * Jackson's trees and SnakeYAML's emitter only.
 */
package dev.jera.processor.emit.yaml;
