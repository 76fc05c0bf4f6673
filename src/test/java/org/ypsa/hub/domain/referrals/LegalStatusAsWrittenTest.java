package org.ypsa.hub.domain.referrals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal status as English and Welsh council staff answer it (ref39): sections of the Children Act, orders,
 * leaving-care categories. A status only asked for or being assessed is none: the sender is asked, never routed as
 * looked after. Answers invented for the test.
 */
class LegalStatusAsWrittenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"s20|Looked after", "Section 20 CA 1989|Looked after",
            "Looked after (S.20)|Looked after", "Full care order (s31)|Looked after", "ICO|Looked after",
            "Relevant child|Care leaver", "Former relevant|Care leaver", "Care leaver 18+|Care leaver",
            "CIN|Child in need", "Child in need (s17)|Child in need", "Not known to CSC|Not known to social care"})
    void aStatusAsStaffWriteItIsTheFormsStatus(String written, String status) {
        assertThat(ReferralValidator.legalStatusAsWritten(written)).contains(status);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Homeless 16/17 - s20 assessment", "ICO applied for", "pending care order",
            "s20 being considered", "awaiting s20 assessment"})
    void aStatusOnlyAskedForOrBeingAssessedIsNone(String written) {
        assertThat(ReferralValidator.legalStatusAsWritten(written)).isEmpty();
    }
}
