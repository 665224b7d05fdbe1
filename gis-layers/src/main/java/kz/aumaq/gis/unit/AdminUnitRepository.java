package kz.aumaq.gis.unit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.aumaq.gis.geom.BoxSql;
import kz.aumaq.gis.text.SearchFolding;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads and stores administrative units with portable SQL that runs unchanged on H2GIS and
 * PostGIS: geometries cross the wire as WKB ({@code ST_GeomFromWKB}/{@code ST_AsBinary}) and
 * bbox filters use {@code &&} so both databases use their spatial index.
 * Writes go through {@link AdminUnitWriter}, which enforces the invariants first.
 */
public class AdminUnitRepository {

    static final int SRID = 4326;
    private static final String COLUMNS = "kato, level, kind, name_kk, name_ru, name_en, parent_kato, path, valid_from, valid_to, "
            + "source, area_km2, ST_AsBinary(geom) AS geom_wkb, ST_AsBinary(label_point) AS label_wkb";
    private static final String VALID_ON = "valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

    private final JdbcTemplate jdbc;
    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), SRID);

    public AdminUnitRepository(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Units matching the query, one page of them, with the total count. */
    public UnitPage find(UnitQuery q) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM admin_unit WHERE " + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        List<AdminUnit> units = q.limit() == 0 ? List.of()
                : jdbc.query("SELECT " + COLUMNS + " FROM admin_unit WHERE " + where
                        + " ORDER BY depth, kato, valid_from LIMIT ? OFFSET ?", mapper(), pageArgs.toArray());
        return new UnitPage(units, total == null ? 0 : total);
    }

    private static String where(UnitQuery q, List<Object> args) {
        StringBuilder w = new StringBuilder(VALID_ON);
        args.add(q.date());
        args.add(q.date());
        if (q.level() != null) {
            w.append(" AND level = ?");
            args.add(q.level().code());
        }
        if (q.parent() != null) {
            w.append(" AND parent_kato = ?");
            args.add(q.parent().code());
        }
        if (q.bbox() != null) {
            w.append(" AND ").append(BoxSql.intersects("geom", SRID, q.bbox(), args));
        }
        if (q.text() != null) {
            w.append(" AND search_text LIKE ? ESCAPE '\\'");
            args.add("%" + escapeLike(SearchFolding.fold(q.text())) + "%");
        }
        return w.toString();
    }

    public Optional<AdminUnit> findByKato(Kato kato, LocalDate date) {
        return jdbc.query("SELECT " + COLUMNS + " FROM admin_unit WHERE kato = ? AND " + VALID_ON, mapper(), kato.code(), date, date)
                .stream().findFirst();
    }

    /** Every version of these KATOs, whatever their validity: what the invariants are checked against. */
    public List<AdminUnit> versionsOf(Collection<Kato> katos) {
        return inChunks(katos, "kato");
    }

    private List<AdminUnit> inChunks(Collection<Kato> katos, String column) {
        List<AdminUnit> out = new ArrayList<>();
        List<String> codes = katos.stream().map(Kato::code).distinct().toList();
        for (int i = 0; i < codes.size(); i += 500) {
            List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            out.addAll(jdbc.query("SELECT " + COLUMNS + " FROM admin_unit WHERE " + column + " IN (" + marks + ")", mapper(), chunk.toArray()));
        }
        return out;
    }

    /** Every version of every unit whose parent is one of these KATOs, whatever their validity. */
    public List<AdminUnit> childrenOf(Collection<Kato> parents) {
        return inChunks(parents, "parent_kato");
    }

    /** The unit's ancestors valid on {@code date}, from the country down to its parent. */
    public List<AdminUnit> ancestors(AdminUnit unit, LocalDate date) {
        List<String> codes = Arrays.stream(unit.path().split("/")).filter(c -> !c.equals(unit.kato().code())).toList();
        if (codes.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
        List<Object> args = new ArrayList<>(codes);
        args.add(date);
        args.add(date);
        return jdbc.query("SELECT " + COLUMNS + " FROM admin_unit WHERE kato IN (" + marks + ") AND " + VALID_ON
                + " ORDER BY depth", mapper(), args.toArray());
    }

    /** All units of {@code level} anywhere below {@code root} (by materialized path), valid on {@code date}. */
    public List<AdminUnit> descendants(AdminUnit root, Level level, LocalDate date) {
        return jdbc.query("SELECT " + COLUMNS + " FROM admin_unit WHERE path LIKE ? AND level = ? AND " + VALID_ON
                        + " ORDER BY depth, kato", mapper(),
                escapeLike(root.path()) + "/%", level.code(), date, date);
    }

    /** The lon/lat extent of all versions of one level, or null when there are none. */
    public Envelope extent(Level level) {
        return jdbc.queryForObject("SELECT MIN(ST_XMin(geom)), MAX(ST_XMax(geom)), MIN(ST_YMin(geom)), MAX(ST_YMax(geom)) "
                + "FROM admin_unit WHERE level = ?", (rs, i) -> {
                    double minX = rs.getDouble(1);
                    if (rs.wasNull()) return null;
                    return new Envelope(minX, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
                }, level.code());
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM admin_unit", Long.class);
        return n == null ? 0 : n;
    }

    public long countBySource(String source) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM admin_unit WHERE source = ?", Long.class, source);
        return n == null ? 0 : n;
    }

    /** Versions from {@code source} that are still current (open-ended). */
    public long countCurrentBySource(String source) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM admin_unit WHERE source = ? AND valid_to IS NULL", Long.class, source);
        return n == null ? 0 : n;
    }

    /** Inserts units as they are; call through {@link AdminUnitWriter}, which validates them. */
    void insertAll(List<AdminUnit> units) {
        WKBWriter wkb = new WKBWriter(2);
        jdbc.batchUpdate("INSERT INTO admin_unit (kato, level, depth, kind, name_kk, name_ru, name_en, search_text, parent_kato, path, "
                        + "valid_from, valid_to, source, area_km2, geom, label_point) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, " + SRID + "), ST_GeomFromWKB(?, " + SRID + "))",
                units, 500, (PreparedStatement ps, AdminUnit u) -> {
                    ps.setString(1, u.kato().code());
                    ps.setString(2, u.level().code());
                    ps.setInt(3, u.level().depth());
                    ps.setString(4, u.kind());
                    ps.setString(5, u.names().kk());
                    ps.setString(6, u.names().ru());
                    ps.setString(7, u.names().en());
                    ps.setString(8, searchText(u));
                    ps.setString(9, u.parentKato() == null ? null : u.parentKato().code());
                    ps.setString(10, u.path());
                    ps.setObject(11, u.validFrom());
                    if (u.validTo() == null) ps.setNull(12, Types.DATE);
                    else ps.setObject(12, u.validTo());
                    ps.setString(13, u.source());
                    ps.setDouble(14, u.areaKm2());
                    ps.setBytes(15, wkb.write(u.geometry()));
                    if (u.labelPoint() == null) ps.setNull(16, Types.BINARY);
                    else ps.setBytes(16, wkb.write(u.labelPoint()));
                });
    }

    /** Closes a version: from {@code validTo} on, a newer version replaces it. */
    void close(Kato kato, LocalDate validFrom, LocalDate validTo) {
        jdbc.update("UPDATE admin_unit SET valid_to = ? WHERE kato = ? AND valid_from = ?", validTo, kato.code(), validFrom);
    }

    /** What {@code q} is matched against: folded names in all three languages, and the KATO. */
    static String searchText(AdminUnit u) {
        return SearchFolding.fold(String.join("|", nz(u.names().kk()), nz(u.names().ru()), nz(u.names().en()))) + "|" + u.kato().code();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private RowMapper<AdminUnit> mapper() {
        WKBReader reader = new WKBReader(geometries);
        return (ResultSet rs, int row) -> {
            String parent = rs.getString("parent_kato");
            return new AdminUnit(
                    new Kato(rs.getString("kato")),
                    Level.fromCode(rs.getString("level")).orElseThrow(),
                    rs.getString("kind"),
                    new UnitNames(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                    parent == null ? null : new Kato(parent),
                    read(reader, rs.getBytes("geom_wkb")),
                    (Point) read(reader, rs.getBytes("label_wkb")),
                    rs.getDouble("area_km2"),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class),
                    rs.getString("path"),
                    rs.getString("source"));
        };
    }

    private static Geometry read(WKBReader reader, byte[] wkb) throws SQLException {
        if (wkb == null) return null;
        try {
            Geometry g = reader.read(wkb);
            g.setSRID(SRID);
            return g;
        } catch (ParseException e) {
            throw new SQLException("stored geometry is not valid WKB", e);
        }
    }
}
