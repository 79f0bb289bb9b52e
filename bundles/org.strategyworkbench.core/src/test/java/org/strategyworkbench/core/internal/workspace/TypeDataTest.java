package org.strategyworkbench.core.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeDataTest {

    private final TypeData before = TypeData.EMPTY.with(List.of(new TypeData.Entry("a1", "alpha", "A1"),
            new TypeData.Entry("a2", "alpha", "A2"), new TypeData.Entry("b1", "beta", "B1")));

    @Test
    void replacingInPlaceChangesTheNewDataOnly() {
        TypeData after = before.with(List.of(new TypeData.Entry("a1", "alpha", "A1 changed")));
        assertEquals("A1 changed", after.get("a1"));
        assertEquals("A1", before.get("a1"));
        assertEquals(3, after.size());
    }

    @Test
    void addingMovingAndRemovingLeaveTheOlderDataAsItWas() {
        TypeData after = before.with(List.of(new TypeData.Entry("a2", "beta", "A2 moved"),
                new TypeData.Entry("b1", "beta", null), new TypeData.Entry("c1", "gamma", "C1")));
        assertEquals("beta", after.partitionOf("a2"));
        assertNull(after.get("b1"));
        assertEquals("C1", after.get("c1"));
        assertEquals(List.of("A2 moved"), after.partition("beta"));
        assertEquals(Set.of("alpha", "beta", "gamma"), after.partitionNames());
        assertEquals("alpha", before.partitionOf("a2"));
        assertEquals("B1", before.get("b1"));
        assertNull(before.get("c1"));
        assertEquals(List.of("A1", "A2"), before.partition("alpha"));
        assertEquals(3, before.size());
    }

    @Test
    void anEmptiedPartitionIsGone() {
        TypeData after = before.with(List.of(new TypeData.Entry("b1", "beta", null)));
        assertEquals(Set.of("alpha"), after.partitionNames());
        assertEquals(2, after.size());
    }
}
