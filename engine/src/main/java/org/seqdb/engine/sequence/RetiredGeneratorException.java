package org.seqdb.engine.sequence;

/**
 * Thrown by a generator that FLUSH, ALTER or INSERT replaced while a caller was waiting for
 * it; the caller retries on the current generator. Carries no stack trace: it is a signal.
 */
public final class RetiredGeneratorException extends RuntimeException {
    static final RetiredGeneratorException INSTANCE = new RetiredGeneratorException();

    private RetiredGeneratorException() {
        super("generator replaced", null, false, false);
    }
}
