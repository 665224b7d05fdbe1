package kz.aumaq.gis.layer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code layer_visibility} table: the visibility an editor gave a layer. The catalog lives in
 * memory, but a restricted layer must not turn public when the server restarts or its data is
 * loaded again, so this one setting is kept.
 */
public class LayerVisibilityStore {

    private final JdbcTemplate jdbc;

    public LayerVisibilityStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Map<String, Visibility> all() {
        Map<String, Visibility> out = new LinkedHashMap<>();
        jdbc.query("SELECT layer_name, visibility FROM layer_visibility ORDER BY layer_name",
                rs -> {
                    out.put(rs.getString(1), Visibility.valueOf(rs.getString(2)));
                });
        return out;
    }

    public Optional<Visibility> of(String layer) {
        return jdbc.queryForList("SELECT visibility FROM layer_visibility WHERE layer_name = ?", String.class, layer).stream()
                .findFirst().map(Visibility::valueOf);
    }

    /** Replaces the layer's setting (delete + insert: the same on H2 and PostGIS). */
    public void set(String layer, Visibility visibility) {
        jdbc.update("DELETE FROM layer_visibility WHERE layer_name = ?", layer);
        jdbc.update("INSERT INTO layer_visibility (layer_name, visibility, changed_at) VALUES (?, ?, ?)", layer, visibility.name(),
                Timestamp.from(Instant.now()));
    }

    /** Gives every published layer that has a setting its visibility (at start, after publishing). */
    public void applyTo(LayerCatalog catalog) {
        all().forEach((name, visibility) -> catalog.layer(name).filter(l -> l.visibility() != visibility)
                .ifPresent(l -> catalog.putLayer(l.withVisibility(visibility))));
    }
}
