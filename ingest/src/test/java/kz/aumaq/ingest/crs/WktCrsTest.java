package kz.aumaq.ingest.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import kz.aumaq.ingest.source.IngestException;
import org.junit.jupiter.api.Test;

class WktCrsTest {

    static final String ESRI_WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    static String esriUtm(int zone) {
        return "PROJCS[\"WGS_1984_UTM_Zone_" + zone + "N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\"," + (zone * 6 - 183) + ".0],PARAMETER[\"Scale_Factor\",0.9996],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    /** As ArcGIS and QGIS write it for EPSG:28400+zone. */
    static String esriPulkovoZone(int zone) {
        return "PROJCS[\"Pulkovo_1942_GK_Zone_" + zone + "\",GEOGCS[\"GCS_Pulkovo_1942\",DATUM[\"D_Pulkovo_1942\","
                + "SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\"," + (zone * 1_000_000 + 500_000) + ".0],"
                + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\"," + (zone * 6 - 3) + ".0],"
                + "PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    @Test
    void esriGeographicWgs84WithoutAuthorityIs4326() throws Exception {
        assertThat(WktCrs.identify(ESRI_WGS84)).isEqualTo(4326);
    }

    @Test
    void esriUtmZones39To45NorthAre326xx() throws Exception {
        for (int zone = 39; zone <= 45; zone++) assertThat(WktCrs.identify(esriUtm(zone))).isEqualTo(32600 + zone);
    }

    @Test
    void esriPulkovoGaussKrugerZonesAre284xx() throws Exception {
        for (int zone = 7; zone <= 16; zone++) assertThat(WktCrs.identify(esriPulkovoZone(zone))).isEqualTo(28400 + zone);
    }

    @Test
    void esriPulkovoCentralMeridianVariantIs25xx() throws Exception {
        String cm75 = esriPulkovoZone(13).replace("GK_Zone_13", "GK_CM_75E").replace("13500000.0", "500000.0");
        assertThat(WktCrs.identify(cm75)).isEqualTo(2503);
        assertThat(SourceCrs.epsg(2503).code()).isEqualTo("EPSG:2503");
    }

    @Test
    void esriPulkovoGeographicIs4284() throws Exception {
        String wkt = "GEOGCS[\"GCS_Pulkovo_1942\",DATUM[\"D_Pulkovo_1942\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        assertThat(WktCrs.identify(wkt)).isEqualTo(4284);
    }

    @Test
    void esriWebMercatorIs3857() throws Exception {
        String wkt = "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",0.0],PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],"
                + "UNIT[\"Meter\",1.0]]";
        assertThat(WktCrs.identify(wkt)).isEqualTo(3857);
    }

    @Test
    void anAuthorityIsUsedWhenProj4jKnowsIt() throws Exception {
        String wkt = ogc().getProperty("28413");
        assertThat(WktCrs.identify(wkt)).isEqualTo(28413);
        // the name and parameters are ignored when the authority is there
        assertThat(WktCrs.identify(esriUtm(42).replace("UNIT[\"Meter\",1.0]]", "UNIT[\"Meter\",1.0],AUTHORITY[\"EPSG\",\"32642\"]]")))
                .isEqualTo(32642);
    }

    /**
     * Every code of the families we promise, as OGC WKT 1 (Proj4J's own EPSG WKT list) with the
     * outer AUTHORITY removed, is recognised from its datum and parameters alone.
     */
    @Test
    void ogcWktOfEveryPromisedCodeIsRecognisedWithoutItsAuthority() throws Exception {
        Properties wkts = ogc();
        List<Integer> codes = new ArrayList<>(List.of(4326, 4284, 3857));
        IntStream.rangeClosed(32601, 32660).forEach(codes::add);
        IntStream.rangeClosed(32701, 32760).forEach(codes::add);
        IntStream.rangeClosed(28404, 28432).forEach(codes::add);
        IntStream.rangeClosed(2492, 2522).forEach(codes::add);
        List<Integer> checked = new ArrayList<>();
        for (int code : codes) {
            String wkt = wkts.getProperty(String.valueOf(code));
            if (wkt == null) continue;
            String anonymous = wkt.replaceFirst(", AUTHORITY\\[\"EPSG\",\"" + code + "\"]]$", "]");
            assertThat(anonymous).as("outer authority removed for %d", code).doesNotEndWith("\"" + code + "\"]]");
            assertThat(WktCrs.identify(anonymous)).as("EPSG:%d from %s", code, anonymous).isEqualTo(code);
            checked.add(code);
        }
        assertThat(checked).contains(4326, 4284, 3857, 32639, 32645, 28404, 28413, 28432, 2492, 2522);
    }

