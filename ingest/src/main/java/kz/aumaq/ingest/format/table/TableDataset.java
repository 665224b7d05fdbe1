package kz.aumaq.ingest.format.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.aumaq.ingest.crs.SourceCrs;
import kz.aumaq.ingest.format.CrsChoice;
import kz.aumaq.ingest.format.DatasetBuilder;
import kz.aumaq.ingest.format.FieldTypes;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.Attributes;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceField;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A {@link Table} (CSV or XLSX) as a dataset: geometry from its latitude/longitude or WKT columns
 * when it has them, else a plain table; attribute types settled. Coordinates in degrees are taken
 * as EPSG:4326 unless the user names a CRS; values that cannot be degrees (a projected x/y, WKT
 * in metres) need the CRS named, as does any file without one. EWKT's {@code SRID=n;} is honoured.
 */
final class TableDataset {

    private static final Envelope DEGREES = new Envelope(-180, 180, -90, 90);

    private TableDataset() {
    }

    static SourceDataset build(String name, Table table, ReadOptions options, Findings findings, String encoding,
                               boolean decimalComma) throws IngestException {
        List<String> header = table.header();
        List<Table.Row> rows = table.rows();
        Optional<GeometryColumns> found = GeometryColumns.detect(header, rows);
        List<String> attributes = new ArrayList<>(header);
        found.ifPresent(g -> attributes.removeAll(g.columns()));
        AttributeColumns columns = new AttributeColumns(header, attributes, table.textCells(), decimalComma);
        if (found.isEmpty()) {
            for (Table.Row r : rows) columns.see(r);
            DatasetBuilder plain = new DatasetBuilder(null, findings);
            for (Table.Row r : rows) plain.add(r.id(), null, columns.of(r));
            return plain.build(name, columns.fields(), encoding);
        }
        GeometryColumns geometryColumns = found.get();
        findings.add(Severity.INFO, "geometry-columns", "geometry: " + geometryColumns, null);
        Shapes shapes = new Shapes(geometryColumns, header, decimalComma, findings);
        // one pass over the rows for the attribute types and the geometries, one to assemble them
        List<Geometry> geometries = new ArrayList<>(rows.size());
        for (Table.Row r : rows) {
            columns.see(r);
            geometries.add(shapes.of(r));
        }
        SourceCrs declared = shapes.declaredCrs();
        IngestException notDegrees = declared == null ? new IngestException("its coordinates, e.g. " + shapes.example
                + ", are not longitude/latitude degrees, so its CRS is unknown: name it (e.g. EPSG:32642 for UTM 42N)") : null;
        SourceCrs crs = CrsChoice.choose(name, declared, notDegrees, options, findings);
        DatasetBuilder dataset = new DatasetBuilder(crs, findings);
        for (int i = 0; i < rows.size(); i++) dataset.add(rows.get(i).id(), geometries.get(i), columns.of(rows.get(i)));
        return dataset.build(name, columns.fields(), encoding);
    }

    /**
     * The attribute columns: their types settled as the rows go by, then each row's values
     * converted, into an array per row under names all rows share.
     */
    private static final class AttributeColumns {
        private final List<String> names;
        private final Attributes.Names shared;
        private final int[] positions;
        private final FieldTypes.Column[] types;

        AttributeColumns(List<String> header, List<String> names, boolean textCells, boolean decimalComma) {
            this.names = names;
            this.shared = new Attributes.Names(names);
            this.positions = new int[names.size()];
            this.types = new FieldTypes.Column[names.size()];
            for (int a = 0; a < positions.length; a++) {
                positions[a] = header.indexOf(names.get(a));
                types[a] = textCells ? FieldTypes.textColumn(decimalComma) : FieldTypes.typedColumn();
            }
        }

        void see(Table.Row row) {
            for (int a = 0; a < positions.length; a++) types[a].see(row.cell(positions[a]));
        }

        Attributes of(Table.Row row) {
            Object[] values = new Object[positions.length];
            for (int a = 0; a < positions.length; a++) values[a] = types[a].convert(row.cell(positions[a]));
            return new Attributes(shared, values);
        }

