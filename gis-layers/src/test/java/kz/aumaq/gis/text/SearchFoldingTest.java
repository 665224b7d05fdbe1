package kz.aumaq.gis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void kazakhLettersFoldToTheRussianOnesUsersType() {
        assertThat(SearchFolding.fold("Қарағанды")).isEqualTo(SearchFolding.fold("караганды")).isEqualTo("караганды");
        assertThat(SearchFolding.fold("ӘӨҮҰҒҢІҺ")).isEqualTo("аоуугних");
        assertThat(SearchFolding.fold("Өскемен")).isEqualTo("оскемен");
    }

    @Test
    void latinIInsideCyrillicWordsIsTreatedAsKazakhI() {
        assertThat(SearchFolding.fold("Солтүстiк")).isEqualTo("солтустик");
        assertThat(SearchFolding.fold("Karaganda Region")).isEqualTo("karaganda region");
    }
}
