package org.ypsa.hub.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hub as a separate JVM, as it runs in production, so a test can SIGKILL it mid-flight; also any other main
 * class of the test classpath, such as a {@link StandaloneBroker}.
 */
public final class HubProcess {
    private final List<String> args;
    private final Path log;
    private final String mainClass;
    private Process process;
    private List<String> jvm = List.of("-Xmx384m");
    private java.util.Map<String, String> env = java.util.Map.of();

    /** Environment variables of the JVM, on top of this one's: how an operator configures the hub. */
    public HubProcess env(java.util.Map<String, String> variables) {
        this.env = java.util.Map.copyOf(variables);
        return this;
    }

    /** JVM options in place of the default heap (-Xmx384m), for a test on a small heap. */
    public HubProcess jvm(String... options) {
        this.jvm = List.of(options);
        return this;
    }

    public HubProcess(String mainClass, List<String> args, Path log) {
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
        this.log = log;
    }

    public HubProcess start(String... extraArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        cmd.addAll(List.of(extraArgs));
        try {
            ProcessBuilder builder = new ProcessBuilder(cmd).directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            process = builder.start();
            // A test JVM stopped from outside (a build cancelled) takes its hubs and brokers with it.
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(30);
        }
    }

    public boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(30)) {
                kill();
            }
        }
    }
}
