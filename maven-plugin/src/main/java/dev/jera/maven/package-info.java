/**
 * jera-maven-plugin's goals: {@code run}, {@code list}, {@code show}, {@code graph} and {@code runs}, and the
 * cluster goals {@code lint}, {@code apply}, {@code submit}, {@code watch}, {@code logs} and {@code get}
 * ({@link dev.jera.maven.AbstractClusterMojo}), fork the {@code jera} command ({@link dev.jera.maven.JeraProcess})
 * on the project's run-time class path followed by the plugin's own jera-cli
 * ({@link dev.jera.maven.CommandClassPath}); {@code refresh} and {@code pin} run in Maven's JVM and read files only.
 * Depends on jera-cli and Maven's API.
 */
package dev.jera.maven;
