package org.lastpresence.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lists may exist unless the count at start found none, nothing was written since, and no cluster runs. */
class PrivacyListCensusTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "not counted yet,                        , false, false, false, true",
            "counted none,                          0, false, false, false, false",
            "counted some,                          3, false, false, false, true",
            "counted none then a list written,      0, false, true,  false, true",
            "a list written while counting none,    0, true,  false, false, true",
            "counted none but clustered,            0, false, false, true,  true",
    })
    void tells(String name, Long counted, boolean writtenBefore, boolean writtenAfter, boolean clustered,
               boolean mayExist) {
        PrivacyListCensus census = new PrivacyListCensus(() -> clustered);
        if (writtenBefore) {
            census.listWritten();
        }
        if (counted != null) {
            census.counted(counted);
        }
        if (writtenAfter) {
            census.listWritten();
        }
        assertEquals(mayExist, census.anyListMayExist());
    }
}
