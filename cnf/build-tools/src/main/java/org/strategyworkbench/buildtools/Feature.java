package org.strategyworkbench.buildtools;

import java.util.List;

/**
 * One OSGi feature (Compendium ch. 159) as far as the build needs it: its id, name and the
 * bundles it groups.
 *
 * @param file where the feature was read from, for messages
 * @param id the feature id, {@code groupId:artifactId[:type[:classifier]]:version}
 * @param name a short human name
 * @param bundles the bundles of the feature, in declaration order
 */
public record Feature(String file, String id, String name, List<FeatureBundle> bundles) {

    public Feature {
        bundles = List.copyOf(bundles);
    }
}
