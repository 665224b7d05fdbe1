package kz.aumaq.ingest.values;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.aumaq.gis.territory.OutOfScopeException;
import kz.aumaq.gis.territory.TerritoryGuard;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code indicator_value} table. Every write passes the territorial check first: a user may
 * only change the figures of units in their scope ({@link TerritoryGuard}).
 */
public class IndicatorValueStore {

    private final JdbcTemplate jdbc;
    private final TerritoryGuard guard;

    public IndicatorValueStore(DataSource dataSource, TerritoryGuard guard) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.guard = guard;
    }

    /** The units of these values the current actor may not change (none: all may be written). */
    public List<String> outOfScope(List<IndicatorValue> values) {
        return guard.outsideCodes(values.stream().map(IndicatorValue::kato).toList());
    }

    /**
     * Writes the values, each replacing any stored value of its key (delete + insert works the
     * same on H2 and PostGIS); call inside the job's transaction. Answers how many it replaced.
     * Refuses the whole batch ({@link OutOfScopeException}) when any unit is outside the actor's territory.
     */
    public int replace(List<IndicatorValue> values, String source) {
        guard.requireInsideCodes(values.stream().map(IndicatorValue::kato).toList());
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (IndicatorValue v : values) {
            keys.add(new Object[] {v.indicator(), v.kato(), v.period(), v.disaggregation()});
            rows.add(new Object[] {v.indicator(), v.kato(), v.period(), v.disaggregation(), v.value(), source});
        }
        int replaced = 0;
        for (int n : jdbc.batchUpdate("DELETE FROM indicator_value WHERE indicator_code = ? AND kato = ? AND period = ? AND disaggregation = ?", keys)) {
            replaced += Math.max(n, 0);
        }
        jdbc.batchUpdate("INSERT INTO indicator_value (indicator_code, kato, period, disaggregation, value_num, source) VALUES (?, ?, ?, ?, ?, ?)", rows);
        return replaced;
    }

    public List<IndicatorValue> find(String indicator) {
        return jdbc.query("SELECT indicator_code, kato, period, disaggregation, value_num FROM indicator_value WHERE indicator_code = ? "
                + "ORDER BY kato, period, disaggregation", (rs, i) -> new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getDouble(5)), indicator);
    }

    public long countBySource(String source) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM indicator_value WHERE source = ?", Long.class, source);
        return n == null ? 0 : n;
    }
}
