/**
 * Benchmarks of the risk engine: the JMH engine benchmark, the full replay of a data directory
 * (single-threaded and partitioned by household), the DuckDB SQL baseline of the same screening and
 * the one command that runs them all and compares their alerts household by household.
 */
package org.tuodi.bench;
