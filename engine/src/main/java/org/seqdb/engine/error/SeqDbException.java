package org.seqdb.engine.error;

/** The one exception the engine throws: a MariaDB error code, its SQLSTATE and message. */
public final class SeqDbException extends RuntimeException {
    private final ErrorCode code;

    public SeqDbException(ErrorCode code, Object... args) {
        super(code.format(args));
        this.code = code;
    }

    public SeqDbException(Throwable cause, ErrorCode code, Object... args) {
        super(code.format(args), cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public int vendorCode() {
        return code.vendorCode();
    }

    public String sqlState() {
        return code.sqlState();
    }
}
