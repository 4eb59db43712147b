package dev.jera.processor.model;

/** A key of a Kubernetes Secret, declared on the class or taken by a script's parameter. */
public record SecretModel(Site site, Text name, Text key) {}
