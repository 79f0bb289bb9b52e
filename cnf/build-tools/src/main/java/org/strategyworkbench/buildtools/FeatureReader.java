package org.strategyworkbench.buildtools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads feature JSON files and rejects malformed ones with a message naming file and field. */
public final class FeatureReader {

    private static final Pattern BUNDLE_ID = Pattern.compile("[\\w.-]+:[\\w.-]+:\\d+\\.\\d+\\.\\d+[\\w.-]*");
    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads one feature file. */
    public Feature read(Path file) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage(), e);
        }
        String where = file.toString();
        if (!"1.0".equals(text(root, "feature-resource-version", where))) {
            throw new IOException(where + ": feature-resource-version must be \"1.0\"");
        }
        String id = text(root, "id", where);
        String name = root.path("name").asText(id);
        return new Feature(where, id, name, bundles(root, where));
    }

    private List<FeatureBundle> bundles(JsonNode root, String where) throws IOException {
        JsonNode array = root.get("bundles");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new IOException(where + ": field \"bundles\" must be a non-empty array");
        }
        List<FeatureBundle> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            String field = "bundles[" + i + "].id";
            String id = entry.isTextual() ? entry.asText() : entry.path("id").asText("");
            if (!BUNDLE_ID.matcher(id).matches()) {
                throw new IOException(where + ": " + field + " \"" + id
                        + "\" is not groupId:artifactId:version");
            }
            String[] parts = id.split(":");
            result.add(new FeatureBundle(parts[0], parts[1], parts[2]));
        }
        return result;
    }

    private static String text(JsonNode root, String field, String where) throws IOException {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new IOException(where + ": missing text field \"" + field + "\"");
        }
        return node.asText();
    }
}
