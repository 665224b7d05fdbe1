package kz.aumaq.ingest.job;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kz.aumaq.ingest.source.ReadOptions;

/**
 * One job to run.
 *
 * @param user    who asks (a plain name until security comes)
 * @param level   for unit loads, the level code; else null
 * @param options what shapes the result as the user gave it (e.g. {@code valid-from}, {@code map},
 *                {@code crs}), recorded and, with checksum, target and level, what makes two
 *                runs "the same"
 * @param dryRun  check and report only
 */
public record JobRequest(String user, Path file, String target, String level, Map<String, String> options,
                         ReadOptions readOptions, boolean dryRun) {

    public JobRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(target, "target");
        if (user == null || user.isBlank()) user = "unknown";
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        if (readOptions == null) readOptions = ReadOptions.DEFAULT;
    }
}
