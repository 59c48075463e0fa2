package org.edalat.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mindrot.jbcrypt.BCrypt;

/** What the figures were measured on, and the cost of one bcrypt hash here. */
final class Machine {
    private Machine() {}

    static Map<String, String> describe(Path server) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("CPU", cpuInfo("model name").orElse(System.getProperty("os.arch")));
        info.put(
                "cores (available to the JVM)",
                String.valueOf(Runtime.getRuntime().availableProcessors()));
        info.put("memory", memTotal());
        info.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        info.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        info.put("WildFly", wildflyVersion(server));
        return info;
    }

    /**
     * Mean time of one bcrypt hash at cost 10 (the cost of {@code Passwords}) on one core of this
     * machine, in milliseconds, the same jBCrypt library the server uses.
     */
    static double bcryptMillis(int rounds) {
        String salt = BCrypt.gensalt(10);
        for (int i = 0; i < 3; i++) {
            BCrypt.hashpw("Bench-2026x", salt);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            BCrypt.hashpw("Bench-2026x" + i, BCrypt.gensalt(10));
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    private static Optional<String> cpuInfo(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String memTotal() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String l : lines) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(java.util.Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "unknown";
    }

    private static String wildflyVersion(Path server) {
        try {
            String xml = Files.readString(server.resolve(".wildfly-maven-plugin-provisioning.xml"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("wildfly-galleon-pack:([^\"<]+)")
                    .matcher(xml);
            if (m.find()) {
                return m.group(1);
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
