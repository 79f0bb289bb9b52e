package org.strategyworkbench.core.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which plugin jars the workbench accepts. By default every bundle dropped into the plugins
 * folder is installed; when the workbench is started with a set of allowed signers (the launcher
 * option {@code --trusted-signers}, the framework property {@value #SIGNERS}), it accepts only
 * jars signed with {@code jarsigner} by one of them, every entry signed and unchanged since.
 * Every other jar stays in the folder, not installed, and {@link #refusal(Path)} says why.
 *
 * <p>A service of the core bundle, registered once at start-up: the allowed signers are read
 * then, so a change to them takes effect at the next start. Thread-safe.
 *
 * @since 1.1
 */
@ProviderType
public interface PluginTrust {

    /**
     * The framework property naming the allowed signers: a file of X.509 certificates (PEM or
     * DER, as {@code keytool -exportcert} writes them; a PEM file may hold several), or a folder
     * of such files.
     */
    String SIGNERS = "strategyworkbench.plugins.signers";

    /**
     * Whether only signed jars are accepted.
     *
     * @return {@code true} when allowed signers are configured, even if they could not be read
     *         (then no jar is accepted)
     */
    boolean signedOnly();

    /**
     * The allowed signers, each as its subject and SHA-256 fingerprint, for example
     * {@code "CN=Delegation of Norway (SHA-256 3F:A1:…:09)"}.
     *
     * @return the signers in the order they were read; empty when every jar is accepted or the
     *         configured signers could not be read
     */
    List<String> allowedSigners();

    /**
     * Why a jar may not be installed, in words its author can act on, for example {@code "it is
     * not signed"}, {@code "it is signed by CN=Unknown (SHA-256 …), which is not an allowed
     * signer"} or {@code "it was changed after it was signed: com/example/View.class does not
     * match its signature"}. Reads the whole jar each time.
     *
     * @param jar a plugin jar, usually in the plugins folder
     * @return the reason, or empty when the jar is accepted (always empty when
     *         {@link #signedOnly()} is {@code false})
     */
    Optional<String> refusal(Path jar);
}
