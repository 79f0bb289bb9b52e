package org.strategyworkbench.launcher.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsMeansTheDefaultCommand() {
        Options o = Options.parse();
        assertEquals(Optional.empty(), o.command());
        assertEquals(List.of(), o.arguments());
        assertFalse(o.help() || o.version());
    }

    @Test
    void globalOptionsMayStandBeforeOrAfterTheCommand() {
        Options o = Options.parse("export", "--workspace", "ws", "--out", "plan.xlsx", "--plugins=p");
        assertEquals(Optional.of("export"), o.command());
        assertEquals(List.of("--out", "plan.xlsx"), o.arguments());
        assertEquals(Optional.of(Path.of("ws").toAbsolutePath()), o.workspace());
        assertEquals(Optional.of(Path.of("p").toAbsolutePath()), o.plugins());
    }

    @Test
    void trustedSignersNameACertificateFileAndNeedAValue() {
        Options o = Options.parse("bundles", "--trusted-signers", "signers.pem");
        assertEquals(Optional.of(Path.of("signers.pem").toAbsolutePath()), o.signers());
        assertEquals(List.of(), o.arguments());
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Options.parse("--trusted-signers"));
        assertEquals("--trusted-signers needs a certificate file or folder", e.getMessage());
    }

    @Test
    void theFirstWordIsTheCommandAndTheRestAreItsArguments() {
        Options o = Options.parse("import", "a.xlsx", "b.xlsx");
        assertEquals(Optional.of("import"), o.command());
        assertEquals(List.of("a.xlsx", "b.xlsx"), o.arguments());
    }

    @Test
    void anOptionBeforeAnyCommandIsPassedToTheDefaultCommand() {
        Options o = Options.parse("--bogus");
        assertEquals(Optional.empty(), o.command());
        assertEquals(List.of("--bogus"), o.arguments());
    }

    @Test
    void helpAndVersionAreRecognisedAnywhere() {
        assertTrue(Options.parse("bundles", "-h").help());
        assertTrue(Options.parse("--help").help());
        assertTrue(Options.parse("--version").version());
    }

    @Test
    void aFolderOptionWithoutItsValueIsRefused() {
        UsageException e = assertThrows(UsageException.class, () -> Options.parse("bundles", "--workspace"));
        assertEquals("--workspace needs a folder", e.getMessage());
        assertThrows(UsageException.class, () -> Options.parse("--plugins", "--help"));
        assertThrows(UsageException.class, () -> Options.parse("--plugins="));
    }
}
