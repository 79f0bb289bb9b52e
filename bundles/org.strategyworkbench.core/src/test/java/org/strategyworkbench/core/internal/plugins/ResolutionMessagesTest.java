package org.strategyworkbench.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResolutionMessagesTest {

    @Test
    void namesTheMissingPackageOfAFelixResolutionError() {
        String felix = "Unable to resolve com.example.broken [15](R 15.0): missing requirement "
                + "[com.example.broken [15](R 15.0)] osgi.wiring.package; (osgi.wiring.package=com.example.missing) "
                + "Unresolved requirements: [[com.example.broken [15](R 15.0)] osgi.wiring.package; "
                + "(osgi.wiring.package=com.example.missing)]";
        assertEquals("missing requirement osgi.wiring.package; (osgi.wiring.package=com.example.missing)",
                ResolutionMessages.summarize(felix));
    }

    @Test
    void keepsAMessageThatNamesNoRequirement() {
        assertEquals("Activator start error", ResolutionMessages.summarize("  Activator start error "));
    }

    @Test
    void saysSomethingForAnEmptyMessage() {
        assertEquals("cannot be resolved", ResolutionMessages.summarize(null));
    }
}
