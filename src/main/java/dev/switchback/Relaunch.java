package dev.switchback;

import dev.switchback.cli.SwitchbackCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code java -jar switchback.jar} with no JVM options starts a second JVM with the options the packaged
 * app's launcher carries (one GC thread, a small heap that gives memory back, the quick JIT only) and a
 * class-data-sharing archive of the jar's classes, made automatically by the first start (JDK 17 has no
 * auto-archive). Like the packaged app's, it is a <em>static</em> archive dumped from the class list of
 * a run ({@code -XX:DumpLoadedClassList} in the first start, then {@code -Xshare:dump} once it is done),
 * not a dynamic one ({@code -XX:ArchiveClassesAtExit}): a static archive also keeps the JDK's
 * pre-generated method-handle forms and archived heap objects, and started a {@code check} with about
 * 14 % less CPU (decisions/0010). Measured in docs/performance.md, "Packaged app and java -jar": the
 * first frame comes about twice as fast, the extra JVM costs well under a tenth of a second.
 *
 * <p>Not relaunched: when the user gave JVM options other than {@code -D} properties (their choice wins),
 * inside the packaged app (its launcher already has the options), with {@code -Dswitchback.relaunch=false},
 * from a class-path folder (no archive possible), or when the second JVM cannot be started. The archive
 * is keyed by the jar's path, size and time and by the JDK, so a rebuilt jar or another JDK makes a
 * new one and never meets a stale one; it lives in the user's cache folder and is safe to delete.
 */
final class Relaunch {
    static final String CHILD = "switchback.relaunched";
    static final String SWITCH = "switchback.relaunch";
    /** When the first JVM started, in ms since the epoch: start-up timing counts both JVMs. */
    static final String STARTED = "switchback.startedAtMs";
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms48m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1");
    // A damaged archive (a disk full while it was written) must not put warnings on the user's console.
    static final List<String> QUIET_CDS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /*
     * The first JVM runs with default flags and only the JDK's own archive, and everything it does before
     * it starts the second is on the way of every start: no lambda, method reference or stream here
     * (the first one spins the lambda machinery, about 20 classes and several ms interpreted).
     */
    private static final UnaryOperator<String> SYSTEM_PROPERTIES = new SystemProperties();

    private static final class SystemProperties implements UnaryOperator<String> {
        @Override
        public String apply(String name) {
            return System.getProperty(name);
        }
    }

    private Relaunch() {
    }

    /**
     * What to start; when there is no archive yet, the class list that JVM writes and the command that
     * dumps the archive from it once that JVM is done (it writes {@code archive}'s temporary name).
     */
    record Plan(List<String> command, Optional<Path> classList, Path archive, List<String> dump) {
    }

    /**
     * Runs {@code args} in a second JVM if that is worthwhile; returns its exit code, or empty to go on in
     * this JVM. {@code window}: the window is starting (the parent leaves as soon as the child runs, so
     * it holds no memory while the window is open, unless it must wait to keep a new archive).
     */
    static Optional<Integer> run(String kind, String[] args, boolean window) {
        Optional<Plan> plan = plan(kind, args, SYSTEM_PROPERTIES, System.getenv(), jvmArguments());
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(plan.get().command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no java binary where expected: run here, just slower
        }
        if (window && plan.get().classList().isEmpty()) {
            return Optional.of(0);
        }
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
        if (plan.get().classList().isPresent()) {
            if (worthKeeping(kind, code)) {
                dump(plan.get().classList().get(), plan.get());
            } else {
                plan.get().classList().get().toFile().delete();
            }
        }
        return Optional.of(code);
    }

    /**
     * Whether a first run that ended with {@code code} went through, so that its class list makes the archive
     * of its kind. A run that stopped early (a window without a display, an unreadable file, a wrong option,
     * a crash) would make an archive without most of the classes the later runs load, for as long as the jar
     * is the same (measured: a window archive of 20 MB instead of 46, 3,934 classes then loaded from the jar
     * and the JDK at every start); the next start tries again.
     */
    static boolean worthKeeping(String kind, int code) {
        if (kind.equals("window")) {
            return code == 0;
        }
        return code == SwitchbackCommand.OK || code == SwitchbackCommand.WARNINGS
                || code == SwitchbackCommand.BLOCKED;
    }

