package org.lastpresence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What one node writes with the cluster's ExternalizableUtil strategy, the other reads back unchanged. */
class JavaSerializationTest {
    private final JavaSerialization strategy = new JavaSerialization(getClass().getClassLoader());

    @Test
    void primitivesStringsAndContainersSurviveInOrder() throws IOException {
        String large = "x".repeat(70_000); // over DataOutput.writeUTF's 64 KB
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        strategy.writeSafeUTF(out, "grüße");
        strategy.writeSafeUTF(out, null);
        strategy.writeSafeUTF(out, large);
        strategy.writeLong(out, -7L);
        strategy.writeInt(out, 42);
        strategy.writeBoolean(out, true);
        strategy.writeByteArray(out, new byte[] {1, 2, 3});
        strategy.writeStringList(out, List.of("a", "b"));
        strategy.writeStringMap(out, Map.of("k", "v"));
        strategy.writeStrings(out, List.of("s1", "s2"));
        strategy.writeStringsMap(out, Map.of("group", Set.of("m1")));
        strategy.writeSerializableMap(out, Map.of(1L, "one"));

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("grüße", strategy.readSafeUTF(in));
        assertNull(strategy.readSafeUTF(in));
        assertEquals(large, strategy.readSafeUTF(in));
        assertEquals(-7L, strategy.readLong(in));
        assertEquals(42, strategy.readInt(in));
        assertEquals(true, strategy.readBoolean(in));
        assertArrayEquals(new byte[] {1, 2, 3}, strategy.readByteArray(in));
        assertEquals(List.of("a", "b"), strategy.readStringList(in));
        assertEquals(Map.of("k", "v"), strategy.readStringMap(in));
        List<String> strings = new ArrayList<>();
        assertEquals(2, strategy.readStrings(in, strings));
        assertEquals(List.of("s1", "s2"), strings);
        Map<String, Set<String>> groups = new HashMap<>();
        assertEquals(1, strategy.readStringsMap(in, groups));
        assertEquals(Map.of("group", Set.of("m1")), groups);
        Map<Long, String> serializable = new HashMap<>();
        assertEquals(1, strategy.readSerializableMap(in, serializable, null));
        assertEquals(Map.of(1L, "one"), serializable);
        assertEquals(-1, in.read(), "everything written was read");
    }
}
