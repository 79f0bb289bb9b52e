package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a record as its components only. Jackson also takes a record's other accessors, such
 * as {@code isNew()} or {@code getLabel()}, as properties: written, they could not be read back
 * (the record has no such component, and unknown fields are errors), so one derived accessor
 * would make a whole file unreadable. Jackson has no switch for "components only" that keeps
 * the components' own accessors, hence this modifier.
 */
final class RecordComponentsOnly extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    static final Module MODULE = new SimpleModule("RecordComponentsOnly").setSerializerModifier(new RecordComponentsOnly());

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
            List<BeanPropertyWriter> properties) {
        Class<?> type = description.getBeanClass();
        if (!type.isRecord()) {
            return properties;
        }
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        return properties.stream().filter(p -> components.contains(p.getMember().getName())).toList();
    }
}
