package kz.aumaq.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.aumaq.server.testdb.PostgisTestSchema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest command run in-process, as {@code java -jar aumaq-server.jar ingest …} runs it:
 * exit codes, the printed report, and what is in the database afterwards. Needs the geokz files
 * beside the checkout for the loading cases (skipped without them).
 */
class IngestCommandTest {

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    @Test
    void loadsRegionsThenKnowsTheFileAndChecksDistrictsWithoutWriting() throws Exception {
        Path geokz = geokz();
        Run first = ingest("--aumaq.data-dir=" + dataDir, "--target", "units", "--file", geokz.resolve("kaz_admbnda_adm1_2024.shp").toString(),
                "--level", "region", "--valid-from=2024-01-01", "--user", "gis-team");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Ingest job 1: units (region) from kaz_admbnda_adm1_2024.shp", "by gis-team",
                "SEVERITY", "country-created", "field-mapping", "Totals: 0 error(s)",
                "Status: committed — read 20, inserted 21, versions closed 0, skipped 0");

        Run again = ingest("--aumaq.data-dir=" + dataDir, "--target=units", "--file=" + geokz.resolve("kaz_admbnda_adm1_2024.shp"),
                "--level=region", "--valid-from=2024-01-01");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already-loaded", "by job 1", "Status: unchanged");

