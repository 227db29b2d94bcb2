/**
 * JMH benchmarks of what the plugin adds to a packet thread ({@code mvn -Pbench verify -DskipTests}, results in
 * {@code target/jmh-result.txt}): figures to read, never pass/fail thresholds.
 */
package org.lastpresence.bench;
