package kz.aumaq.ingest.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-only test data kept beside the checkout ({@code <checkout>/../shared/data}), never in
 * the repository. Found by walking up from the working directory, so it works from the module,
 * the checkout root and git worktrees alike; tests that need it skip when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data").resolve(relative);
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The folder, or the test is skipped (not failed) with a message saying why. */
    public static Path requireOrSkip(String relative) {
        Optional<Path> dir = find(relative);
        Assumptions.assumeTrue(dir.isPresent(), "skipped: shared test data shared/data/" + relative
                + " not found beside the checkout (looked upwards from " + Path.of("").toAbsolutePath() + ")");
        return dir.orElseThrow();
    }
}
