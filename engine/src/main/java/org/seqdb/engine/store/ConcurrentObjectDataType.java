package org.seqdb.engine.store;

import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * MVStore's {@link ObjectDataType} made safe for threads: the row maps of every table share one
 * key and value type (TransactionStore's), used at once by every session and by whichever thread
 * commits the file, and ObjectDataType caches the last type it met in a field it reads twice
 * unsynchronized, so under concurrency it can compare or write a value as another type (found by
 * TableCrashTest: a Long compared as a String). Each thread here gets its own ObjectDataType; the
 * bytes written are ObjectDataType's. Named by its class in the file (MVStore's MetaType), so
 * its name and {@link #INSTANCE} must stay.
 */
public final class ConcurrentObjectDataType extends BasicDataType<Object> {
    public static final ConcurrentObjectDataType INSTANCE = new ConcurrentObjectDataType();

    private static final ThreadLocal<ObjectDataType> TYPES = ThreadLocal.withInitial(ObjectDataType::new);

    @Override
    public int compare(Object a, Object b) {
        return TYPES.get().compare(a, b);
    }

    @Override
    public int getMemory(Object obj) {
        return TYPES.get().getMemory(obj);
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        TYPES.get().write(buff, obj);
    }

    @Override
    public Object read(ByteBuffer buff) {
        return TYPES.get().read(buff);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
