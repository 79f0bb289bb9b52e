package org.strategyworkbench.benchmarks;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The baseline: Jackson alone reading the workspace's entity files into the same record classes,
 * and writing them back pretty-printed, with no store, engine, journal or fsync around it.
 */
final class BareJackson {

    /** The shape of an entity file. */
    record EntityFile<T>(String type, List<T> entities) {
    }

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final ObjectWriter pretty = mapper.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private final Map<String, Class<?>> classes;

    /** @param classes the entity class of each type name */
    BareJackson(Map<String, Class<?>> classes) {
        this.classes = classes;
    }

    /** Reads every entity file of the folder; returns what it read, file by file. */
    List<EntityFile<?>> read(Path folder) throws IOException {
        List<EntityFile<?>> files = new ArrayList<>();
        for (Path file : entityFiles(folder)) {
            String type = folder.relativize(file).getName(0).toString().replace(".json", "");
            JavaType shape = mapper.getTypeFactory().constructParametricType(EntityFile.class, classes.get(type));
            files.add(mapper.readValue(file.toFile(), shape));
        }
        return files;
    }

    /** Writes the files read by {@link #read} into another folder, one file per partition. */
    void write(List<EntityFile<?>> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < files.size(); i++) {
            pretty.writeValue(folder.resolve(files.get(i).type() + "-" + i + ".json").toFile(), files.get(i));
        }
    }

    /** The entity files of the types this baseline knows: {@code type.json} and {@code type/partition.json}. */
    private List<Path> entityFiles(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder, 2)) {
            return all.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> classes.containsKey(folder.relativize(f).getName(0).toString().replace(".json", "")))
                    .sorted().toList();
        }
    }
}
