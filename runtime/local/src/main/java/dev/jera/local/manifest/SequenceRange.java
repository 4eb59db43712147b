package dev.jera.local.manifest;

/**
 * A {@code withSequence}, every field as written ({@code null} when absent).
 *
 * @param count how many numbers
 * @param start the first number (default 0)
 * @param end the last number; wins over {@code count}
 * @param format the printf format of each item (default {@code %d})
 */
public record SequenceRange(String count, String start, String end, String format) {}
