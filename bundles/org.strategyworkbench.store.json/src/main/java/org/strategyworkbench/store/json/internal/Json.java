package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration of the store. Polymorphic default typing stays off (no class
 * names from files are ever instantiated) and Jackson's read limits stay at their defaults;
 * unknown fields are errors so that a typo in a hand-edited file is reported, not dropped.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a field given twice in one object would silently lose one of its values
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // the history passes entities through a JSON tree: keep every decimal exactly as it
            // was (4500000.00 stays 4500000.00, and never becomes a double)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .addModule(RecordComponentsOnly.MODULE)
            .addModule(BoundedValues.MODULE)
            // the store forces and closes its own streams
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** Pretty printing with two-space indents and "\n" line ends on every platform, for readable diffs. */
    static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }
}
