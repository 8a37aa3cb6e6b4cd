package org.seqdb.engine.error;

/** A note or warning left by a statement, as SHOW WARNINGS lists it. */
public record Notice(Level level, int code, String message) {
    public enum Level {
        Note, Warning, Error
    }

    public static Notice note(ErrorCode code, Object... args) {
        return new Notice(Level.Note, code.vendorCode(), code.format(args));
    }

    public static Notice warning(ErrorCode code, Object... args) {
        return new Notice(Level.Warning, code.vendorCode(), code.format(args));
    }

    public static Notice error(SeqDbException e) {
        return new Notice(Level.Error, e.vendorCode(), e.getMessage());
    }
}
