/**
 * JMH benchmarks; not deployed, built only with {@code -Pbench}. Each benchmark class says its
 * workload and the exact command that runs it.
 */
package io.github.civicdata.benchmarks;
