package kz.aumaq.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeZipTest {

    @TempDir
    Path tmp;

    @Test
    void extractsFilesAndFolders() throws Exception {
        Path zip = zip("ok.zip", Map.of("a.txt", "A", "dir/b.txt", "B"));
        Path out = Files.createDirectory(tmp.resolve("out"));
        List<Path> files = SafeZip.extract(zip, out, ReadOptions.DEFAULT);
        assertThat(files).containsExactlyInAnyOrder(out.resolve("a.txt"), out.resolve("dir/b.txt"));
        assertThat(Files.readString(out.resolve("dir/b.txt"))).isEqualTo("B");
    }

    @Test
    void namesClimbingOutOrAbsoluteAreRefused() throws Exception {
        for (String evil : List.of("../evil.txt", "dir/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "..\\evil.txt")) {
            Path zip = zip("evil.zip", Map.of("good.txt", "x", evil, "boo"));
            Path out = Files.createTempDirectory(tmp, "out");
            assertThatThrownBy(() -> SafeZip.extract(zip, out, ReadOptions.DEFAULT)).as(evil)
                    .isInstanceOf(IngestException.class).hasMessageContaining("unsafe name");
            assertThat(tmp.resolve("evil.txt")).doesNotExist();
            Files.delete(zip);
        }
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path zip = zip("many.zip", Map.of("a", "1", "b", "2", "c", "3"));
        ReadOptions two = new ReadOptions(null, null, null, 1_000_000, 2);
        assertThatThrownBy(() -> SafeZip.check(zip, two)).hasMessageContaining("3 entries, more than the 2 accepted");
    }

    /** 200 MB of zeros deflate to about 200 KB: the inflation ratio gives it away long before it is all written. */
    @Test
    void aZipBombIsRefusedBeforeItFillsTheDisk() throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bomb.shp"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) out.write(zeros);
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1_000_000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        assertThatThrownBy(() -> SafeZip.extract(zip, out, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("zip bomb");
        assertThat(Files.size(out.resolve("bomb.shp"))).isLessThan(50L << 20);
    }

    @Test
    void unpackingBeyondTheSizeLimitIsRefused() throws Exception {
        Path zip = zip("big.zip", Map.of("a.csv", "x".repeat(600), "b.csv", "y".repeat(600)));
        ReadOptions small = new ReadOptions(null, null, null, 1000, 100);
        assertThatThrownBy(() -> SafeZip.check(zip, small)).hasMessageContaining("more than the 1,000 bytes accepted");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws Exception {
        Path notZip = Files.writeString(tmp.resolve("fake.zip"), "not a zip at all");
        assertThatThrownBy(() -> SafeZip.check(notZip, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("not a readable zip");
    }

    private Path zip(String name, Map<String, String> entries) throws Exception {
        Path zip = tmp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

}
