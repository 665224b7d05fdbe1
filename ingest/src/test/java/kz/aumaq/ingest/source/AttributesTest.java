package kz.aumaq.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {

    private final Attributes.Names names = new Attributes.Names(List.of("name", "population", "area"));

    @Test
    void aRowIsAMapInFieldOrderLikeTheLinkedHashMapItReplaces() {
        Attributes row = new Attributes(names, new Object[] {"Астана", 1350228L, null});
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("name", "Астана");
        same.put("population", 1350228L);
        same.put("area", null);

        assertThat(row).isEqualTo(same).hasSameHashCodeAs(same).hasToString(same.toString());
        assertThat(same).isEqualTo(row);
        assertThat(new ArrayList<>(row.keySet())).containsExactly("name", "population", "area");
        assertThat(new ArrayList<>(row.values())).containsExactly("Астана", 1350228L, null);
        assertThat(row.get("population")).isEqualTo(1350228L);
        assertThat(row.get("missing")).isNull();
        assertThat(row.containsKey("area")).isTrue();
        assertThat(row.containsKey("missing")).isFalse();
        assertThat(row.containsValue(null)).isTrue();
        List<String> visited = new ArrayList<>();
        row.forEach((k, v) -> visited.add(k + "=" + v));
        assertThat(visited).containsExactly("name=Астана", "population=1350228", "area=null");
    }

    @Test
    void itCannotBeChanged() {
        Attributes row = new Attributes(names, new Object[] {"a", 1L, 2.0});
        assertThatThrownBy(() -> row.put("name", "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.remove("name")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.entrySet().iterator().next().setValue("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(row).containsEntry("name", "a");
    }

    @Test
    void valuesAreMappedIntoANewRowOnlyWhenOneChanges() {
        Attributes row = new Attributes(names, new Object[] {"a", 1L, null});
        assertThat(row.mapValues(v -> v)).isSameAs(row);
        Attributes mapped = row.mapValues(v -> v instanceof Long n ? n + 1 : v);
        assertThat(mapped).isNotSameAs(row);
        assertThat(new ArrayList<>(mapped.values())).containsExactly("a", 2L, null);
        assertThat(mapped.names()).isSameAs(names);
        assertThat(row).containsEntry("population", 1L);
    }

    @Test
    void namesAreUniqueAndValuesMatchThem() {
        assertThatThrownBy(() -> new Attributes.Names(List.of("a", "b", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attributes(names, new Object[2])).isInstanceOf(IllegalArgumentException.class);
    }
}
