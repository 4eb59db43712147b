package dev.jera.processor.model;

/** {@code @Archive}: how a returned file is stored; {@code format} is NONE, TAR or ZIP. */
public record ArchiveModel(Site site, String format, int compressionLevel, Site levelSite) {}
