package org.seqdb.engine.sequence;

/**
 * {@code @@auto_increment_increment} and {@code @@auto_increment_offset}: the step and
 * alignment of a sequence created with INCREMENT 0 (MariaDB's multi-master setting).
 */
public record AutoIncrementSettings(long increment, long offset) {
    public static final AutoIncrementSettings DEFAULT = new AutoIncrementSettings(1, 1);
}
