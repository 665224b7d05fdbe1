package kz.aumaq.gis.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code layer_visibility} table (V8): the visibility editors gave layers before the whole
 * catalog was stored (V10). It is only read, when a layer gets its first catalog row, so that a
 * layer restricted then stays restricted after the upgrade; nothing writes it any more.
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
}
