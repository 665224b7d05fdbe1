package kz.aumaq.server.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@code aumaq-server.jar ingest}: the job's own options, and everything else
 * that looks like a Spring property ({@code --aumaq.data-dir=…}, {@code --spring.datasource.url=…},
 * {@code --spring.profiles.active=postgis}), which is passed on to the application context.
 * Options take {@code --name value} or {@code --name=value}.
 */
record IngestArguments(Map<String, String> options, boolean dryRun, List<String> springArgs) {

    static final String USAGE = """
            usage: java -jar aumaq-server.jar ingest --target units --file PATH --level region|district|okrug|settlement
                   [--valid-from YYYY-MM-DD] [--map key=FIELD,...] [--crs EPSG:N] [--dry-run] [--user NAME]
                   [--aumaq.data-dir=DIR | --spring.datasource.url=... | --spring.profiles.active=postgis]
                   java -jar aumaq-server.jar ingest --target values --file TABLE --indicator CODE
                   [--level region|district|okrug|settlement (for names; default region)] [--accept-suggestions] [--dry-run] ...
                   java -jar aumaq-server.jar ingest --target layer --file PATH --layer NAME [--crs EPSG:N] [--dry-run] ...
              --map keys: kato, name_kk, name_ru, name_en, parent, kind (detected from the file when not given)
              values tables: a KATO or name column, and period columns (2024, 2024S1, 2024Q2, 2024-06, optionally
                             followed by a sex word: "2024 female") or a period and a value column (and a sex column)
              exit codes: 0 committed, already loaded, or a clean dry run; 1 nothing committed (see the report);
                          2 wrong command line; 3 the database could not be opened""";

    private static final Set<String> VALUED = Set.of("target", "file", "level", "valid-from", "map", "crs", "user", "indicator", "layer");

    /** A command line that cannot be understood; the message says why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static IngestArguments parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> spring = new ArrayList<>();
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new UsageException("unexpected argument '" + a + "'");
            int eq = a.indexOf('=');
            String name = a.substring(2, eq < 0 ? a.length() : eq);
            if (name.equals("dry-run")) {
                if (eq >= 0) throw new UsageException("--dry-run takes no value");
                dryRun = true;
            } else if (name.equals("accept-suggestions")) {
                if (eq >= 0) throw new UsageException("--accept-suggestions takes no value");
                options.put(name, "true");
            } else if (VALUED.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
                if (options.put(name, value) != null) throw new UsageException("--" + name + " given twice");
            } else if (name.contains(".")) {
                spring.add(a);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new IngestArguments(options, dryRun, spring);
    }

    String get(String name) {
        String v = options.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String require(String name) {
        String v = get(name);
        if (v == null) throw new UsageException("--" + name + " is required");
        return v;
    }
}
