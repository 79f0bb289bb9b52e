package org.strategyworkbench.buildtools;

/**
 * A bundle entry of a feature, named by Maven coordinates {@code groupId:artifactId:version}.
 * By the project's convention a bundle's artifact id is its Bundle-SymbolicName.
 *
 * @param groupId Maven group id
 * @param artifactId Maven artifact id, equal to the Bundle-SymbolicName
 * @param version the exact version the feature pins
 */
public record FeatureBundle(String groupId, String artifactId, String version) {

    /** The bnd requirement that selects exactly this bundle during resolution. */
    public String requirement() {
        return "osgi.identity;filter:='(&(osgi.identity=" + artifactId + ")(version=" + version + "))'";
    }
}