        Run dry = ingest("--aumaq.data-dir=" + dataDir, "--target", "units", "--file", geokz.resolve("kaz_admbnda_adm2_2024.shp").toString(),
                "--level", "district", "--valid-from", "2024-01-01", "--map", "name_en=ADM2_EN", "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("Status: dry-run — read 224, inserted 0", "Dry run: nothing was written.");

        Run wrongMap = ingest("--aumaq.data-dir=" + dataDir, "--target", "units", "--file", geokz.resolve("kaz_admbnda_adm2_2024.shp").toString(),
                "--level", "district", "--map", "kato=CODE");
        assertThat(wrongMap.code()).isEqualTo(IngestCommand.NOT_COMMITTED);
        assertThat(wrongMap.out()).contains("error", "unknown-field", "kato=CODE", "Totals: 1 error(s)", "Nothing was written.");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/aumaq") + ";NON_KEYWORDS=YEAR,VALUE,KEY", "sa", "")) {
            assertThat(count(c, "SELECT COUNT(*) FROM admin_unit")).isEqualTo(21);          // no demo territory
            assertThat(count(c, "SELECT COUNT(*) FROM admin_unit WHERE source = 'ingest-job-1'")).isEqualTo(21);
            assertThat(strings(c, "SELECT status FROM ingest_job ORDER BY id")).containsExactly("committed", "unchanged", "dry-run", "failed");
            assertThat(strings(c, "SELECT user_name FROM ingest_job ORDER BY id").get(0)).isEqualTo("gis-team");
            // The command line's operator is trusted (no sign-in) but audited like anyone: only the commit changed data.
            assertThat(strings(c, "SELECT actor || ' ' || address || ' ' || action || ' ' || object_id FROM audit_entry ORDER BY id"))
                    .containsExactly("gis-team command line ingest.commit 1");
        }
    }

    @Test
    void indicatorValuesByRussianNamesWithTyposLoadOnceTheSuggestionsAreAccepted() throws Exception {
        Path geokz = geokz();
        assertThat(ingest("--aumaq.data-dir=" + dataDir, "--target", "units", "--file", geokz.resolve("kaz_admbnda_adm1_2024.shp").toString(),
                "--level", "region", "--valid-from=2024-01-01").code()).isZero();
        Path csv = dataDir.resolve("population.csv");
        Files.writeString(csv, """
                Область;2024;2024 жен
                Карагандинская обл;1128,2;590
                Актюбинская областъ;930;470
                Мангистауская;760,1;380
                """, StandardCharsets.UTF_8);

        Run refused = ingest("--aumaq.data-dir=" + dataDir, "--target", "values", "--file", csv.toString(), "--indicator", "POP");
        assertThat(refused.code()).as(refused.err()).isEqualTo(IngestCommand.NOT_COMMITTED);
        assertThat(refused.out()).contains("unknown-name", "Актюбинская областъ", "did you mean Актюбинская (150000000)?", "Nothing was written.");

        Run accepted = ingest("--aumaq.data-dir=" + dataDir, "--target", "values", "--file", csv.toString(), "--indicator", "POP",
                "--accept-suggestions");
        assertThat(accepted.code()).as(accepted.out()).isZero();
        assertThat(accepted.out()).contains("suggestion-accepted", "Status: committed");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/aumaq") + ";NON_KEYWORDS=YEAR,VALUE,KEY", "sa", "")) {
            assertThat(count(c, "SELECT COUNT(*) FROM indicator_value WHERE indicator_code = 'POP'")).isEqualTo(6);
            assertThat(strings(c, "SELECT kato || ' ' || period || ' ' || disaggregation FROM indicator_value WHERE value_num = 470"))
                    .containsExactly("150000000 2024 sex=female");
        }
    }

    @Test
    void otherTargetsAndBadCommandLinesAnswerTwoWithoutTouchingADatabase() {
        Run layer = ingest("--aumaq.data-dir=" + dataDir, "--target", "layer", "--file", "x.shp");
        assertThat(layer.code()).isEqualTo(IngestCommand.USAGE);
        assertThat(layer.err()).contains("--layer is required");
        assertThat(ingest("--target", "layer", "--file", "x.shp", "--layer", "Bad Name").err()).contains("layer name must be");
        assertThat(ingest("--target", "values", "--file", "x.csv").err()).contains("--indicator is required");
        assertThat(ingest("--target", "values", "--file", "x.csv", "--indicator", "P", "--accept-suggestions=yes").err())
                .contains("--accept-suggestions takes no value");

        Run noLevel = ingest("--target", "units", "--file", "x.shp");
        assertThat(noLevel.code()).isEqualTo(IngestCommand.USAGE);
        assertThat(noLevel.err()).contains("--level is required", "usage: java -jar aumaq-server.jar ingest");
        assertThat(ingest("--target", "units", "--file", "x.shp", "--level", "country").err()).contains("--level must be region");
        assertThat(ingest("--target", "units", "--file", "x.shp", "--level", "region", "--valid-from", "2024-13-01").code()).isEqualTo(2);
        assertThat(ingest("--target", "units", "--file", "x.shp", "--level", "region", "--map", "code=KATO").err()).contains("unknown mapping key");
        assertThat(ingest("--target", "units", "--bogus").err()).contains("unknown option --bogus");
        assertThat(dataDir.resolve("db")).doesNotExist();
    }

    @Test
    void aMissingFileIsAFailedJobAndExitsOne() {
        Run r = ingest("--aumaq.data-dir=" + dataDir, "--target", "units", "--file", dataDir.resolve("none.shp").toString(), "--level", "region");
        assertThat(r.code()).isEqualTo(IngestCommand.NOT_COMMITTED);
        assertThat(r.out()).contains("no-file", "Status: failed");
    }

    @Test
    void loadsIntoPostgisWithTheUsualProperties() throws Exception {
        Path geokz = geokz();
        PostgisTestSchema schema = new PostgisTestSchema("clitest");
        schema.requireReachable();
        try {
            List<String> args = new ArrayList<>(List.of("--target", "units", "--file", geokz.resolve("kaz_admbnda_adm1_2024.shp").toString(),
                    "--level", "region", "--valid-from", "2024-01-01", "--aumaq.data-dir=" + dataDir));
            schema.properties().forEach((k, v) -> args.add("--" + k + "=" + v));
            Run r = ingest(args.toArray(new String[0]));
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            try (Connection c = schema.connect()) {
                assertThat(count(c, "SELECT COUNT(*) FROM " + schema.name() + ".admin_unit")).isEqualTo(21);
                assertThat(strings(c, "SELECT status FROM " + schema.name() + ".ingest_job")).containsExactly("committed");
            }
        } finally {
            schema.drop();
        }
    }

    private static Run ingest(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = IngestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path geokz() {
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/geokz");
            if (Files.isDirectory(candidate)) found = Optional.of(candidate);
        }
        Assumptions.assumeTrue(found.isPresent(), "skipped: shared/data/geokz not found beside the checkout");
        return found.orElseThrow();
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
