package org.seqdb.hibernate;

import org.hibernate.MappingException;
import org.hibernate.dialect.sequence.ANSISequenceSupport;

/**
 * Sequence SQL as MariaDB 10.11 (and so seqdb) takes it: Hibernate 6.6's MariaDB statements,
 * with the {@code drop sequence if exists} of 7.x so that {@code hbm2ddl.auto=create} on an empty
 * database drops nothing it has to complain about. {@code nocache} is kept: with a pooled
 * optimizer Hibernate asks the sequence once per allocation, and every value it gets is on disk.
 */
final class SeqDbSequenceSupport extends ANSISequenceSupport {
    static final SeqDbSequenceSupport INSTANCE = new SeqDbSequenceSupport();

    private SeqDbSequenceSupport() {
    }

    @Override
    public String getCreateSequenceString(String sequenceName) throws MappingException {
        return "create sequence " + sequenceName + " nocache";
    }

    @Override
    public String getCreateSequenceString(String sequenceName, int initialValue, int incrementSize)
            throws MappingException {
        if (incrementSize == 0) {
            throw new MappingException("Unable to create the sequence [" + sequenceName
                    + "]: the increment size must not be 0");
        }
        return "create sequence " + sequenceName + startingValue(initialValue, incrementSize)
                + " start with " + initialValue + " increment by " + incrementSize + " nocache";
    }

    @Override
    public String getSelectSequencePreviousValString(String sequenceName) throws MappingException {
        return "previous value for " + sequenceName;
    }

    @Override
    public String getDropSequenceString(String sequenceName) throws MappingException {
        return "drop sequence if exists " + sequenceName;
    }

    /** A start that does not have the increment's sign needs an explicit minvalue/maxvalue (MariaDB: 4085 otherwise). */
    @Override
    public boolean sometimesNeedsStartingValue() {
        return true;
    }
}
