package org.strategyworkbench.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void aPluginBuiltAgainstAnotherApiVersionIsToldWhichRangeItNeedsAndWhichVersionTheWorkbenchProvides() {
        String summary = "missing requirement osgi.wiring.package; (&(osgi.wiring.package=org.strategyworkbench.core.workspace)"
                + "(version>=2.0.0)(!(version>=3.0.0)))";
        assertEquals("needs package org.strategyworkbench.core.workspace [2.0.0,3.0.0); the workbench provides 1.0.0"
                + " (by org.strategyworkbench.core 0.1.0) — " + summary, ResolutionMessages.explain(summary,
                        p -> p.equals("org.strategyworkbench.core.workspace") ? List.of("1.0.0 (by org.strategyworkbench.core 0.1.0)")
                                : List.of()));
    }

    @Test
    void aPackageNoBundleExportsIsSaidToBeProvidedByNone() {
        String summary = "missing requirement osgi.wiring.package; (osgi.wiring.package=com.example.missing)";
        assertEquals("needs package com.example.missing (any version); no bundle of the workbench provides it — " + summary,
                ResolutionMessages.explain(summary, p -> List.of()));
    }

    @Test
    void rangesKeepTheirOpenAndClosedEnds() {
        assertEquals("(1.0.0,2.0.0]", ResolutionMessages.range("(&(x=y)(!(version<=1.0.0))(version<=2.0.0))"));
        assertEquals("[1.2.0,∞)", ResolutionMessages.range("(&(x=y)(version>=1.2.0))"));
    }

    @Test
    void otherMissingRequirementsAreLeftAsTheyAre() {
        String summary = "missing requirement osgi.ee; (osgi.ee=JavaSE)";
        assertEquals(summary, ResolutionMessages.explain(summary, p -> List.of("1.0.0")));
    }
}
