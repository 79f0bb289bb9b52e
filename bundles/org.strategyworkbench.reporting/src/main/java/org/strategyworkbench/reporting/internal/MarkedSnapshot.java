package org.strategyworkbench.reporting.internal;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.reporting.Audience;

/**
 * A snapshot as an audience may see it: every record with a {@code marking} the audience may not
 * see is left out, whatever its type.
 */
final class MarkedSnapshot implements WorkspaceSnapshot {

    private final WorkspaceSnapshot all;
    private final Audience audience;

    MarkedSnapshot(WorkspaceSnapshot all, Audience audience) {
        this.all = all;
        this.audience = audience;
    }

    boolean visible(Object entity) {
        if (entity == null || !entity.getClass().isRecord()) {
            return true;
        }
        for (RecordComponent c : entity.getClass().getRecordComponents()) {
            if (c.getName().equals("marking") && c.getType() == String.class) {
                try {
                    return audience.maySee((String) c.getAccessor().invoke(entity));
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public long revision() {
        return all.revision();
    }

    @Override
    public <T> Optional<T> get(EntityType<T> type, String id) {
        return all.get(type, id).filter(this::visible);
    }

    @Override
    public <T> List<T> all(EntityType<T> type) {
        return all.all(type).stream().filter(this::visible).toList();
    }

    @Override
    public <T> List<T> partition(EntityType<T> type, String partition) {
        return all.partition(type, partition).stream().filter(this::visible).toList();
    }

    @Override
    public Set<String> partitions(String typeName) {
        Set<String> names = new TreeSet<>();
        for (String p : all.partitions(typeName)) {
            if (!entities(typeName, p).isEmpty()) {
                names.add(p);
            }
        }
        return names;
    }

    @Override
    public Set<String> typeNames() {
        Set<String> names = new TreeSet<>();
        all.typeNames().stream().filter(t -> count(t) > 0).forEach(names::add);
        return names;
    }

    @Override
    public List<Object> entities(String typeName) {
        return all.entities(typeName).stream().filter(this::visible).toList();
    }

    @Override
    public List<Object> entities(String typeName, String partition) {
        return all.entities(typeName, partition).stream().filter(this::visible).toList();
    }

    @Override
    public java.util.SortedSet<String> ids(String typeName) {
        java.util.SortedSet<String> ids = new TreeSet<>();
        for (String id : all.ids(typeName)) {
            if (entity(typeName, id).isPresent()) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Override
    public Optional<Object> entity(String typeName, String id) {
        return all.entity(typeName, id).filter(this::visible);
    }

    @Override
    public int count(String typeName) {
        return entities(typeName).size();
    }
}
