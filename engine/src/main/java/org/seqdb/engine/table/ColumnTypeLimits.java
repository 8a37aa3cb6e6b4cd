package org.seqdb.engine.table;

import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * The sizes a column type may have, checked as MariaDB checks them when a column is defined:
 * DECIMAL up to 65 digits with up to 38 decimals, never more decimals than digits (also FLOAT /
 * DOUBLE (M,D), with up to 30 decimals); display widths up to 255 (BIT up to 64); CHAR up to 255
 * and VARCHAR up to 16383 characters; fractional seconds up to 6.
 */
public final class ColumnTypeLimits {
    private ColumnTypeLimits() {
    }

    public static void check(ColumnType type, String column) {
        switch (type.family()) {
            case DECIMAL -> decimal(type.length(), type.scale(), column, column);
            case FLOAT, DOUBLE -> {
                // in MariaDB's order: D beyond M, then D beyond 30, then M beyond 255
                if (type.hasFixedDecimals() && type.scale() > type.length()) {
                    throw new SeqDbException(ErrorCode.ER_M_BIGGER_THAN_D, column);
                }
                if (type.hasFixedDecimals() && type.scale() > 30) {
                    throw new SeqDbException(ErrorCode.ER_TOO_BIG_SCALE, column, 30);
                }
                if (type.length() > 255) {
                    throw new SeqDbException(ErrorCode.ER_TOO_BIG_DISPLAYWIDTH, column, 255);
                }
            }
            case INTEGER -> {
                if (type.length() > 255) {
                    throw new SeqDbException(ErrorCode.ER_TOO_BIG_DISPLAYWIDTH, column, 255);
                }
            }
            case BIT -> {
                if (type.length() > 64) {
                    throw new SeqDbException(ErrorCode.ER_TOO_BIG_DISPLAYWIDTH, column, 64);
                }
            }
            case TIME, DATETIME -> {
                if (type.length() > 6) {
                    throw new SeqDbException(ErrorCode.ER_TOO_BIG_PRECISION, column, 6);
                }
            }
            case TEXT -> {
                int max = type.base().equals("char") ? 255 : type.base().equals("varchar") ? 16_383 : Integer.MAX_VALUE;
                if (type.length() > max) {
                    throw new SeqDbException(ErrorCode.ER_TOO_BIG_FIELDLENGTH, column, max);
                }
            }
            default -> {
            }
        }
    }

    /**
     * DECIMAL(precision, scale) of a column or a CAST: {@code named} is what the precision and
     * scale errors name, {@code column} what 1427 names (a CAST names the operand, and '' for 1427).
     */
    public static void decimal(int precision, int scale, String named, String column) {
        if (scale > 38) {
            throw new SeqDbException(ErrorCode.ER_TOO_BIG_SCALE, named, 38);
        }
        if (precision > 65) {
            throw new SeqDbException(ErrorCode.ER_TOO_BIG_PRECISION, named, 65);
        }
        if (precision >= 0 && scale > precision) {
            throw new SeqDbException(ErrorCode.ER_M_BIGGER_THAN_D, column);
        }
    }
}
