package kz.aumaq.ingest.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kz.aumaq.ingest.format.DatasetReaders;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.testdata.SharedData;
import org.junit.jupiter.api.Test;

class GarbledTextTest {

    static final List<String> GOOD = List.of("Қарағанды облысы", "Карагандинская область", "Karaganda Region", "Өскемен",
            "Ақжайық ауданы", "Тёплое", "Шығыс Қазақстан", "СІЛЕТІ", "Aqtöbe", "Şymkent", "город Алматы (Almaty)", "Бәйтерек «жаңа»",
            "Семей", "Уил", "Есіл", "Сіргелі");
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP866 = Charset.forName("IBM866");

    @Test
    void realNamesInEveryLanguagePass() {
        assertThat(GOOD).noneMatch(GarbledText::isGarbled);
    }

    @Test
    void everyUsualMisreadingIsCaught() {
        for (String name : List.of("Карагандинская область", "Уил", "Семей", "Қарағанды", "Өскемен")) {
            assertThat(GarbledText.isGarbled(misread(name, StandardCharsets.UTF_8, CP1251))).as("UTF-8 as CP1251: %s", name).isTrue();
            assertThat(GarbledText.isGarbled(misread(name, StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1))).as("UTF-8 as Latin-1: %s", name).isTrue();
        }
        for (String name : List.of("Карагандинская область", "Уил", "Семей", "Казахстан")) {
            assertThat(GarbledText.isGarbled(misread(name, CP1251, CP866))).as("CP1251 as CP866: %s", name).isTrue();
            assertThat(GarbledText.isGarbled(misread(name, CP866, CP1251))).as("CP866 as CP1251: %s", name).isTrue();
            assertThat(GarbledText.isGarbled(misread(name, CP1251, StandardCharsets.ISO_8859_1))).as("CP1251 as Latin-1: %s", name).isTrue();
            assertThat(GarbledText.isGarbled(misread(name, CP1251, StandardCharsets.UTF_8))).as("CP1251 as UTF-8: %s", name).isTrue();
            assertThat(GarbledText.isGarbled(misread(name, CP1251, StandardCharsets.US_ASCII))).as("CP1251 to ASCII: %s", name).isTrue();
        }
    }

    @Test
    void noGeokzNameLooksGarbled() throws Exception {
        Path dir = SharedData.requireOrSkip("geokz");
        for (String file : List.of("kaz_admbnda_adm1_2024.shp", "kaz_admbnda_adm2_2024.shp", "kaz_admbnda_adm1_2018.shp", "kaz_admbnda_adm2_2018.shp")) {
            for (SourceFeature f : new DatasetReaders().read(dir.resolve(file), ReadOptions.DEFAULT).features()) {
                f.attributes().values().stream().filter(v -> v instanceof String).map(String.class::cast)
                        .forEach(v -> assertThat(GarbledText.isGarbled(v)).as("%s: %s", file, v).isFalse());
            }
        }
    }

    private static String misread(String text, Charset written, Charset read) {
        return new String(text.getBytes(written), read);
    }
}
