package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
@Component(immediate = true)
public final class PluginTrustComponent implements PluginTrust {

    /** How many verdicts are remembered: the views and the status line ask every two seconds. */
    private static final int REMEMBERED = 64;

    private final boolean signedOnly;
    private final List<X509Certificate> allowed;
    private final Optional<String> unreadable;
    private final Map<Path, Verdict> verdicts = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Verdict> eldest) {
            return size() > REMEMBERED;
        }
    };

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
        Path key = jar.toAbsolutePath().normalize();
        long size;
        long modified;
        try {
            size = Files.size(key);
            modified = Files.getLastModifiedTime(key).toMillis();
        } catch (IOException e) {
            return Optional.of("it cannot be read (" + e.getMessage() + ")");
        }
        synchronized (verdicts) {
            Verdict known = verdicts.get(key);
            if (known != null && known.size == size && known.modified == modified) {
                return known.refusal;
            }
        }
        Optional<String> refusal = JarSignatures.refusal(key, allowed);
        synchronized (verdicts) {
            verdicts.put(key, new Verdict(size, modified, refusal));
        }
        return refusal;
    }

    /**
     * What was found of a jar, as long as its size and modification time stay. Only what is shown
     * relies on it: the plugins folder's check runs on a fresh copy, under a new name, each time.
     */
    private record Verdict(long size, long modified, Optional<String> refusal) {
    }
}
