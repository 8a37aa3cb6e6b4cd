package org.seqdb.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A peer's database for one trial: a fresh directory, the database opened (one connection
 * held for the whole trial so that per-thread connections join an open database), and
 * sequence {@code s} created.
 */
final class OpenDatabase {
    final Peer peer;
    final Path directory;
    final String url;
    private final Connection holder;

    private OpenDatabase(Peer peer, Path directory, Connection holder) {
        this.peer = peer;
        this.directory = directory;
        // Derby: joining the open database without create=true, which would add a warning per connection
        this.url = peer.url(directory).replace(";create=true", "");
        this.holder = holder;
    }

    static OpenDatabase open(Peer peer, boolean cached) throws Exception {
        peer.configure(cached);
        Path directory = Peer.freshDirectory(peer);
        Connection holder = DriverManager.getConnection(peer.url(directory));
        peer.createSequence(holder, cached);
        return new OpenDatabase(peer, directory, holder);
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(url);
    }

    void close() throws Exception {
        peer.shutdown(holder, directory);
        Peer.delete(directory);
    }
}
