package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.strategyworkbench.core.workspace.ValueRanges;

/**
 * Refuses, while a file is read, every number and date outside {@link ValueRanges}, whatever
 * entity holds it: an amount of {@code 1e999999} is short in a file but has a million digits
 * in a workbook. The error names the field, so the store reports file, line and field.
 */
final class BoundedValues<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    static final Module MODULE = new SimpleModule("BoundedValues")
            .addDeserializer(BigDecimal.class, bounded(BigDecimal.class, NumberDeserializers.BigDecimalDeserializer.instance))
            .addDeserializer(Double.class, bounded(Double.class, new NumberDeserializers.DoubleDeserializer(Double.class, null)))
            .addDeserializer(double.class, bounded(Double.class, new NumberDeserializers.DoubleDeserializer(double.class, 0.0)))
            .addDeserializer(LocalDate.class, bounded(LocalDate.class, LocalDateDeserializer.INSTANCE))
            .addDeserializer(Instant.class, bounded(Instant.class, InstantDeserializer.INSTANT));

    /** A value outside {@link ValueRanges}; its message is a sentence for a person. */
    static final class OutOfRange extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        OutOfRange(JsonParser p, String reason, Object value, Class<?> type) {
            super(p, reason, value, type);
        }
    }

    private final transient JsonDeserializer<? extends T> delegate;

    private BoundedValues(Class<T> type, JsonDeserializer<? extends T> delegate) {
        super(type);
        this.delegate = delegate;
    }

    private static <T> BoundedValues<T> bounded(Class<T> type, JsonDeserializer<? extends T> delegate) {
        return new BoundedValues<>(type, delegate);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
        T value = delegate.deserialize(p, context);
        Optional<String> problem = ValueRanges.problem(value);
        if (problem.isPresent()) {
            throw new OutOfRange(p, problem.get(), value, handledType());
        }
        return value;
    }

    @Override
    public T getNullValue(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
        return delegate.getNullValue(context);
    }
}
