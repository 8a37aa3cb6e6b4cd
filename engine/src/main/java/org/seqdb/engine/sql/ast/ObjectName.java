package org.seqdb.engine.sql.ast;

/** A possibly qualified name: {@code s}, {@code db.s}. {@code database} is null when not given. */
public record ObjectName(String database, String name) {
    @Override
    public String toString() {
        return database == null ? name : database + "." + name;
    }
}
