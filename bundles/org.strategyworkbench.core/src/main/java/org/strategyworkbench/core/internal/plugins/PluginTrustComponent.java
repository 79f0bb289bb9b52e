package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.plugins.PluginTrust;

/**
 * The plugin trust of this run, from the framework property {@value PluginTrust#SIGNERS}. A
 * framework property rather than a configuration: it must be in force before the plugins folder is
 * first scanned, and configurations arrive asynchronously. Allowed signers that cannot be read
 * refuse every jar rather than accepting every jar.
 */
@Component
public final class PluginTrustComponent implements PluginTrust {

    private final boolean signedOnly;
    private final List<X509Certificate> allowed;
    private final Optional<String> unreadable;

    @Activate
    public PluginTrustComponent(BundleContext context) {
        this(Optional.ofNullable(context.getProperty(SIGNERS)).filter(s -> !s.isBlank()).map(Path::of));
    }

    PluginTrustComponent(Optional<Path> signers) {
        signedOnly = signers.isPresent();
        List<X509Certificate> read = List.of();
        Optional<String> problem = Optional.empty();
        if (signers.isPresent()) {
            try {
                read = Signers.read(signers.get());
            } catch (IOException e) {
                problem = Optional.of("the allowed signers cannot be read: " + e.getMessage());
                System.err.println("workbench: no plugin will be accepted: " + problem.get());
            }
        }
        allowed = read;
        unreadable = problem;
    }

    @Override
    public boolean signedOnly() {
        return signedOnly;
    }

    @Override
    public List<String> allowedSigners() {
        return allowed.stream().map(Signers::describe).toList();
    }

    @Override
    public Optional<String> refusal(Path jar) {
        if (!signedOnly) {
            return Optional.empty();
        }
        if (unreadable.isPresent()) {
            return unreadable;
        }
        return JarSignatures.refusal(jar, allowed);
    }
}
