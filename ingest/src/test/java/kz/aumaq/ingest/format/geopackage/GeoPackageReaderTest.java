package kz.aumaq.ingest.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceField;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

class GeoPackageReaderTest {

    @TempDir
    Path tmp;
    private final GeoPackageReader reader = new GeoPackageReader();
    private final WKTReader wkt = new WKTReader();

    @Test
    void readsTheFirstFeatureTableWithItsCrsAndAttributes() throws Exception {
        Path file = geoPackage();
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);

        assertThat(d.name()).isEqualTo("districts");
        assertThat(d.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.fields()).containsExactly(new SourceField("name", "string"), new SourceField("population", "integer"),
                new SourceField("share", "number"), new SourceField("founded", "date"));
        assertThat(d.features()).hasSize(2);
        assertThat(d.features().get(0).attributes()).containsEntry("name", "Бурабай").containsEntry("population", 74_000L)
                .containsEntry("founded", LocalDate.of(1928, 1, 17));
        assertThat(d.features().get(0).geometry().equalsTopo(wkt.read("POLYGON ((70 52, 71 52, 71 53, 70 53, 70 52))"))).isTrue();
        assertThat(d.features().get(1).geometry()).isNull();
        assertThat(d.findings()).extracting(Finding::code).contains("other-tables", "empty-geometry");
    }

    @Test
    void aNamedTableIsReadAndReprojectedFromItsSrs() throws Exception {
        Path file = geoPackage();
        SourceDataset d = reader.read(file, new ReadOptions(null, null, "sites", 1L << 30, 100));
        assertThat(d.sourceCrs()).isEqualTo("EPSG:32642");
        Coordinate c = d.features().get(0).geometry().getCoordinate();
        assertThat(c.x).isCloseTo(69.6, within(1e-8));
        assertThat(c.y).isCloseTo(42.3, within(1e-8));

        assertThatThrownBy(() -> reader.read(file, new ReadOptions(null, null, "roads", 1L << 30, 100)))
                .isInstanceOf(IngestException.class).hasMessageContaining("has no vector table 'roads'; its vector tables: districts, sites, zones");
    }

    @Test
    void anSrsWithoutEpsgCodeIsRecognisedByItsWkt() throws Exception {
        SourceDataset d = reader.read(geoPackage(), new ReadOptions(null, null, "zones", 1L << 30, 100));
        assertThat(d.sourceCrs()).isEqualTo("EPSG:28413");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("outside-kazakhstan");
    }

    @Test
    void somethingThatIsNotAGeoPackageIsRefused() throws Exception {
        Path fake = Files.writeString(tmp.resolve("fake.gpkg"), "SQLite format 3, or so it says");
        assertThatThrownBy(() -> reader.read(fake, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("fake.gpkg");
    }

    private Path geoPackage() throws Exception {
        Path file = tmp.resolve("regions.gpkg");
        GeoPackageManager.create(file.toFile());
        GeoPackage gpkg = GeoPackageManager.open(file.toFile());
        try {
            SpatialReferenceSystem wgs84 = gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            FeatureDao districts = table(gpkg, "districts", wgs84, List.of(
                    FeatureColumn.createColumn("name", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("population", GeoPackageDataType.INTEGER),
                    FeatureColumn.createColumn("share", GeoPackageDataType.REAL),
                    FeatureColumn.createColumn("founded", GeoPackageDataType.DATE)));
            insert(districts, wgs84, wkt.read("POLYGON ((70 52, 71 52, 71 53, 70 53, 70 52))"),
                    "name", "Бурабай", "population", 74_000, "share", 0.5, "founded", "1928-01-17");
            insert(districts, wgs84, null, "name", "nowhere", "population", 1, "share", 1.5, "founded", null);

            SpatialReferenceSystem utm = srs(gpkg, 32642, "EPSG", 32642, "WGS 84 / UTM zone 42N", ogcWkt(32642));
            FeatureDao sites = table(gpkg, "sites", utm, List.of(FeatureColumn.createColumn("name", GeoPackageDataType.TEXT)));
            ProjCoordinate p = new BasicCoordinateTransform(new CRSFactory().createFromName("EPSG:4326"),
                    new CRSFactory().createFromName("EPSG:32642")).transform(new ProjCoordinate(69.6, 42.3), new ProjCoordinate());
            insert(sites, utm, wkt.read("POINT (" + p.x + " " + p.y + ")"), "name", "Shymkent");

            // a system without an EPSG code, known only by its WKT
            SpatialReferenceSystem gk = srs(gpkg, 100013, "LOCAL", 13, "GK zone 13",
                    kz.aumaq.ingest.testdata.EsriPrj.PULKOVO_GK_13);
            FeatureDao zones = table(gpkg, "zones", gk, List.of(FeatureColumn.createColumn("name", GeoPackageDataType.TEXT)));
            insert(zones, gk, wkt.read("POINT (13580000 4790000)"), "name", "Almaty region");
        } finally {
            gpkg.close();
        }
        return file;
    }

    private static SpatialReferenceSystem srs(GeoPackage gpkg, long id, String organization, long code, String name,
                                              String definition) throws Exception {
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsId(id);
        srs.setSrsName(name);
        srs.setOrganization(organization);
        srs.setOrganizationCoordsysId(code);
        srs.setDefinition(definition);
        gpkg.getSpatialReferenceSystemDao().create(srs);
        return srs;
    }

    private static String ogcWkt(int code) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = GeoPackageReaderTest.class.getResourceAsStream("/proj4/wkt/epsg.properties")) {
            p.load(in);
        }
        return p.getProperty(String.valueOf(code));
    }

    private static FeatureDao table(GeoPackage gpkg, String name, SpatialReferenceSystem srs, List<FeatureColumn> columns) {
        GeometryColumns g = new GeometryColumns();
        g.setTableName(name);
        g.setColumnName("geom");
        g.setGeometryType(GeometryType.GEOMETRY);
        g.setZ((byte) 0);
        g.setM((byte) 0);
        g.setSrs(srs);
        FeatureTableMetadata metadata = FeatureTableMetadata.create(g);
        metadata.setAdditionalColumns(columns);
        gpkg.createFeatureTable(metadata);
        return gpkg.getFeatureDao(name);
    }

    private static void insert(FeatureDao dao, SpatialReferenceSystem srs, Geometry geometry, Object... values) throws Exception {
        FeatureRow row = dao.newRow();
        for (int i = 0; i < values.length; i += 2) row.setValue((String) values[i], values[i + 1]);
        if (geometry != null) row.setGeometry(GeoPackageGeometryData.createFromWkb(srs.getSrsId(), new WKBWriter().write(geometry)));
        dao.create(row);
    }
}
