package org.strategyworkbench.store.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.strategyworkbench.core.store.CorruptWorkspaceException;

/**
 * Reads and writes one entity file: <pre>{ "type" : "commitment", "entities" : [ … ] }</pre>
 * Entities are streamed, so a large file is never held as a tree.
 */
final class EntityFiles {

    private EntityFiles() {
    }

    static void write(OutputStream out, String typeName, List<?> entities) throws IOException {
        try (JsonGenerator gen = Json.PRETTY.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringField("type", typeName);
            gen.writeArrayFieldStart("entities");
            for (Object entity : entities) {
                gen.writeObject(entity);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
    }

    /** An entity read from a file, with the line its object starts on. */
    record Located<T>(T entity, int line) {
    }

    static <T> List<T> read(Path file, String typeName, Class<T> type) throws CorruptWorkspaceException {
        return readLocated(file, typeName, type).stream().map(Located::entity).toList();
    }

    static <T> List<Located<T>> readLocated(Path file, String typeName, Class<T> type) throws CorruptWorkspaceException {
        List<Located<T>> result = new ArrayList<>();
        int index = -1;
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.MAPPER.createParser(in)) {
            expect(p, JsonToken.START_OBJECT, file, "");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "type" -> {
                        if (!typeName.equals(p.getValueAsString())) {
                            throw corrupt(file, p, "type", "holds \"" + p.getValueAsString() + "\", expected \"" + typeName + "\"");
                        }
                    }
                    case "entities" -> {
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw corrupt(file, p, "entities", "must be an array");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            index++;
                            int line = p.currentLocation().getLineNr();
                            result.add(new Located<>(Json.MAPPER.readValue(p, type), line));
                        }
                    }
                    default -> throw corrupt(file, p, field, "is not a field of an entity file");
                }
            }
            return result;
        } catch (CorruptWorkspaceException e) {
            throw e;
        } catch (JsonMappingException e) {
            String path = index < 0 ? path(e) : "entities[" + index + "]" + (path(e).isEmpty() ? "" : "." + path(e));
            throw new CorruptWorkspaceException(file, line(e), path, ReadFailures.describe(e), e);
        } catch (JsonProcessingException e) {
            throw new CorruptWorkspaceException(file, line(e), index < 0 ? "" : "entities[" + index + "]",
                    ReadFailures.describe(e), e);
        } catch (IOException e) {
            throw new CorruptWorkspaceException(file, 0, "", "cannot be read: " + ReadFailures.withoutClassNames(e.getMessage()), e);
        }
    }

    private static void expect(JsonParser p, JsonToken token, Path file, String field) throws IOException {
        if (p.nextToken() != token) {
            throw corrupt(file, p, field, p.currentToken() == null ? "is empty: an entity file holds { \"type\" : …, "
                    + "\"entities\" : [ … ] }; restore it from a backup" : "is not an entity file: it must start with {");
        }
    }

    private static CorruptWorkspaceException corrupt(Path file, JsonParser p, String field, String reason) {
        return new CorruptWorkspaceException(file, p.currentLocation().getLineNr(), field, reason, null);
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /** The JSON path of a mapping error within one entity, for example {@code dueDate} or {@code followUps[2]}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
