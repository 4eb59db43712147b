/**
 * What a generated runner calls, in the step's container: {@link dev.jera.runner.RunnerMain} (its {@code main}),
 * {@link dev.jera.runner.StepInputs} (the step's parameters and secrets, decoded), {@link dev.jera.runner.Results}
 * (its result, encoded). This library is all of Jera a step's class path holds, so it stays small and starts fast
 * (no lambdas or string concatenation bootstraps on the runner's path); it depends on Jackson and on nothing else of
 * Jera's.
 */
package dev.jera.runner;
