package org.ypsa.hub.domain.directory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's or partner's address is one at a referrer domain (the shipped directory's council.test and
 * occ-ypsa.council.test) or under one, whatever its case; never a domain that only ends in the same letters, a
 * provider's, or no address. The one check referrals, intelligence and a provider's notice all ask.
 */
class ReferrerAddressesTest {
    private final Directory directory = TestDirectory.shipped();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            s.prosser@council.test           | true
            worker@occ-ypsa.council.test     | true
            duty@mash.council.test           | true
            S.Prosser@Council.TEST           | true
            ' s.prosser@council.test '       | true
            returns@key2.provider.test       | false
            someone@notcouncil.test          | false
            someone@council.test.example     | false
            council.test                     | false
            someone@gmail.com                | false
            ''                               | false
            NULL                             | false
            """)
    void anAddressIsAReferrersOnlyAtOrUnderAReferrerDomain(String address, boolean referrers) {
        assertThat(directory.isReferrerAddress(address)).isEqualTo(referrers);
    }
}
