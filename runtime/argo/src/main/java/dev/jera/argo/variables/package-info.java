/** The one list of Argo's variables, shared by the processor (what a tag may name) and the executor (what it defines). */
package dev.jera.argo.variables;
