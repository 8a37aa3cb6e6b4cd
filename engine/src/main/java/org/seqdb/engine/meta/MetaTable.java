package org.seqdb.engine.meta;

import java.util.List;
import org.seqdb.engine.Column;

/** A table computed from the catalog: its columns and rows. */
public record MetaTable(List<Column> columns, List<Object[]> rows) {
}
