package kz.aumaq.ingest.geokz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeokzEditionTest {

    @TempDir
    Path dir;

    @Test
    void editionsNeedBothFilesAndEndWhereTheNextBegins() throws Exception {
        for (String name : List.of("adm1_2018", "adm2_2018", "adm1_2024", "adm2_2024", "adm1_2030", "adm0_2018")) {
            Files.createFile(dir.resolve("kaz_admbnda_" + name + ".shp"));
        }

        List<GeokzEdition> editions = GeokzEdition.findIn(dir);

        assertThat(editions).extracting(GeokzEdition::year).containsExactly(2018, 2024);
        assertThat(editions.get(0).validFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(editions.get(0).validTo()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(editions.get(1).validTo()).isNull();
        assertThat(editions.get(1).source()).isEqualTo("geokz-2024");
        assertThat(editions.get(1).districts()).hasFileName("kaz_admbnda_adm2_2024.shp");
    }
}
