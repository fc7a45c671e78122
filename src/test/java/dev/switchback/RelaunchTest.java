package dev.switchback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {
    @TempDir
    Path dir;
    Path jar;
    final Map<String, String> props = new HashMap<>();
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void aJarAndAJdk() throws Exception {
        jar = Files.writeString(dir.resolve("switchback.jar"), "jar");
        Path bin = Files.createDirectories(dir.resolve("jdk").resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        props.put("java.class.path", jar.toString());
        props.put("java.home", dir.resolve("jdk").toString());
        props.put("java.vm.version", "17.0.15+6");
        props.put("os.name", "Linux");
        props.put("user.home", dir.resolve("home").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    Optional<Relaunch.Plan> plan(List<String> jvmOptions, String... args) {
        return Relaunch.plan("window", args, props::get, env, Optional.of(jvmOptions));
    }

    @Test
    void withDefaultFlagsTheFirstStartMakesAnArchiveAndTheNextUsesIt() throws Exception {
        Relaunch.Plan first = plan(List.of()).orElseThrow();
        assertThat(first.command()).containsSequence(Relaunch.OPTIONS)
                .contains("-D" + Relaunch.CHILD + "=true", "-cp", jar.toString(), "dev.switchback.Launcher");
        assertThat(first.classList()).isPresent();
        assertThat(first.command()).contains("-XX:DumpLoadedClassList=" + first.classList().get())
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(first.archive().getParent()).isEqualTo(dir.resolve("cache").resolve("switchback"));
        // a static archive from that list, written beside the archive under a temporary name
        assertThat(first.dump()).containsExactly(dir.resolve("jdk").resolve("bin").resolve("java").toString(),
                "-Xshare:dump", "-XX:SharedClassListFile=" + first.classList().get(),
                "-XX:SharedArchiveFile=" + first.archive() + "." + ProcessHandle.current().pid() + ".tmp",
                "-cp", jar.toAbsolutePath().toString());

        Files.writeString(first.archive(), "archive");
        Relaunch.Plan second = plan(List.of()).orElseThrow();
        assertThat(second.classList()).isEmpty();
        assertThat(second.dump()).isEmpty();
        assertThat(second.command()).contains("-XX:SharedArchiveFile=" + first.archive())
                .noneMatch(o -> o.startsWith("-XX:DumpLoadedClassList"));
    }

    @Test
    void propertiesAndArgumentsAreHandedOnInOrder() {
        Relaunch.Plan p = plan(List.of("-Dswitchback.home=/x"), "check", "plan.json").orElseThrow();
        List<String> c = p.command();
        assertThat(c.indexOf("-Dswitchback.home=/x")).isLessThan(c.indexOf("dev.switchback.Launcher"));
        assertThat(c.subList(c.size() - 2, c.size())).containsExactly("check", "plan.json");
    }

    @Test
    void aRebuiltJarGetsAnotherArchive() throws Exception {
        Path before = plan(List.of()).orElseThrow().archive();
        Files.writeString(jar, "a bigger jar");
        assertThat(plan(List.of()).orElseThrow().archive()).isNotEqualTo(before);
    }

    @Test
    void theUsersJvmOptionsWin() {
        assertThat(plan(List.of("-Xmx1g"))).isEmpty();
        assertThat(plan(List.of("-Dfoo=bar", "-XX:+UseG1GC"))).isEmpty();
    }

    @Test
    void notRelaunchedInTheChildThePackagedAppAFolderOrWhenSwitchedOff() {
        for (String[] p : new String[][] {{Relaunch.CHILD, "true"}, {"jpackage.app-version", "0.1.0"},
                {Relaunch.SWITCH, "false"}}) {
            props.put(p[0], p[1]);
            assertThat(plan(List.of())).as(p[0]).isEmpty();
            props.remove(p[0]);
        }
        props.put("java.class.path", dir.toString());
        assertThat(plan(List.of())).as("class-path folder").isEmpty();
        props.put("java.class.path", jar + java.io.File.pathSeparator + jar);
        assertThat(plan(List.of())).as("two entries").isEmpty();
        assertThat(Relaunch.plan("cli", new String[0], props::get, env, Optional.empty())).as("options unknown")
                .isEmpty();
    }

    @Test
    void cacheFoldersFollowEachSystem() {
        Map<String, String> p = Map.of("user.home", "/home/ann", "os.name", "Linux");
        assertThat(Relaunch.cacheFolder(p::get, Map.of())).isEqualTo(Path.of("/home/ann/.cache/switchback"));
        assertThat(Relaunch.cacheFolder(p::get, Map.of("XDG_CACHE_HOME", "relative")))
                .isEqualTo(Path.of("/home/ann/.cache/switchback"));
        Map<String, String> mac = Map.of("user.home", "/Users/ann", "os.name", "Mac OS X");
        assertThat(Relaunch.cacheFolder(mac::get, Map.of()))
                .isEqualTo(Path.of("/Users/ann/Library/Caches/Switchback"));
        Map<String, String> win = Map.of("user.home", "C:/Users/ann", "os.name", "Windows 11");
        assertThat(Relaunch.cacheFolder(win::get, Map.of("LOCALAPPDATA", "C:/Users/ann/AppData/Local")))
                .isEqualTo(Path.of("C:/Users/ann/AppData/Local", "Switchback", "cache"));
    }

    @Test
    void aNewArchiveReplacesTheOlderOneOfItsKindOnly() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        for (String name : List.of("cli-9f8e.jsa", "cli-check-3c4d.jsa", "cli-sample-77.jsa", "window-1234.jsa")) {
            Files.writeString(cache.resolve(name), "old");
        }
        Path made = Files.writeString(cache.resolve("cli-1a2b.jsa.99.tmp"), "new");
        Relaunch.keep(made, cache.resolve("cli-1a2b.jsa"));
        Relaunch.keep(Files.writeString(cache.resolve("cli-check-5e.jsa.99.tmp"), "new"), cache.resolve("cli-check-5e.jsa"));
        try (var names = Files.list(cache)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("cli-1a2b.jsa", "cli-check-5e.jsa", "cli-sample-77.jsa", "window-1234.jsa");
        }
        assertThat(cache.resolve("cli-1a2b.jsa")).hasContent("new");
    }

    @org.junit.jupiter.api.Test
    void keepsTheArchiveOfAFirstRunOnlyWhenItWentThrough() {
        assertThat(Relaunch.worthKeeping("window", 0)).isTrue();
        assertThat(Relaunch.worthKeeping("window", 1)).as("no display").isFalse();
        for (int code : new int[] {0, 1, 3}) {
            assertThat(Relaunch.worthKeeping("cli-check", code)).as("check exit %d", code).isTrue();
        }
        for (int code : new int[] {2, 64, 130, 137}) {
            assertThat(Relaunch.worthKeeping("cli-check", code)).as("check exit %d", code).isFalse();
        }
        assertThat(Relaunch.worthKeeping("cli", 0)).as("--help").isTrue();
        assertThat(Relaunch.worthKeeping("cli", 64)).as("a mistyped command").isFalse();
    }
}
