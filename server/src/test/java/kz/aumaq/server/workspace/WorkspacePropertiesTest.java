package kz.aumaq.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.aumaq.server.workspace.WorkspaceProperties.Basemap;
import org.junit.jupiter.api.Test;

class WorkspacePropertiesTest {

    @Test
    void aGoodBasemapIsKeptWithItsDefaults() {
        WorkspaceProperties p = new WorkspaceProperties(List.of(new Basemap("osm", "OpenStreetMap",
                "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors", null)));
        assertThat(p.basemaps()).singleElement().satisfies(b -> assertThat(b.maxZoom()).isEqualTo(19));
        assertThat(new WorkspaceProperties(null).basemaps()).isEmpty();
        assertThat(new WorkspaceProperties(List.of(new Basemap("local", "Ours", "/tiles/regions/default/{z}/{x}/{y}.png", null, 12)))
                .basemaps()).hasSize(1);
    }

    @Test
    void mistakesNameTheProperty() {
        assertThatThrownBy(() -> new WorkspaceProperties(List.of(new Basemap("OSM", "t", "https://a/{z}/{x}/{y}.png", null, null))))
                .hasMessageContaining("aumaq.web.basemaps[0].id");
        assertThatThrownBy(() -> new WorkspaceProperties(List.of(new Basemap("aumaq", "t", "https://a/{z}/{x}/{y}.png", null, null))))
                .hasMessageContaining(".id");
        assertThatThrownBy(() -> new WorkspaceProperties(List.of(new Basemap("osm", "t", "https://a/{z}/{x}.png", null, null))))
                .hasMessageContaining("aumaq.web.basemaps[0].url");
        assertThatThrownBy(() -> new WorkspaceProperties(List.of(new Basemap("osm", "t", "//evil/{z}/{x}/{y}.png", null, null))))
                .hasMessageContaining(".url");
        assertThatThrownBy(() -> new WorkspaceProperties(List.of(new Basemap("osm", " ", "https://a/{z}/{x}/{y}.png", null, null))))
                .hasMessageContaining(".title");
        assertThatThrownBy(() -> new WorkspaceProperties(List.of(new Basemap("osm", "t", "https://a/{z}/{x}/{y}.png", null, 30))))
                .hasMessageContaining(".max-zoom");
    }
}
