/**
 * JMH benchmarks of seqdb beside H2, HSQLDB and Derby, each embedded and file-backed with its own
 * SQL ({@code Peer}) on a fresh database per trial ({@code OpenDatabase}); every benchmark class
 * extends {@code PeerBenchmark} for its run settings. {@code Report} turns JMH's JSON into the
 * table of bench/README.md; {@code PeerCrashCheck} finds which peer settings repeat values after
 * a killed process. Run by hand, never by the tests.
 */
package org.seqdb.bench;
