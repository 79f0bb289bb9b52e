package org.strategyworkbench.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.core.internal.plugins.PluginTrustComponent;
import org.strategyworkbench.core.plugins.PluginTrust;

/**
 * What checking a plugin's signature costs: plugin jars of several sizes, signed with jarsigner,
 * checked by the workbench's plugin trust, against reading every entry of the same jar without
 * verification (the baseline, measured in the same run). Prints medians and ratios. Run it with
 * {@code benchmarks/trust.sh}.
 */
public final class TrustBenchmark {

    private static final String PASSWORD = "changeit";

    private TrustBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        Path dir = Files.createTempDirectory("trust-benchmark");
        Path certificate = signer(dir);
        PluginTrust trust = trust(certificate);
        System.out.printf("%-34s %10s %12s %12s %7s%n", "plugin jar", "size", "read (ms)", "check (ms)", "ratio");
        for (int classes : new int[] {20, 200, 2000}) {
            Path jar = sign(plugin(dir.resolve("plugin-" + classes + ".jar"), classes), dir);
            if (trust.refusal(jar).isPresent()) {
                throw new IllegalStateException("the benchmark's own jar was refused: " + trust.refusal(jar).get());
            }
            double read = Median.millis(3, runs, () -> readAll(jar));
            double check = Median.millis(3, runs, () -> trust.refusal(jar));
            System.out.printf("%-34s %8d KB %12.2f %12.2f %7.2f%n", classes + " classes of 2 KB", Files.size(jar) / 1024, read, check,
                    check / read);
        }
    }

    /** The baseline: every entry inflated and read, no signature checked. */
    private static void readAll(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (JarEntry entry : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
    }

    private static Path plugin(Path jar, int classes) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.benchmark");
        Random random = new Random(classes);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (int i = 0; i < classes; i++) {
                out.putNextEntry(new JarEntry("com/example/benchmark/internal/Class" + i + ".class"));
                byte[] content = new byte[2048];
                for (int b = 0; b < content.length; b++) {
                    content[b] = (byte) (random.nextInt(16) + 'a');
                }
                out.write(content);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path signer(Path dir) throws IOException, InterruptedException {
        jdk("keytool", "-genkeypair", "-alias", "bench", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Benchmark",
                "-keystore", dir.resolve("bench.p12").toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        Path certificate = dir.resolve("bench.pem");
        jdk("keytool", "-exportcert", "-rfc", "-alias", "bench", "-keystore", dir.resolve("bench.p12").toString(), "-storepass",
                PASSWORD, "-file", certificate.toString());
        return certificate;
    }

    private static Path sign(Path jar, Path dir) throws IOException, InterruptedException {
        jdk("jarsigner", "-keystore", dir.resolve("bench.p12").toString(), "-storepass", PASSWORD, jar.toString(), "bench");
        return jar;
    }

    /** The workbench's trust component, as the framework would make it with the allowed signer set. */
    private static PluginTrust trust(Path certificate) {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(TrustBenchmark.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, arguments) -> method.getName().equals("getProperty")
                        && PluginTrust.SIGNERS.equals(arguments[0]) ? certificate.toString() : null);
        return new PluginTrustComponent(context);
    }

    private static void jdk(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(tool + " failed: " + command);
        }
    }
}
