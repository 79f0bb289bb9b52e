package org.strategyworkbench.buildtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Turns a product's features into resolver input: a bnd include file whose
 * {@code -runrequires.features} names every bundle of every feature at its pinned version.
 * The resolver then computes the whole runtime from these requirements.
 *
 * <p>Usage: {@code FeatureRequirements OUTPUT.bnd FEATURE.json...}
 */
public final class FeatureRequirements {

    private FeatureRequirements() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: FeatureRequirements OUTPUT.bnd FEATURE.json...");
        }
        FeatureReader reader = new FeatureReader();
        List<Feature> features = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            features.add(reader.read(Path.of(args[i])));
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, render(features), StandardCharsets.UTF_8);
    }

    /** The bnd include file for these features. */
    public static String render(List<Feature> features) {
        StringBuilder text = new StringBuilder("# Generated from the product's features; do not edit.\n");
        StringJoiner requirements = new StringJoiner(",\\\n\t", "-runrequires.features: \\\n\t", "\n");
        for (Feature feature : features) {
            text.append("# ").append(feature.name()).append(": ").append(feature.id()).append('\n');
            feature.bundles().forEach(b -> requirements.add(b.requirement()));
        }
        return text.append(requirements).toString();
    }
}
