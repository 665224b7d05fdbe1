package kz.aumaq.ingest.geokz;

import static org.assertj.core.api.Assertions.assertThat;

import kz.aumaq.gis.unit.Kato;
import org.junit.jupiter.api.Test;

class UnitKindsTest {

    @Test
    void republicanCitiesAreTheRegionsCoded71To79() {
        assertThat(UnitKinds.ofRegion(Kato.of("710000000"))).isEqualTo("city_republican");
        assertThat(UnitKinds.ofRegion(Kato.of("750000000"))).isEqualTo("city_republican");
        assertThat(UnitKinds.ofRegion(Kato.of("790000000"))).isEqualTo("city_republican");
        assertThat(UnitKinds.ofRegion(Kato.of("100000000"))).isEqualTo("oblast");
        assertThat(UnitKinds.ofRegion(Kato.of("620000000"))).isEqualTo("oblast");
    }

    @Test
    void districtKindsFollowTheKatoCodeAndTheRussianNameShape() {
        assertThat(UnitKinds.ofDistrict(Kato.of("101000000"), "Семей", "oblast")).isEqualTo("city_oblast");
        assertThat(UnitKinds.ofDistrict(Kato.of("622010000"), "Сатпаев", "oblast")).isEqualTo("city_oblast");
        assertThat(UnitKinds.ofDistrict(Kato.of("101010000"), "Жанасемейский", "oblast")).isEqualTo("district");
        assertThat(UnitKinds.ofDistrict(Kato.of("114500000"), "Биржан сал", "oblast")).isEqualTo("district");
        assertThat(UnitKinds.ofDistrict(Kato.of("711110000"), "Алматинский", "city_republican")).isEqualTo("city_district");
    }
}
