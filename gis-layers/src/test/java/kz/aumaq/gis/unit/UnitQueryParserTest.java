package kz.aumaq.gis.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import kz.aumaq.gis.geom.LonLatBox;
import org.junit.jupiter.api.Test;

class UnitQueryParserTest {

    private final UnitQueryParser parser = new UnitQueryParser(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void defaultsAreTodayAndTheDefaultPage() {
        UnitQuery q = parser.parse(Map.of());
        assertThat(q.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(q.limit()).isEqualTo(UnitQuery.DEFAULT_LIMIT);
        assertThat(q.offset()).isZero();
        assertThat(q.level()).isNull();
        assertThat(q.zoom()).isNull();
    }

    @Test
    void parsesEveryParameter() {
        UnitQuery q = parser.parse(Map.of("level", "District", "parent", "350000000", "bbox", "70,45,75.5,50",
                "date", "2020-01-01", "q", "  Қарағанды ", "limit", "5", "offset", "10", "zoom", "7"));
        assertThat(q.level()).isEqualTo(Level.DISTRICT);
        assertThat(q.parent()).isEqualTo(Kato.of("350000000"));
        assertThat(q.bbox()).isEqualTo(new LonLatBox(70, 45, 75.5, 50));
        // a west edge east of the east edge: the box across the antimeridian
        assertThat(parser.parse(Map.of("bbox", "177,65,-177,70")).bbox().crossesAntimeridian()).isTrue();
        assertThat(q.date()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(q.text()).isEqualTo("Қарағанды");
        assertThat(q.limit()).isEqualTo(5);
        assertThat(q.offset()).isEqualTo(10);
        assertThat(q.zoom()).isEqualTo(7);
    }

    @Test
    void rejectsBadValuesNamingTheParameter() {
        assertRejected(Map.of("level", "province"), "level");
        assertRejected(Map.of("parent", "35"), "parent");
        assertRejected(Map.of("parent", "35000000x"), "parent");
        assertRejected(Map.of("bbox", "1,2,3"), "bbox");
        assertRejected(Map.of("bbox", "a,2,3,4"), "bbox");
        assertRejected(Map.of("bbox", "10,50,5,40"), "bbox");
        assertRejected(Map.of("bbox", "10,50,-181,60"), "bbox");
        assertRejected(Map.of("bbox", "10,50,500,60"), "bbox");
        assertRejected(Map.of("bbox", "NaN,1,2,3"), "bbox");
        assertRejected(Map.of("date", "2024-13-01"), "date");
        assertRejected(Map.of("date", "yesterday"), "date");
        assertRejected(Map.of("limit", "-1"), "limit");
        assertRejected(Map.of("limit", "100000"), "limit");
        assertRejected(Map.of("limit", "ten"), "limit");
        assertRejected(Map.of("offset", "-5"), "offset");
        assertRejected(Map.of("zoom", "99"), "zoom");
        assertRejected(Map.of("q", "x".repeat(500)), "q");
    }

    private void assertRejected(Map<String, String> params, String parameter) {
        assertThatThrownBy(() -> parser.parse(params))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter);
    }
}
