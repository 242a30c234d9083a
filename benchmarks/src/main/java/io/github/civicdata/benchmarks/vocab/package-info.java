/**
 * Benchmarks of the vocab module. Entry point: {@link
 * io.github.civicdata.benchmarks.vocab.FormatChecksBenchmark} (the compiled per-column format checks
 * of 13 公衆トイレ一覧 over realistic cells, with 0 % and 10 % invalid values); {@link
 * io.github.civicdata.benchmarks.vocab.SchemaChecksBenchmark} runs the checks of the benchmark Table
 * Schema's six constrained fields alone, per row; {@link
 * io.github.civicdata.benchmarks.vocab.CodeListsColdStart} times the code lists' loading in a cold JVM.
 */
package io.github.civicdata.benchmarks.vocab;
