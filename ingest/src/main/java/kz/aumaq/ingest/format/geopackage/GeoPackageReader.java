package kz.aumaq.ingest.format.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.ingest.crs.SourceCrs;
import kz.aumaq.ingest.format.CrsChoice;
import kz.aumaq.ingest.format.DatasetBuilder;
import kz.aumaq.ingest.format.FieldTypes;
import kz.aumaq.ingest.format.SizeLimit;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceField;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * One vector table of a GeoPackage: the one named by {@link ReadOptions#table()}, else the first
 * (the others are listed in the report). The CRS comes from {@code gpkg_spatial_ref_sys}: its
 * EPSG organisation code, else its WKT definition; the "undefined" systems (srs_id 0 and -1)
 * count as none. The file is opened read-only.
 */
public final class GeoPackageReader implements DatasetReader {

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg");
    }

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IngestException {
        SizeLimit.check(options, file);
        String fileName = file.getFileName().toString();
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(true, file.toFile());
        } catch (GeoPackageException e) {
            throw new IngestException(fileName + " is not a readable GeoPackage (" + rootMessage(e) + ")", e);
        }
        try {
            Findings findings = new Findings();
            String table = table(gpkg, fileName, options.table(), findings);
            FeatureDao dao = gpkg.getFeatureDao(table);
            SourceCrs crs = crs(fileName + " table " + table, dao.getSrs(), options, findings);
            return read(dao, table, crs, findings);
        } catch (GeoPackageException e) {
            throw new IngestException(fileName + " cannot be read (" + rootMessage(e) + ")", e);
        } finally {
            gpkg.close();
        }
    }

    private static String table(GeoPackage gpkg, String fileName, String wanted, Findings findings) throws IngestException {
        List<String> tables = gpkg.getFeatureTables();
        if (tables.isEmpty()) {
            throw new IngestException(fileName + " holds no vector (feature) tables" + (gpkg.getTables().isEmpty() ? ""
                    : "; its tables: " + String.join(", ", gpkg.getTables())));
        }
        if (wanted != null && !wanted.isBlank()) {
            return tables.stream().filter(t -> t.equalsIgnoreCase(wanted.strip())).findFirst().orElseThrow(() ->
                    new IngestException(fileName + " has no vector table '" + wanted + "'; its vector tables: " + String.join(", ", tables)));
        }
        if (tables.size() > 1) {
            findings.add(Severity.INFO, "other-tables", "read table " + tables.get(0) + "; the GeoPackage also holds "
                    + String.join(", ", tables.subList(1, tables.size())) + " (name one to read it instead)", null);
        }
        return tables.get(0);
    }

    private static SourceCrs crs(String what, SpatialReferenceSystem srs, ReadOptions options, Findings findings) throws IngestException {
        SourceCrs declared = null;
        IngestException unreadable = null;
        boolean undefined = srs == null || srs.getSrsId() == 0 || srs.getSrsId() == -1;
        if (!undefined) {
            try {
                declared = "EPSG".equalsIgnoreCase(srs.getOrganization())
                        ? SourceCrs.epsg((int) srs.getOrganizationCoordsysId())
                        : SourceCrs.ofWkt(srs.getDefinition());
            } catch (IngestException e) {
                unreadable = new IngestException("its spatial reference system '" + srs.getSrsName() + "': " + e.getMessage(), e);
            }
        }
        return CrsChoice.choose(what, declared, unreadable, options, findings);
    }

    private static SourceDataset read(FeatureDao dao, String table, SourceCrs crs, Findings findings) throws IngestException {
        List<FeatureColumn> attributes = new ArrayList<>();
        for (FeatureColumn c : dao.getTable().getColumns()) if (!c.isGeometry() && !c.isPrimaryKey()) attributes.add(c);
        List<String> names = attributes.stream().map(FeatureColumn::getName).toList();
        WKBReader wkb = new WKBReader(new GeometryFactory());
        List<String> ids = new ArrayList<>();
        List<Geometry> shapes = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        FeatureResultSet result = dao.queryForAll();
        try {
            while (result.moveToNext()) {
                FeatureRow row = result.getRow();
                String id = String.valueOf(row.getId());
                ids.add(id);
                shapes.add(geometry(row.getGeometry(), wkb, id, findings));
                Map<String, Object> values = new LinkedHashMap<>();
                for (FeatureColumn c : attributes) values.put(c.getName(), value(row.getValue(c.getName()), c, id, findings));
                rows.add(values);
            }
        } finally {
            result.close();
        }
        List<SourceField> fields = FieldTypes.settle(names, rows);
        DatasetBuilder dataset = new DatasetBuilder(crs, findings);
        for (int i = 0; i < ids.size(); i++) dataset.add(ids.get(i), shapes.get(i), rows.get(i));
        return dataset.build(table, fields, "UTF-8");
    }

    private static Geometry geometry(GeoPackageGeometryData data, WKBReader wkb, String id, Findings findings) {
        if (data == null || data.isEmpty()) return null;
        try {
            return wkb.read(data.getWkb());
        } catch (IOException | ParseException | RuntimeException e) {
            findings.add(Severity.ERROR, "bad-geometry", "geometries that cannot be decoded were left empty", id + ": " + e.getMessage());
            return null;
        }
    }

    private static Object value(Object v, FeatureColumn column, String id, Findings findings) {
        if (v == null) return null;
        if (v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof Long) return ((Number) v).longValue();
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Date d) return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        if (v instanceof byte[]) {
            findings.add(Severity.INFO, "blob-column", "binary columns are not read", column.getName());
            return null;
        }
        if (v instanceof String s && column.getDataType() == GeoPackageDataType.DATE) {
            LocalDate date = FieldTypes.date(s);
            return date != null ? date : s;
        }
        return v;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + t.getMessage();
    }
}