    @Test
    void wkt2IsRecognisedByIdAndByParameters() throws Exception {
        String wkt2 = "PROJCRS[\"WGS 84 / UTM zone 42N\",BASEGEOGCRS[\"WGS 84\",ENSEMBLE[\"World Geodetic System 1984 ensemble\","
                + "MEMBER[\"World Geodetic System 1984 (G2139)\"],ELLIPSOID[\"WGS 84\",6378137,298.257223563,LENGTHUNIT[\"metre\",1]],"
                + "ENSEMBLEACCURACY[2.0]],PRIMEM[\"Greenwich\",0,ANGLEUNIT[\"degree\",0.0174532925199433]],ID[\"EPSG\",4326]],"
                + "CONVERSION[\"UTM zone 42N\",METHOD[\"Transverse Mercator\",ID[\"EPSG\",9807]],"
                + "PARAMETER[\"Latitude of natural origin\",0,ANGLEUNIT[\"degree\",0.0174532925199433],ID[\"EPSG\",8801]],"
                + "PARAMETER[\"Longitude of natural origin\",69,ANGLEUNIT[\"degree\",0.0174532925199433],ID[\"EPSG\",8802]],"
                + "PARAMETER[\"Scale factor at natural origin\",0.9996,SCALEUNIT[\"unity\",1],ID[\"EPSG\",8805]],"
                + "PARAMETER[\"False easting\",500000,LENGTHUNIT[\"metre\",1],ID[\"EPSG\",8806]],"
                + "PARAMETER[\"False northing\",0,LENGTHUNIT[\"metre\",1],ID[\"EPSG\",8807]]],"
                + "CS[Cartesian,2],AXIS[\"(E)\",east,ORDER[1],LENGTHUNIT[\"metre\",1]],"
                + "AXIS[\"(N)\",north,ORDER[2],LENGTHUNIT[\"metre\",1]]";
        assertThat(WktCrs.identify(wkt2 + ",ID[\"EPSG\",32642]]")).isEqualTo(32642);
        assertThat(WktCrs.identify(wkt2 + "]")).isEqualTo(32642);
    }

    @Test
    void unknownSystemsAreRefusedNamingWhatWasFound() {
        String lambert = "PROJCS[\"Asia_North_Lambert_Conformal_Conic\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",95.0],PARAMETER[\"Standard_Parallel_1\",15.0],PARAMETER[\"Standard_Parallel_2\",65.0],"
                + "PARAMETER[\"Latitude_Of_Origin\",30.0],UNIT[\"Meter\",1.0]]";
        assertThatThrownBy(() -> WktCrs.identify(lambert)).isInstanceOf(IngestException.class)
                .hasMessageContaining("Asia_North_Lambert_Conformal_Conic")
                .hasMessageContaining("projection \"Lambert_Conformal_Conic\"")
                .hasMessageContaining("central meridian 95")
                .hasMessageContaining("name the CRS");
        // Pulkovo 1942(58) is a different datum, not Pulkovo 1942
        String pulkovo58 = "GEOGCS[\"GCS_Pulkovo_1942_Adj_1958\",DATUM[\"D_Pulkovo_1942_Adj_1958\",SPHEROID[\"Krasovsky_1940\","
                + "6378245.0,298.3]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        assertThatThrownBy(() -> WktCrs.identify(pulkovo58)).hasMessageContaining("D_Pulkovo_1942_Adj_1958");
        // UTM in US feet is not UTM in metres
        assertThatThrownBy(() -> WktCrs.identify(esriUtm(42).replace("UNIT[\"Meter\",1.0]]", "UNIT[\"Foot_US\",0.3048006096012192]]")))
                .hasMessageContaining("units of 0.3048");
    }

    @Test
    void textThatIsNotWktIsRefused() {
        assertThatThrownBy(() -> WktCrs.identify("Projection UTM\nZone 42")).isInstanceOf(IngestException.class)
                .hasMessageContaining("not a readable WKT");
        assertThatThrownBy(() -> WktCrs.identify("GEOGCS[\"x\",DATUM[")).hasMessageContaining("not a readable WKT");
        assertThatThrownBy(() -> WktCrs.identify("  ")).hasMessageContaining("empty");
    }

    private static Properties ogc() throws Exception {
        Properties p = new Properties();
        try (InputStream in = WktCrsTest.class.getResourceAsStream("/proj4/wkt/epsg.properties")) {
            p.load(in);
        }
        return p;
    }
}
