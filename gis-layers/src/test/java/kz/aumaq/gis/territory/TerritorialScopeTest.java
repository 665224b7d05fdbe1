package kz.aumaq.gis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import kz.aumaq.gis.unit.Kato;
import org.junit.jupiter.api.Test;

/** Subtree membership by materialized path, never by KATO prefix. */
class TerritorialScopeTest {

    private static final String DISTRICT = "000000000/350000000/351000000";
    private final TerritorialScope karaganda = TerritorialScope.of(Kato.of("351000000"));

    @Test
    void containsTheRootAndEverythingBelowIt() {
        assertThat(karaganda.containsPath(DISTRICT)).isTrue();
        assertThat(karaganda.containsPath(DISTRICT + "/351010000")).isTrue();
        assertThat(karaganda.containsPath(DISTRICT + "/351010000/351010001")).isTrue();
    }

    @Test
    void aKatoSharingThePrefixButNotTheSubtreeIsOutside() {
        // 351100000 starts with "351" like 351000000 without its zeros, but it is a sibling district.
        assertThat(karaganda.containsPath("000000000/350000000/351100000")).isFalse();
        assertThat(karaganda.containsPath("000000000/350000000/351100000/351110000")).isFalse();
        // A longer code that begins with the whole root code is not the root either.
        assertThat(TerritorialScope.of(Kato.of("351010000")).containsPath(DISTRICT + "/3510100001")).isFalse();
    }

    @Test
    void parentsAndNeighboursAreOutside() {
        assertThat(karaganda.containsPath("000000000/350000000")).isFalse();
        assertThat(karaganda.containsPath("000000000")).isFalse();
        assertThat(karaganda.containsPath("000000000/620000000/621000000")).isFalse();
        assertThat(karaganda.containsPath(null)).isFalse();
        assertThat(karaganda.containsPath("")).isFalse();
    }

    @Test
    void theCountryIsEverywhereAndNowhereHasNothing() {
        assertThat(TerritorialScope.of(Kato.COUNTRY)).isEqualTo(TerritorialScope.everywhere());
        assertThat(TerritorialScope.everywhere().containsPath("000000000/620000000")).isTrue();
        assertThat(TerritorialScope.nowhere().containsPath(DISTRICT)).isFalse();
        assertThat(TerritorialScope.nowhere().containsPath("000000000")).isFalse();
        assertThat(karaganda.toString()).isEqualTo("351000000");
        assertThat(karaganda.root()).contains(Kato.of("351000000"));
    }
}