    /** The second JVM's command line, or empty when this JVM should do the work itself. */
    static Optional<Plan> plan(String kind, String[] args, UnaryOperator<String> properties, Map<String, String> env,
            Optional<List<String>> jvmArguments) {
        if (properties.apply(CHILD) != null || "false".equals(properties.apply(SWITCH))
                || properties.apply("jpackage.app-version") != null || jvmArguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> userOptions = jvmArguments.get();
        for (String option : userOptions) {
            if (!option.startsWith("-D")) {
                return Optional.empty();
            }
        }
        String classPath = properties.apply("java.class.path");
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path java = Path.of(properties.apply("java.home"), "bin",
                properties.apply("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
        if (!Files.isRegularFile(jar) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        Path folder = cacheFolder(properties, env);
        String key;
        try {
            key = kind + "-" + Long.toHexString(hash(jar.toString(), Files.size(jar),
                    Files.getLastModifiedTime(jar).toMillis(), properties.apply("java.home"),
                    properties.apply("java.vm.version")));
        } catch (IOException e) {
            return Optional.empty();
        }
        Path archive = folder.resolve(key + ".jsa");
        var command = new ArrayList<String>();
        command.add(java.toString());
        command.addAll(OPTIONS);
        command.addAll(QUIET_CDS);
        Optional<Path> list = Optional.empty();
        List<String> dump = List.of();
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (Files.isDirectory(folder) || folder.toFile().mkdirs()) {
            String tmp = "." + ProcessHandle.current().pid() + ".tmp";
            list = Optional.of(folder.resolve(key + ".classlist" + tmp));
            command.add("-XX:DumpLoadedClassList=" + list.get());
            dump = List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list.get(),
                    "-XX:SharedArchiveFile=" + archive + tmp, "-cp", jar.toString());
        }
        command.addAll(userOptions);
        command.add("-D" + CHILD + "=true");
        Optional<java.time.Instant> started = ProcessHandle.current().info().startInstant();
        if (started.isPresent()) {
            command.add("-D" + STARTED + "=" + started.get().toEpochMilli());
        }
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(command), list, archive, dump));
    }

    /**
     * Dumps the archive from the class list the first run wrote (a few seconds, once per jar and JDK;
     * its output would only confuse, so it is discarded), then keeps it; the list goes either way.
     */
    private static void dump(Path list, Plan plan) {
        String option = "-XX:SharedArchiveFile=";
        Path made = Path.of(plan.dump().stream().filter(o -> o.startsWith(option)).findFirst().orElseThrow()
                .substring(option.length()));
        try {
            if (Files.size(list) > 0) {
                Process p = new ProcessBuilder(plan.dump()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() == 0 && Files.isRegularFile(made)) {
                    keep(made, plan.archive());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only the speed-up of the next start is lost; it will try again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            list.toFile().delete();
            made.toFile().delete();
        }
    }

    /** The archive the first run wrote becomes the one later runs use; older ones of this kind go. */
    static void keep(Path made, Path archive) {
        try {
            if (Files.size(made) > 0) {
                Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                // "cli-1a2b.jsa" replaces "cli-9f8e.jsa", not "cli-check-3c4d.jsa"
                String older = archive.getFileName().toString().replaceFirst("-[0-9a-f]+\\.jsa$", "")
                        .replace(".", "\\.") + "-[0-9a-f]+\\.jsa";
                try (var old = Files.newDirectoryStream(archive.getParent())) {
                    for (Path p : old) {
                        if (!p.equals(archive) && p.getFileName().toString().matches(older)) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(made);
            }
        } catch (IOException e) {
            // Only the speed-up of the next start is lost; it will try again.
            made.toFile().delete();
        }
    }

    /** The user's cache folder: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows. */
    static Path cacheFolder(UnaryOperator<String> properties, Map<String, String> env) {
        Path home = Path.of(Optional.ofNullable(properties.apply("user.home")).orElse("."));
        String os = Optional.ofNullable(properties.apply("os.name")).orElse("").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Switchback").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Switchback");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && xdg.startsWith("/") ? Path.of(xdg) : home.resolve(".cache")).resolve("switchback");
    }

    private static long hash(Object... parts) {
        long h = 1125899906842597L;
        for (Object part : parts) {
            for (char c : String.valueOf(part).toCharArray()) {
                h = 31 * h + c;
            }
            h = 31 * h + '|';
        }
        return h & Long.MAX_VALUE;
    }

    /**
     * The options this JVM was started with. {@code ProcessHandle} reads them from the system without
     * loading the management classes; empty where the system does not say.
     */
    private static Optional<List<String>> jvmArguments() {
        Optional<String[]> all = ProcessHandle.current().info().arguments();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        var options = new ArrayList<String>();
        for (String a : all.get()) {
            if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")
                    || !a.startsWith("-")) {
                return Optional.of(options);
            }
            options.add(a);
        }
        return Optional.of(options);
    }
}
