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

/** The hand-written binary COPY rows read back as what was written: JSON by Jackson, EWKB by JTS. */
class CopyBinaryRowsTest {

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
            String field = new String(field(new CopyBinaryRows(16, JSON).properties(p)), StandardCharsets.UTF_8);
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
    void aRowIsItsFieldCountThenEachFieldsLengthAndBytes() {
        CopyBinaryRows b = new CopyBinaryRows(4, JSON).row(2).text("a,\"b\"\nц").text("");
        byte[] ц = "ц".getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[2 + 4 + 6 + ц.length + 4];
        expected[1] = 2;
        expected[5] = (byte) (6 + ц.length);
        System.arraycopy("a,\"b\"\n".getBytes(StandardCharsets.UTF_8), 0, expected, 6, 6);
        System.arraycopy(ц, 0, expected, 12, ц.length);
        assertThat(java.util.Arrays.copyOf(b.bytes(), b.size())).isEqualTo(expected);
    }

    @Test
    void geometriesAreEwkbWithTheirSrid() throws Exception {
        GeometryFactory f = new GeometryFactory();
        for (Geometry g : new Geometry[] {f.createPoint(new Coordinate(71.43, 51.13)),
                new WKTReader(f).read("MULTIPOLYGON (((70 50, 71 50, 71 51, 70 50)), ((72 52, 73 52, 73 53, 72 52)))")}) {
            Geometry back = new WKBReader().read(field(new CopyBinaryRows(8, JSON).ewkb(g, 4326)));
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

    /** The one field's bytes, after checking its length. */
    private static byte[] field(CopyBinaryRows b) {
        int length = (b.bytes()[0] & 0xFF) << 24 | (b.bytes()[1] & 0xFF) << 16 | (b.bytes()[2] & 0xFF) << 8 | (b.bytes()[3] & 0xFF);
        assertThat(length).isEqualTo(b.size() - 4);
        return java.util.Arrays.copyOfRange(b.bytes(), 4, b.size());
    }
}
