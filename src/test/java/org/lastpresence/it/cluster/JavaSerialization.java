package org.lastpresence.it.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.Externalizable;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jivesoftware.util.cache.ExternalizableUtilStrategy;

/**
 * How Openfire's cluster tasks and cached objects write their fields ({@code ExternalizableUtil}) while clustered:
 * primitives as themselves, strings as length-prefixed UTF-8, everything else as a length-prefixed Java
 * serialization resolved through the cluster's class loader. (Openfire's default strategy writes nothing.)
 */
final class JavaSerialization implements ExternalizableUtilStrategy {
    private final ClassLoader loader;

    JavaSerialization(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public void writeStringMap(DataOutput out, Map<String, String> map) throws IOException {
        writeObject(out, map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> readStringMap(DataInput in) throws IOException {
        return (Map<String, String>) readObject(in, loader);
    }

    @Override
    public void writeLongIntMap(DataOutput out, Map<Long, Integer> map) throws IOException {
        writeObject(out, map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> readLongIntMap(DataInput in) throws IOException {
        return (Map<Long, Integer>) readObject(in, loader);
    }

    @Override
    public void writeStringList(DataOutput out, List<String> list) throws IOException {
        writeObject(out, list);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> readStringList(DataInput in) throws IOException {
        return (List<String>) readObject(in, loader);
    }

    @Override
    public void writeLongArray(DataOutput out, long[] array) throws IOException {
        writeObject(out, array);
    }

    @Override
    public long[] readLongArray(DataInput in) throws IOException {
        return (long[]) readObject(in, loader);
    }

    @Override
    public void writeLong(DataOutput out, long value) throws IOException {
        out.writeLong(value);
    }

    @Override
    public long readLong(DataInput in) throws IOException {
        return in.readLong();
    }

    @Override
    public void writeBoolean(DataOutput out, boolean value) throws IOException {
        out.writeBoolean(value);
    }

    @Override
    public boolean readBoolean(DataInput in) throws IOException {
        return in.readBoolean();
    }

    @Override
    public void writeByteArray(DataOutput out, byte[] value) throws IOException {
        writeBytes(out, value);
    }

    @Override
    public byte[] readByteArray(DataInput in) throws IOException {
        return readBytes(in);
    }

    @Override
    public void writeSerializable(DataOutput out, Serializable value) throws IOException {
        writeObject(out, value);
    }

    @Override
    public Serializable readSerializable(DataInput in) throws IOException {
        return (Serializable) readObject(in, loader);
    }

    @Override
    public void writeSafeUTF(DataOutput out, String value) throws IOException {
        writeBytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String readSafeUTF(DataInput in) throws IOException {
        byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void writeExternalizableCollection(DataOutput out, Collection<? extends Externalizable> value)
            throws IOException {
        writeObject(out, value.toArray());
    }

    @Override
    public int readExternalizableCollection(DataInput in, Collection<? extends Externalizable> value,
            ClassLoader classLoader) throws IOException {
        return fill(in, value, classLoader);
    }

    @Override
    public void writeSerializableCollection(DataOutput out, Collection<? extends Serializable> value)
            throws IOException {
        writeObject(out, value.toArray());
    }

    @Override
    public int readSerializableCollection(DataInput in, Collection<? extends Serializable> value,
            ClassLoader classLoader) throws IOException {
        return fill(in, value, classLoader);
    }

    @Override
    public void writeExternalizableMap(DataOutput out, Map<String, ? extends Externalizable> map)
            throws IOException {
        writeObject(out, new java.util.HashMap<>(map));
    }

    @Override
    public int readExternalizableMap(DataInput in, Map<String, ? extends Externalizable> map,
            ClassLoader classLoader) throws IOException {
        return fillMap(in, map, classLoader);
    }

    @Override
    public void writeSerializableMap(DataOutput out, Map<? extends Serializable, ? extends Serializable> map)
            throws IOException {
        writeObject(out, new java.util.HashMap<>(map));
    }

    @Override
    public int readSerializableMap(DataInput in, Map<? extends Serializable, ? extends Serializable> map,
            ClassLoader classLoader) throws IOException {
        return fillMap(in, map, classLoader);
    }

    @Override
    public void writeStringsMap(DataOutput out, Map<String, Set<String>> map) throws IOException {
        writeObject(out, new java.util.HashMap<>(map));
    }

    @Override
    public int readStringsMap(DataInput in, Map<String, Set<String>> map) throws IOException {
        return fillMap(in, map, loader);
    }

    @Override
    public void writeStrings(DataOutput out, Collection<String> collection) throws IOException {
        writeObject(out, collection.toArray());
    }

    @Override
    public int readStrings(DataInput in, Collection<String> collection) throws IOException {
        return fill(in, collection, loader);
    }

    @Override
    public void writeInt(DataOutput out, int value) throws IOException {
        out.writeInt(value);
    }

    @Override
    public int readInt(DataInput in) throws IOException {
        return in.readInt();
    }

    @SuppressWarnings("unchecked")
    private int fill(DataInput in, Collection<?> target, ClassLoader classLoader) throws IOException {
        Object[] items = (Object[]) readObject(in, classLoader == null ? loader : classLoader);
        for (Object item : items) {
            ((Collection<Object>) target).add(item);
        }
        return items.length;
    }

    @SuppressWarnings("unchecked")
    private int fillMap(DataInput in, Map<?, ?> target, ClassLoader classLoader) throws IOException {
        Map<Object, Object> read = (Map<Object, Object>) readObject(in, classLoader == null ? loader : classLoader);
        ((Map<Object, Object>) target).putAll(read);
        return read.size();
    }

    private static void writeObject(DataOutput out, Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(value);
        }
        writeBytes(out, bytes.toByteArray());
    }

    private static Object readObject(DataInput in, ClassLoader classLoader) throws IOException {
        byte[] bytes = readBytes(in);
        try (ObjectInputStream objects = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
            return objects.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("Class of a clustered object not found: " + e.getMessage(), e);
        }
    }

    private static void writeBytes(DataOutput out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static byte[] readBytes(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] value = new byte[length];
        in.readFully(value);
        return value;
    }

    /** Resolves classes through a given loader instead of the caller's. */
    private static final class LoaderObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