        List<SourceField> fields() {
            List<SourceField> fields = new ArrayList<>();
            for (int a = 0; a < positions.length; a++) fields.add(new SourceField(names.get(a), types[a].type()));
            return fields;
        }
    }

    /** Geometries from the cells, and what they say about the CRS. */
    private static final class Shapes {
        private final GeometryColumns columns;
        private final int latitude;
        private final int longitude;
        private final int wktColumn;
        private final boolean decimalComma;
        private final Findings findings;
        private final GeometryFactory factory = new GeometryFactory();
        private final WKTReader wkt = new WKTReader(factory);
        private final Envelope extent = new Envelope();
        private Integer srid;
        private String example;

        Shapes(GeometryColumns columns, List<String> header, boolean decimalComma, Findings findings) {
            this.columns = columns;
            this.latitude = header.indexOf(columns.latitude());
            this.longitude = header.indexOf(columns.longitude());
            this.wktColumn = header.indexOf(columns.wkt());
            this.decimalComma = decimalComma;
            this.findings = findings;
        }

        Geometry of(Table.Row row) throws IngestException {
            Geometry g = columns.isWkt() ? fromWkt(row) : fromLatLon(row);
            if (g != null && !g.isEmpty()) {
                // a point's envelope is its coordinate: no envelope object (a copy, in JTS) per point
                if (g instanceof Point p) extent.expandToInclude(p.getX(), p.getY());
                else extent.expandToInclude(g.getEnvelopeInternal());
                if (example == null) example = "(" + g.getCoordinate().x + ", " + g.getCoordinate().y + ") in " + row.id();
            }
            return g;
        }

        private Geometry fromLatLon(Table.Row row) {
            Object lat = row.cell(latitude);
            Object lon = row.cell(longitude);
            if (blank(lat) && blank(lon)) return null;
            Double y = number(lat);
            Double x = number(lon);
            if (x == null || y == null) {
                findings.add(Severity.WARNING, "bad-coordinate", "coordinates that are not numbers were left empty",
                        row.id() + ": " + lat + ", " + lon);
                return null;
            }
            return factory.createPoint(new Coordinate(x, y));
        }

        private Geometry fromWkt(Table.Row row) throws IngestException {
            Object v = row.cell(wktColumn);
            if (blank(v)) return null;
            String text = v.toString().strip();
            if (text.regionMatches(true, 0, "SRID=", 0, 5) && text.matches("(?is)SRID=\\s*\\d{1,9}\\s*;.*")) {
                int code = Integer.parseInt(text.substring(5, text.indexOf(';')).strip());
                if (srid != null && srid != code) {
                    throw new IngestException("the WKT column mixes SRID=" + srid + " and SRID=" + code + " (at " + row.id() + ")");
                }
                srid = code;
                text = text.substring(text.indexOf(';') + 1);
            }
            try {
                return wkt.read(text);
            } catch (ParseException | IllegalArgumentException e) {
                findings.add(Severity.WARNING, "bad-wkt", "values that are not WKT geometries were left empty",
                        row.id() + ": " + e.getMessage());
                return null;
            }
        }

        /** A coordinate; "51,215" is a decimal comma whatever the delimiter (a coordinate has no thousands). */
        private Double number(Object v) {
            if (v instanceof Number n) return n.doubleValue();
            if (v == null) return null;
            Double d = FieldTypes.number(v.toString(), decimalComma);
            return d != null || decimalComma ? d : FieldTypes.number(v.toString(), true);
        }

        private static boolean blank(Object v) {
            return v == null || v.toString().isBlank();
        }

        /** EWKT's SRID; else EPSG:4326 when every coordinate can be degrees; else none (the user must name it). */
        SourceCrs declaredCrs() throws IngestException {
            if (srid != null) return SourceCrs.epsg(srid);
            return extent.isNull() || DEGREES.covers(extent) ? SourceCrs.WGS84 : null;
        }
    }
}
