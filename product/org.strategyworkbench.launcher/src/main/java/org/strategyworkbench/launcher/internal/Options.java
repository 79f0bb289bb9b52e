package org.strategyworkbench.launcher.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line, split into the global options the launcher handles and the command with its
 * own arguments. Global options may stand before or after the command name.
 *
 * @param command the command name, empty for the default (open the workbench window)
 * @param arguments the command's own arguments, in order
 * @param workspace the value of {@code --workspace}, if given
 * @param plugins the value of {@code --plugins}, if given
 * @param signers the value of {@code --trusted-signers}, if given
 * @param help whether {@code --help} or {@code -h} was given
 * @param version whether {@code --version} was given
 */
record Options(Optional<String> command, List<String> arguments, Optional<Path> workspace,
        Optional<Path> plugins, Optional<Path> signers, boolean help, boolean version) {

    /** Parses the launcher's arguments; throws {@link UsageException} on a malformed option. */
    static Options parse(String... args) {
        Optional<String> command = Optional.empty();
        List<String> rest = new ArrayList<>();
        Optional<Path> workspace = Optional.empty();
        Optional<Path> plugins = Optional.empty();
        Optional<Path> signers = Optional.empty();
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--workspace" -> workspace = Optional.of(folder(args, i, name));
                case "--plugins" -> plugins = Optional.of(folder(args, i, name));
                case "--trusted-signers" -> signers = Optional.of(path(args, i, name, "a certificate file or folder"));
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                default -> {
                    if (command.isEmpty() && !arg.startsWith("-")) {
                        command = Optional.of(arg);
                    } else {
                        rest.add(arg);
                    }
                    continue;
                }
            }
            if (needsValue(name) && !arg.contains("=")) {
                i++;
            }
        }
        return new Options(command, List.copyOf(rest), workspace, plugins, signers, help, version);
    }

    private static boolean needsValue(String name) {
        return name.equals("--workspace") || name.equals("--plugins") || name.equals("--trusted-signers");
    }

    private static Path folder(String[] args, int i, String name) {
        return path(args, i, name, "a folder");
    }

    private static Path path(String[] args, int i, String name, String what) {
        String value;
        if (args[i].contains("=")) {
            value = args[i].substring(args[i].indexOf('=') + 1);
        } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            value = args[i + 1];
        } else {
            throw new UsageException(name + " needs " + what);
        }
        if (value.isBlank()) {
            throw new UsageException(name + " needs " + what);
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
