package org.seqdb.engine.database;

import org.seqdb.engine.DatabaseConfig;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.store.Store;

/**
 * One open database file (or mem database), shared by all its sessions in this JVM: the
 * store, the catalog and the server-wide variables. Opened by {@link DatabaseRegistry} with
 * the first session and closed with the last.
 */
public final class Database {
    private final DatabaseConfig config;
    private final Store store;
    private final Catalog catalog;
    private final GlobalVariables globals;
    private final StatementCache statementCache = new StatementCache();

    private Database(DatabaseConfig config, Store store, GlobalVariables globals) {
        this.config = config;
        this.store = store;
        this.globals = globals;
        this.catalog = Catalog.load(store, globals::autoIncrement);
    }

    static Database open(DatabaseConfig config) {
        Store store = Store.open(config);
        try {
            return new Database(config, store, new GlobalVariables());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public DatabaseConfig config() {
        return config;
    }

    public Catalog catalog() {
        return catalog;
    }

    public GlobalVariables globals() {
        return globals;
    }

    public StatementCache statementCache() {
        return statementCache;
    }

    void close() {
        store.close();
    }
}
