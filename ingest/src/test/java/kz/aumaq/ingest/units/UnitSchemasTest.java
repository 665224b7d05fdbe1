package kz.aumaq.ingest.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.SourceField;
import org.junit.jupiter.api.Test;

class UnitSchemasTest {

    static final List<SourceField> GEOKZ_DISTRICTS = fields("KATO", "ADM0_EN", "ADM1_EN", "ADM1_KK", "ADM1_RU", "ADM2_EN", "ADM2_KK", "ADM2_RU", "ADM2_PCODE", "YEAR");
    static final List<SourceField> GEOBOUNDARIES = fields("shapeName", "shapeISO", "shapeID", "shapeGroup", "shapeType");

    @Test
    void geokzFieldsArePickedByLevel() {
        Findings findings = new Findings();
        assertThat(UnitSchemas.resolve(GEOKZ_DISTRICTS, Level.DISTRICT, UnitFieldMapping.NONE, findings))
                .isEqualTo(new UnitFieldMapping("KATO", "ADM2_KK", "ADM2_RU", "ADM2_EN", null, null));
        assertThat(UnitSchemas.resolve(GEOKZ_DISTRICTS, Level.REGION, UnitFieldMapping.NONE, findings))
                .isEqualTo(new UnitFieldMapping("KATO", "ADM1_KK", "ADM1_RU", "ADM1_EN", null, null));
        assertThat(findings.list()).extracting(Finding::code).containsExactly("field-mapping");
        assertThat(findings.list().get(0).message()).contains("geokz/HDX COD (ADM2_* fields)");
    }

    @Test
    void explicitEntriesWinAndAreMatchedWithoutCase() {
        UnitFieldMapping given = UnitFieldMapping.parse("name_ru=adm1_ru, parent=KATO");
        UnitFieldMapping m = UnitSchemas.resolve(GEOKZ_DISTRICTS, Level.DISTRICT, given, new Findings());
        assertThat(m).isEqualTo(new UnitFieldMapping("KATO", "ADM2_KK", "ADM1_RU", "ADM2_EN", "KATO", null));
    }

    @Test
    void geoBoundariesHasNoKatoSoTheJobNeedsAMapping() {
        Findings findings = new Findings();
        assertThat(UnitSchemas.resolve(GEOBOUNDARIES, Level.REGION, UnitFieldMapping.NONE, findings)).isNull();
        Finding f = findings.list().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.code()).isEqualTo("no-kato-field");
        assertThat(f.message()).contains("geoBoundaries files carry no KATO code").contains("--map kato=FIELD");

        List<SourceField> withCode = fields("shapeName", "shapeISO", "kato_te");
        assertThat(UnitSchemas.resolve(withCode, Level.REGION, UnitFieldMapping.parse("kato=KATO_TE"), new Findings()))
                .isEqualTo(new UnitFieldMapping("kato_te", null, null, "shapeName", null, null));
    }

    @Test
    void aMappingNamingMissingFieldsIsAnError() {
        Findings findings = new Findings();
        assertThat(UnitSchemas.resolve(GEOKZ_DISTRICTS, Level.DISTRICT, UnitFieldMapping.parse("kato=CODE,name_ru=ADM9_RU"), findings)).isNull();
        assertThat(findings.list()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("unknown-field");
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.examples()).containsExactly("kato=CODE", "name_ru=ADM9_RU");
            assertThat(f.message()).contains("ADM2_RU");
        });
    }

    @Test
    void genericNamesAreFoundAndAFileWithoutNamesIsRefused() {
        assertThat(UnitSchemas.resolve(fields("kato", "name_kk", "name_ru", "parent_kato"), Level.OKRUG, UnitFieldMapping.NONE, new Findings()))
                .isEqualTo(new UnitFieldMapping("kato", "name_kk", "name_ru", null, "parent_kato", null));
        Findings findings = new Findings();
        assertThat(UnitSchemas.resolve(fields("KATO", "AREA"), Level.OKRUG, UnitFieldMapping.NONE, findings)).isNull();
        assertThat(findings.list()).extracting(Finding::code).containsExactly("no-name-field");
    }

    @Test
    void mappingTextRoundTripsAndRejectsNonsense() {
        UnitFieldMapping m = UnitFieldMapping.parse("kato=KATO,name-kk=ADM2_KK,parent_kato=P");
        assertThat(m.toString()).isEqualTo("kato=KATO,name_kk=ADM2_KK,parent=P");
        assertThat(UnitFieldMapping.parse(m.toString())).isEqualTo(m);
        assertThat(UnitFieldMapping.parse(" ")).isEqualTo(UnitFieldMapping.NONE);
        assertThatThrownBy(() -> UnitFieldMapping.parse("code=KATO")).hasMessageContaining("unknown mapping key 'code'");
        assertThatThrownBy(() -> UnitFieldMapping.parse("kato")).hasMessageContaining("key=FIELD");
        assertThatThrownBy(() -> UnitFieldMapping.parse("kato=A,kato=B")).hasMessageContaining("given twice");
    }

    private static List<SourceField> fields(String... names) {
        return Arrays.stream(names).map(n -> new SourceField(n, "string")).toList();
    }
}
