package dev.switchback.store;

import dev.switchback.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where a user's plans live. In order of precedence: the system property {@code switchback.home}
 * ({@code java -Dswitchback.home=DIR}), the environment variable {@code SWITCHBACK_HOME}, then the
 * operating system's user data folder:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/switchback}, else {@code ~/.local/share/switchback};</li>
 *   <li>macOS: {@code ~/Library/Application Support/Switchback};</li>
 *   <li>Windows: {@code %APPDATA%\Switchback}, else {@code ~\AppData\Roaming\Switchback}.</li>
 * </ul>
 */
public final class DataFolder {
    public static final String PROPERTY = "switchback.home";
    public static final String ENVIRONMENT = "SWITCHBACK_HOME";
    public static final String PLAN_FILE = "plan.json";

    private DataFolder() {
    }

    /** The folder for this process: real system properties and environment. */
    public static Path resolve() {
        return resolve(System::getProperty, System.getenv());
    }

    /** The folder for the given system properties ({@code os.name}, {@code user.home}, ...) and environment. */
    public static Path resolve(UnaryOperator<String> properties, Map<String, String> environment) {
        String explicit = nonBlank(properties.apply(PROPERTY));
        if (explicit == null) {
            explicit = nonBlank(environment.get(ENVIRONMENT));
        }
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path home = Path.of(Objects.requireNonNullElse(properties.apply("user.home"), "."));
        String os = Objects.requireNonNullElse(properties.apply("os.name"), "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = nonBlank(environment.get("APPDATA"));
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Switchback");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Switchback");
        }
        // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = nonBlank(environment.get("XDG_DATA_HOME"));
        Path base = xdg != null && isAbsolute(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("switchback");
    }

    /** What first start found or made. */
    public record Prepared(Path folder, Path planFile, boolean sampleWritten) {
    }

    /**
     * Creates {@code folder} if needed and, if it holds no {@code plan.json}, writes the sample plan
     * laid out around {@code today}. An existing plan file is never touched, not even read.
     */
    public static Prepared prepare(Path folder, LocalDate today) throws StoreException {
        Path planFile = folder.resolve(PLAN_FILE);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder, "Could not create the data folder " + folder + " (" + e.getMessage()
                    + "). Set " + ENVIRONMENT + " or -D" + PROPERTY + " to a folder you may write to.", e);
        }
        if (Files.exists(planFile)) {
            return new Prepared(folder, planFile, false);
        }
        Plan sample = SamplePlan.create(today);
        PlanStore.save(planFile, sample, List.of());
        return new Prepared(folder, planFile, true);
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
