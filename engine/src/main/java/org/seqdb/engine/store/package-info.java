/** Persistence: {@link org.seqdb.engine.store.Store} is the only code that imports org.h2.mvstore. */
package org.seqdb.engine.store;
