package org.edalat.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test: the benchmark's private copy of the provisioned WildFly, switched to the
 * PostgreSQL datasource of wildfly-config (datasource-postgresql.cli, applied offline) when it was
 * provisioned for H2, started like the run command ({@code -Xms256m -Xmx1g -Dedalat.demo=true}) with
 * a port offset, the EAR deployed by the deployment scanner, and stopped at the end.
 */
final class WildFly implements AutoCloseable {
    private static final Pattern EDALAT_DS = Pattern.compile(
            "<datasource jndi-name=\"java:jboss/datasources/EdalatDS\".*?<driver>([^<]+)</driver>", Pattern.DOTALL);

    private final Settings settings;
    private final Path log;
    private Process process;

    WildFly(Settings settings) {
        this.settings = settings;
        this.log = settings.server().resolveSibling("server.log");
    }

    Path home() {
        return settings.server();
    }

    Path log() {
        return log;
    }

    /** The server's processes (the start script and the JVM it runs). */
    java.util.Set<Long> pids() {
        java.util.Set<Long> pids = new java.util.HashSet<>();
        if (process != null) {
            pids.add(process.pid());
            process.descendants().forEach(p -> pids.add(p.pid()));
        }
        return pids;
    }

    /** Which driver the copy's EdalatDS uses: {@code postgresql} or {@code h2}. */
    String datasourceDriver() throws IOException {
        String xml = Files.readString(home().resolve("standalone/configuration/standalone.xml"));
        Matcher m = EDALAT_DS.matcher(xml);
        return m.find() ? m.group(1).strip() : "none";
    }

    /** Puts the PostgreSQL datasource (DB_URL, DB_USER, DB_PASSWORD at boot) in place of H2's, offline. */
    void usePostgresql() throws IOException, InterruptedException {
        if ("postgresql".equals(datasourceDriver())) {
            return;
        }
        Path script = home().resolveSibling("use-postgresql.cli");
        List<String> lines = new ArrayList<>();
        lines.add("embed-server --std-out=discard --server-config=standalone.xml");
        lines.add("batch");
        lines.add("/subsystem=datasources/data-source=EdalatDS:remove");
        lines.addAll(Files.readAllLines(settings.datasourceCli()));
        lines.add("run-batch");
        lines.add("stop-embedded-server");
        Files.write(script, lines);
        run(List.of("bash", home().resolve("bin/jboss-cli.sh").toString(), "--file=" + script), 180);
        if (!"postgresql".equals(datasourceDriver())) {
            throw new IllegalStateException("the server copy still has no PostgreSQL datasource: " + script);
        }
    }

    /** Starts the server with the EAR and waits until the deployment is up and the API answers. */
    void start() throws IOException, InterruptedException {
        int http = 8080 + settings.portOffset();
        for (int port : new int[] {http, settings.managementPort()}) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is in use: another server runs with offset "
                        + settings.portOffset() + "; choose another with -Dbenchmark.port.offset");
            }
        }
        Path deployments = home().resolve("standalone/deployments");
        try (var old = Files.list(deployments)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("edalat.ear"))
                    .toList()) {
                Files.delete(p);
            }
        }
        Files.copy(settings.ear(), deployments.resolve("edalat.ear"), StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder pb = new ProcessBuilder(
                "bash",
                home().resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + settings.portOffset(),
                "-Dedalat.demo=true",
                "-b",
                "127.0.0.1",
                "-bmanagement",
                "127.0.0.1");
        pb.environment().put("JBOSS_HOME", home().toString());
        pb.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        pb.environment().put("DB_URL", settings.dbUrl());
        pb.environment().put("DB_USER", settings.dbUser());
        pb.environment().put("DB_PASSWORD", settings.dbPassword());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (true) {
            if (Files.exists(deployments.resolve("edalat.ear.deployed"))) {
                break;
            }
            if (Files.exists(deployments.resolve("edalat.ear.failed"))) {
                throw new IllegalStateException("the EAR failed to deploy: "
                        + Files.readString(deployments.resolve("edalat.ear.failed")) + " (see " + log + ")");
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not deploy the EAR (see " + log + ")");
            }
            Thread.sleep(500);
        }
        Api api = new Api(settings.base());
        while (true) {
            try {
                int status = api.send(HttpRequest.newBuilder(api.uri("/api/v1/health"))
                                .timeout(Duration.ofSeconds(10))
                                .build())
                        .statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GET /api/v1/health did not answer 200 (see " + log + ")");
            }
            Thread.sleep(500);
        }
    }

    /** Shuts the server down through the management interface; kills it if that does not work. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            run(
                    List.of(
                            "bash",
                            home().resolve("bin/jboss-cli.sh").toString(),
                            "--controller=remote+http://127.0.0.1:" + settings.managementPort(),
                            "--connect",
                            "--command=:shutdown"),
                    60);
            if (process.waitFor(60, TimeUnit.SECONDS)) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("[benchmark] shutdown through the CLI failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JBOSS_HOME", home().toString());
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    String.join(" ", command) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
    }
}
