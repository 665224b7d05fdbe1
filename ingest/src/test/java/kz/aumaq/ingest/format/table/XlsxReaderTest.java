package kz.aumaq.ingest.format.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceField;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class XlsxReaderTest {

    @TempDir
    Path tmp;
    private final XlsxReader reader = new XlsxReader();

    @Test
    void readsTheFirstSheetWithTypedCellsAndPoints() throws Exception {
        Path file = workbook();
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);

        assertThat(d.name()).isEqualTo("book");
        assertThat(d.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(d.fields()).containsExactly(new SourceField("Название", "string"), new SourceField("Население", "integer"),
                new SourceField("Доля", "number"), new SourceField("Дата", "date"), new SourceField("Центр", "boolean"));
        assertThat(d.features()).hasSize(2);
        assertThat(d.features().get(0).id()).isEqualTo("row 3");
        assertThat(d.features().get(0).attributes()).containsEntry("Название", "Қарағанды").containsEntry("Население", 497_777L)
                .containsEntry("Доля", 0.25).containsEntry("Дата", LocalDate.of(2024, 1, 1)).containsEntry("Центр", true);
        assertThat(d.features().get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(73.0869, 49.8047));
    }

    @Test
    void aNamedSheetIsReadAndAMissingOneListsTheSheets() throws Exception {
        Path file = workbook();
        SourceDataset plain = reader.read(file, new ReadOptions(null, null, "Показатели", 1L << 30, 100));
        assertThat(plain.name()).isEqualTo("book / Показатели");
        assertThat(plain.sourceCrs()).isNull();
        assertThat(plain.fields()).containsExactly(new SourceField("KATO", "integer"), new SourceField("2024", "number"));
        assertThat(plain.features().get(0).attributes()).containsEntry("KATO", 351000000L).containsEntry("2024", 12.5);

        assertThatThrownBy(() -> reader.read(file, new ReadOptions(null, null, "Sheet9", 1L << 30, 100)))
                .isInstanceOf(IngestException.class).hasMessageContaining("has no sheet 'Sheet9'; its sheets: Пункты, Показатели");
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefused() throws Exception {
        Path fake = Files.writeString(tmp.resolve("fake.xlsx"), "name,lat\n");
        assertThatThrownBy(() -> reader.read(fake, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("fake.xlsx is not a readable zip archive");
    }

    private Path workbook() throws Exception {
        Path file = tmp.resolve("book.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Aumaq test", "1.0");
            Worksheet points = wb.newWorksheet("Пункты");
            points.value(0, 0, "Пункты области"); // a title above the header, as statistics tables have
            String[] header = {"Название", "Население", "Доля", "Дата", "Центр", "Широта", "Долгота"};
            for (int c = 0; c < header.length; c++) points.value(1, c, header[c]);
            Object[][] rows = {
                    {"Қарағанды", 497_777, 0.25, LocalDate.of(2024, 1, 1), true, 49.8047, 73.0869},
                    {"Теміртау", 184_000, 0.5, LocalDate.of(2024, 1, 1), false, 50.0549, 72.9646}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) points.value(r + 2, c, s);
                    else if (v instanceof Number n) points.value(r + 2, c, n);
                    else if (v instanceof Boolean b) points.value(r + 2, c, b);
                    else if (v instanceof LocalDate date) {
                        points.value(r + 2, c, date);
                        points.style(r + 2, c).format("dd.mm.yyyy").set();
                    }
                }
            }
            Worksheet values = wb.newWorksheet("Показатели");
            values.value(0, 0, "KATO");
            values.value(0, 1, "2024");
            values.value(1, 0, 351000000);
            values.value(1, 1, 12.5);
            wb.finish();
        }
        return file;
    }
}
