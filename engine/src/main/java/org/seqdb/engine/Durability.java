package org.seqdb.engine;

/**
 * What a write (a cache block reservation, a NOCACHE value, a DDL statement) waits for
 * before the statement that made it returns.
 */
public enum Durability {
    /**
     * The write is in the operating system (written to the file, not fsynced): values stay
     * unique if the process is killed, but not if the machine loses power. The default.
     */
    PROCESS,
    /** The write is fsynced to the device: values stay unique across a power loss. */
    SYNC
}
