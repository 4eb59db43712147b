/**
 * Go, where Argo's results depend on it: how {@code encoding/json} writes and validates JSON
 * ({@link dev.jera.argo.go.GoJson}, {@link dev.jera.argo.go.GoJsonSyntax}), {@code fmt}'s printf and value
 * formatting ({@link dev.jera.argo.go.GoPrintf}, {@link dev.jera.argo.go.GoValues}), Go's regular expressions
 * ({@link dev.jera.argo.go.GoRegex}) and time literals. Ports, each naming the Go code it follows; they depend on
 * the JDK and Jackson's streaming parser only.
 */
package dev.jera.argo.go;
