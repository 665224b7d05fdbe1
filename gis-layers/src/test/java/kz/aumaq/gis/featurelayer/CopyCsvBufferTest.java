package kz.aumaq.gis.featurelayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written COPY rows read back as what was written: JSON by Jackson, EWKB by JTS. */
class CopyCsvBufferTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void randomFlatPropertiesAreTheJsonJacksonReadsBack() {
        Random random = new Random(4);
        for (int n = 0; n < 2000; n++) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                Object v = switch (random.nextInt(6)) {
                    case 0 -> null;
                    case 1 -> random.nextLong();
                    case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                    case 3 -> random.nextBoolean();
                    case 4 -> new BigDecimal(random.nextInt()).movePointLeft(random.nextInt(6));
                    default -> text(random);
                };
                p.put(text(random), v);
            }
            String field = field(new CopyCsvBuffer(16, JSON).properties(p));
            Map<String, Object> back = JSON.readValue(field, new TypeReference<LinkedHashMap<String, Object>>() { });
            assertThat(back.keySet()).containsExactlyElementsOf(p.keySet());
            p.forEach((key, v) -> {
                Object b = back.get(key);
                if (v instanceof Number num && b instanceof Number bn) assertThat(bn.doubleValue()).as(field).isEqualTo(num.doubleValue());
                else assertThat(b).as(field).isEqualTo(v);
            });
        }
    }

    @Test
    void textIsQuotedWithItsQuotesDoubled() {
        CopyCsvBuffer b = new CopyCsvBuffer(4, JSON).text("a,\"b\"\nц").comma().text("");
        assertThat(new String(b.bytes(), 0, b.size(), StandardCharsets.UTF_8)).isEqualTo("\"a,\"\"b\"\"\nц\",\"\"");
    }

    @Test
    void geometriesAreEwkbWithTheirSrid() throws Exception {
        GeometryFactory f = new GeometryFactory();
        for (Geometry g : new Geometry[] {f.createPoint(new Coordinate(71.43, 51.13)),
                new WKTReader(f).read("MULTIPOLYGON (((70 50, 71 50, 71 51, 70 50)), ((72 52, 73 52, 73 53, 72 52)))")}) {
            CopyCsvBuffer b = new CopyCsvBuffer(8, JSON).ewkb(g, 4326);
            Geometry back = new WKBReader().read(WKBReader.hexToBytes(new String(b.bytes(), 0, b.size(), StandardCharsets.US_ASCII)));
            assertThat(back.getSRID()).isEqualTo(4326);
            assertThat(back.equalsExact(g)).isTrue();
        }
    }

    /** Text with what trips writers up: quotes, backslashes, control characters, Cyrillic, emoji, a lone surrogate. */
    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        String[] pieces = {"\"", "\\", "\n", "\u0001", "\u001f", ",", "Қ", "ё", "🏛", "a", " ", "\u007f", "€"};
        for (int i = 0; i < random.nextInt(8); i++) s.append(pieces[random.nextInt(pieces.length)]);
        return s.toString();
    }

    /** The CSV field's content: outer quotes off, doubled quotes single. */
    private static String field(CopyCsvBuffer b) {
        String csv = new String(b.bytes(), 0, b.size(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\"").endsWith("\"");
        return csv.substring(1, csv.length() - 1).replace("\"\"", "\"");
    }
}
