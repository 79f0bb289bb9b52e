package org.strategyworkbench.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureRequirementsTest {

    @TempDir
    Path dir;

    private Path feature(String json) throws IOException {
        return Files.writeString(dir.resolve("f.json"), json);
    }

    @Test
    void everyBundleOfEveryFeatureBecomesAnExactRequirement() throws IOException {
        Feature f = new FeatureReader().read(feature("""
                {"feature-resource-version": "1.0", "id": "g:core:osgifeature:1.0.0", "name": "Core",
                 "bundles": [{"id": "org.apache.felix:org.apache.felix.scr:2.2.14"}, "g:g.core:0.1.0"]}
                """));
        String bnd = FeatureRequirements.render(List.of(f));
        assertTrue(bnd.contains("-runrequires.features: \\\n\tosgi.identity;filter:='(&(osgi.identity=org.apache.felix.scr)(version=2.2.14))',\\\n"
                + "\tosgi.identity;filter:='(&(osgi.identity=g.core)(version=0.1.0))'\n"), bnd);
        assertTrue(bnd.contains("# Core: g:core:osgifeature:1.0.0"), bnd);
    }

    @Test
    void aBundleWithoutAVersionIsRefusedNamingFileAndField() throws IOException {
        Path file = feature("""
                {"feature-resource-version": "1.0", "id": "g:a:1.0.0", "bundles": [{"id": "g:x:1.0.0"}, {"id": "g:broken"}]}
                """);
        IOException e = assertThrows(IOException.class, () -> new FeatureReader().read(file));
        assertEquals(file + ": bundles[1].id \"g:broken\" is not groupId:artifactId:version", e.getMessage());
    }

    @Test
    void malformedJsonIsReportedWithItsLine() throws IOException {
        Path file = feature("{\n\"feature-resource-version\": \"1.0\",\n\"id\": }");
        IOException e = assertThrows(IOException.class, () -> new FeatureReader().read(file));
        assertTrue(e.getMessage().startsWith(file + ": not valid JSON at line 3"), e.getMessage());
    }

    @Test
    void theProductsFeaturesAreValid() throws IOException {
        Path features = Path.of(System.getProperty("user.dir")).resolve("../../features").normalize();
        try (var files = Files.list(features)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertTrue(all.size() >= 4, "core, console, reporting, workbench-ui: " + all);
            for (Path p : all) {
                assertTrue(!new FeatureReader().read(p).bundles().isEmpty(), p.toString());
            }
        }
    }
}
