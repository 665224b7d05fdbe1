package kz.aumaq.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.ingest.source.SourceField;
import org.junit.jupiter.api.Test;

class FieldTypesTest {

    @Test
    void textColumnsBecomeIntegersNumbersDatesOrText() {
        assertThat(text(false, "1", "+5", "-0", " 12 ", "", null, "-123456789012345678"))
                .containsExactly("integer", 1L, 5L, 0L, 12L, null, null, -123456789012345678L);
        assertThat(text(false, "1", "2.5", "1e3", "1 234", "1234567890123456789")) // 19 digits: more than a long safely holds
                .containsExactly("number", 1.0, 2.5, 1000.0, 1234.0, Double.parseDouble("1234567890123456789"));
        assertThat(text(true, "12,5", "1 234,5", "-0,25", "7")).containsExactly("number", 12.5, 1234.5, -0.25, 7.0);
        assertThat(text(false, "12,5", "7")).containsExactly("string", "12,5", "7");
        assertThat(text(false, "2024-01-31", "31.01.2024")).containsExactly("date", LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 31));
        assertThat(text(false, "01.02.2020", "5")).containsExactly("string", "01.02.2020", "5");
    }

    @Test
    void codesAndWordsKeepATextColumnText() {
        assertThat(text(false, "12", "007", "13")).containsExactly("string", "12", "007", "13");
        assertThat(text(false, "-01")).containsExactly("string", "-01");
        assertThat(text(false, "0", "0.5")).containsExactly("number", 0.0, 0.5);
        assertThat(text(false, "1", " word ", "2")).containsExactly("string", "1", " word ", "2");
        assertThat(text(false, "  ", null)).containsExactly("string", null, null);
    }

    @Test
    void typedColumnsJoinIntegersAndNumbersAndTurnMixturesToText() {
        assertThat(typed(1L, 2.5, null)).containsExactly("number", 1.0, 2.5, null);
        assertThat(typed(1, 2L)).containsExactly("integer", 1L, 2L);
        assertThat(typed(1L, 2.5, "x", 0.1)).containsExactly("string", "1", "2.5", "x", "0.1");
        assertThat(typed(true, LocalDate.of(2024, 1, 1))).containsExactly("string", "true", "2024-01-01");
        assertThat(typed(LocalDate.of(2024, 1, 1), null)).containsExactly("date", LocalDate.of(2024, 1, 1), null);
        assertThat(typed((Object) null)).containsExactly("string", (Object) null);
    }

    @Test
    void aColumnSettlesOnceAllItsValuesAreSeen() {
        FieldTypes.Column column = FieldTypes.textColumn(false);
        column.see("1");
        assertThat(column.type()).isEqualTo("integer");
        assertThatThrownBy(() -> column.see("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rowsOfMapsAreSettledInPlace() {
        Map<String, Object> a = new HashMap<>(Map.of("n", 1L, "s", "x"));
        Map<String, Object> b = new HashMap<>(Map.of("n", 2.5));
        List<SourceField> fields = FieldTypes.settle(List.of("n", "s"), List.of(a, b));
        assertThat(fields).containsExactly(new SourceField("n", "number"), new SourceField("s", "string"));
        assertThat(a).containsEntry("n", 1.0).containsEntry("s", "x");
        assertThat(b).containsEntry("n", 2.5).doesNotContainKey("s");
    }

    @Test
    void numbersAsPeopleTypeThem() {
        assertThat(FieldTypes.number("51.1282", false)).isEqualTo(51.1282);
        assertThat(FieldTypes.number(" 51.1282 ", false)).isEqualTo(51.1282);
        assertThat(FieldTypes.number("51,1282", false)).isNull();
        assertThat(FieldTypes.number("51,1282", true)).isEqualTo(51.1282);
        assertThat(FieldTypes.number("1\u00a0234,5", true)).isEqualTo(1234.5);
        assertThat(FieldTypes.number("12 34", false)).isNull();
        assertThat(FieldTypes.number("-1.5e-3", false)).isEqualTo(-0.0015);
        assertThat(FieldTypes.number("1e", false)).isNull();
        assertThat(FieldTypes.number("-", false)).isNull();
    }

    /** The type, then the converted values. */
    private static List<Object> text(boolean decimalComma, String... values) {
        return settled(FieldTypes.textColumn(decimalComma), values);
    }

    private static List<Object> typed(Object... values) {
        return settled(FieldTypes.typedColumn(), values);
    }

    private static List<Object> settled(FieldTypes.Column column, Object... values) {
        Arrays.stream(values).forEach(column::see);
        List<Object> out = new ArrayList<>();
        out.add(column.type());
        for (Object v : values) out.add(column.convert(v));
        return out;
    }
}
