/** Introspection computed from the catalog: INFORMATION_SCHEMA tables. */
package org.seqdb.engine.meta;
