package kz.aumaq.ingest.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectionFileTest {

    @Test
    void esriWgs84WithoutAnAuthorityIs4326() {
        // geokz's .prj, verbatim: no EPSG authority, which H2GIS reads as SRID 0
        String geokz = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        assertThat(ProjectionFile.epsgOf(geokz)).hasValue(4326);
    }

    @Test
    void projectedSystemsAreNotRecognisedYet() {
        String utm = "PROJCS[\"WGS_1984_UTM_Zone_42N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]],PROJECTION[\"Transverse_Mercator\"]]";
        String pulkovo = "GEOGCS[\"GCS_Pulkovo_1942\",DATUM[\"D_Pulkovo_1942\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]]]";
        assertThat(ProjectionFile.epsgOf(utm)).isEmpty();
        assertThat(ProjectionFile.epsgOf(pulkovo)).isEmpty();
    }
}
