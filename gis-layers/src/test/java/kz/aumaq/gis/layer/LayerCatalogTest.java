package kz.aumaq.gis.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.aumaq.gis.style.DefaultStyles;
import org.junit.jupiter.api.Test;

class LayerCatalogTest {

    @Test
    void everyChangeBumpsTheUpdateSequenceAndNamesTheLayersTouched() {
        LayerCatalog c = TestLayers.catalog();
        List<List<String>> seen = new ArrayList<>();
        c.onChange(seen::add);
        long before = c.updateSequence();
        c.putStyle(c.style("squares").orElseThrow());
        assertThat(c.updateSequence()).isGreaterThan(before);
        assertThat(seen).containsExactly(List.of("squares"));
    }

    @Test
    void aLayerMustReferToKnownStylesAndAUsedStyleCannotGo() {
        LayerCatalog c = TestLayers.catalog();
        Layer squares = c.layer("squares").orElseThrow();
        Layer broken = new Layer("broken", squares.title(), squares.abstractText(), List.of(), squares.source(), true,
                "nope", List.of("nope"), 0, 0, Visibility.PUBLIC, null);
        assertThatThrownBy(() -> c.putLayer(broken)).hasMessageContaining("unknown style nope");
        assertThatThrownBy(() -> c.removeStyle("squares")).hasMessageContaining("used by layers [squares]");
    }

    @Test
    void removingALayerTakesItOutOfItsGroups() {
        LayerCatalog c = TestLayers.catalog();
        c.removeLayer("dots");
        assertThat(c.layer("dots")).isEmpty();
        assertThat(c.group("all").orElseThrow().layers()).containsExactly("squares");
    }

    @Test
    void namesAndScaleRangesAreValidated() {
        Layer squares = TestLayers.catalog().layer("squares").orElseThrow();
        assertThatThrownBy(() -> new Layer("Bad Name", squares.title(), squares.abstractText(), List.of(), squares.source(), true,
                "squares", List.of("squares"), 0, 0, Visibility.PUBLIC, null)).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new Layer("ok", squares.title(), squares.abstractText(), List.of(), squares.source(), true,
                "squares", List.of("squares"), 5e6, 1e6, Visibility.PUBLIC, null)).hasMessageContaining("scale range");
        assertThat(DefaultStyles.all()).extracting(s -> s.name()).doesNotHaveDuplicates();
    }
}
