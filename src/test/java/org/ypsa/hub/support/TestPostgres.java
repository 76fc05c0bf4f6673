package org.ypsa.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of the machine's own (Debian's postgresql package): initdb in a temporary folder,
 * started with pg_ctl on a free port on 127.0.0.1 only, stopped and deleted after. PostgreSQL refuses to run as
 * root, so as root (CI) its commands run as the postgres user through runuser.
 */
public final class TestPostgres implements AutoCloseable {
    public static final String USER = "hub";

    private final Path bin;
    private final Path dir;
    private final int port;

    private TestPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The folder of initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin, else pg_ctl's on the PATH. */
    public static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.isDirectory(Path.of("/usr/lib/postgresql"))
                ? Files.list(Path.of("/usr/lib/postgresql")) : Stream.empty()) {
            Optional<Path> debian = versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
            if (debian.isPresent()) {
                return debian;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path pgCtl = Path.of(p, "pg_ctl");
            if (Files.isExecutable(pgCtl)) {
                try {
                    Path real = pgCtl.toRealPath().getParent();
                    if (Files.isExecutable(real.resolve("initdb"))) {
                        return Optional.of(real);
                    }
                } catch (IOException e) {
                    // not this one
                }
            }
        }
        return Optional.empty();
    }

    public static TestPostgres start(Path bin) {
        try {
            Path dir = Files.createTempDirectory("ypsa-hub-pg");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            TestPostgres pg = new TestPostgres(bin, dir, HubIT.freePort());
            pg.run(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "-A",
                    "trust", "-E", "UTF8", "--no-locale");
            pg.run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + pg.port
                            + " -c listen_addresses=127.0.0.1 -k " + dir, "start");
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private void run(String... command) {
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("commands.log").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + Files.readString(dir.resolve("commands.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temporary folder: the OS cleans it
            }
        }
    }
}
