package org.seqdb.engine.error;

/** The one exception the engine throws: a MariaDB error code, its SQLSTATE and message. */
public final class SeqDbException extends RuntimeException {
    private final ErrorCode code;
    private final java.util.List<Notice> alsoReported;

    public SeqDbException(ErrorCode code, Object... args) {
        super(code.format(args));
        this.code = code;
        this.alsoReported = java.util.List.of();
    }

    private SeqDbException(SeqDbException original, Notice more) {
        super(original.getMessage(), original.getCause());
        this.code = original.code;
        java.util.List<Notice> all = new java.util.ArrayList<>(original.alsoReported);
        all.add(more);
        this.alsoReported = java.util.List.copyOf(all);
    }

    /** The same error, with a further notice that SHOW WARNINGS lists after it (as MariaDB lists 1146 after 4091). */
    public SeqDbException alsoReporting(Notice more) {
        return new SeqDbException(this, more);
    }

    /** Notices MariaDB reports with this error, after it. */
    public java.util.List<Notice> alsoReported() {
        return alsoReported;
    }

    public SeqDbException(Throwable cause, ErrorCode code, Object... args) {
        super(code.format(args), cause);
        this.code = code;
        this.alsoReported = java.util.List.of();
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
