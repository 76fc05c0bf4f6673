package org.ypsa.hub.domain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.support.Yardstick;

/**
 * Yardstick of stop 62 (words62): a label typed in a hurry, in text-speak and shorthand ("u", "ur", "r", "pls", "abt",
 * "w/", "#", "yr", "diff", contractions without their apostrophe), is read as the words it stands for, on every form.
 * Wordings invented here, as staff type them on a phone or in a rush. A "-" row must stay unplaced: a letter that is
 * a choice or a week ("U/K", "w/c") is no text-speak.
 */
class TextSpeakInALabelIsReadAsItsWordsTest {
    private static final List<Yardstick.Row> REFERRAL = Yardstick.pairs(
        "ur name", "REFERRER_NAME",
        "UR NAME PLS", "REFERRER_NAME",
        "ur job title", "REFERRER_ROLE",
        "ur email", "REFERRER_EMAIL",
        "ur phone no.", "REFERRER_PHONE",
        "their social worker if diff from u", "SOCIAL_WORKER_NAME",
        "lcs # if known", "LCS_NUMBER",
        "young person's full name pls", "FULL_NAME",
        "when do they need a bed from - date pls", "DATE_NEEDED",
        "any safety worries rn", "SAFETY_CONCERN",
        "immediate safety worry", "SAFETY_CONCERN");

    private static final List<Yardstick.Row> INTELLIGENCE = Yardstick.pairs(
        "ur name", "WORKER",
        "Ur full name", "WORKER",
        "who r u (name)", "WORKER",
        "ur role", "ROLE",
        "what do u do", "ROLE",
        "UR EMAIL ADDRESS", "EMAIL",
        "where did u see it", "LOCATION",
        "how do u know", "SOURCE",
        "name of the person sharing it", "WORKER",
        "whos sharing this info", "WORKER",
        "ur name (person sharing)", "WORKER",
        "ur name (sharing it)", "WORKER",
        "who's passing this on", "WORKER");

    private static final List<Yardstick.Row> MASH = Yardstick.pairs(
        "name of the 17 yr old", "NAME",
        "dob of the 16 yr old", "DATE_OF_BIRTH");

    private static final List<Yardstick.Row> INCIDENT = Yardstick.pairs(
        "their sw/pa if diff from u", "WORKER_NAME",
        "what time did it happen abt", "INCIDENT_TIME");

    @Test
    void aReferralTypedInTextSpeakIsReadAsItsWords() {
        var read = Yardstick.read("TextSpeak/referral", REFERRAL,
                Yardstick.placedOn(FieldCatalog.shipped(ReferralField.class, "referral")));
        assertThat(read.misses().size()).isLessThanOrEqualTo(NOT_YET_REFERRAL);
    }

    @Test
    void anIntelligenceSubmissionTypedInTextSpeakIsReadAsItsWords() {
        var read = Yardstick.read("TextSpeak/intelligence", INTELLIGENCE,
                Yardstick.placedOn(FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission")));
        assertThat(read.misses().size()).isLessThanOrEqualTo(NOT_YET_INTELLIGENCE);
    }

    @Test
    void aMashReferralTypedInTextSpeakIsReadAsItsWords() {
        var read = Yardstick.read("TextSpeak/mash", MASH,
                Yardstick.placedOn(FieldCatalog.shipped(MashField.class, "mash-referral")));
        assertThat(read.misses().size()).isLessThanOrEqualTo(0);
    }

    @Test
    void anIncidentTypedInTextSpeakIsReadAsItsWords() {
        var read = Yardstick.read("TextSpeak/incident", INCIDENT,
                Yardstick.placedOn(FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident")));
        assertThat(read.misses().size()).isLessThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Didnt attend because | Did not attend because
            WHY THEYRE HOMELESS  | WHY THEY ARE HOMELESS
            wont return home     | will not return home
            IM name              | IM name
            """)
    void aContractionTypedWithoutItsApostropheIsItsWordsInALabelAndLettersOfSomethingElseAreLeft(String label,
            String read) {
        assertThat(Words.spelledOut(label)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            shes with him and cant leave, theyre outside | she's with him and can't leave, they're outside
            im scared, ive no phone                      | i'm scared, i've no phone
            chants and cantor                            | chants and cantor
            """)
    void aContractionTypedWithoutItsApostropheIsWrittenWithItInAText(String text, String read) {
        assertThat(Words.withApostrophes(text)).isEqualTo(read);
    }

    @Test
    void textSpeakIsSpelledOutAndOtherLettersAreLeft() {
        assertThat(Words.spelledOut("ur name pls")).isEqualTo("your name please");
        assertThat(Words.spelledOut("CLOCK TIME U THINK IT WAS")).isEqualTo("CLOCK TIME YOU THINK IT WAS");
        assertThat(Words.spelledOut("in trouble w/ police")).isEqualTo("in trouble with police");
        assertThat(Words.spelledOut("in trouble w police")).isEqualTo("in trouble with police");
        assertThat(Words.spelledOut("where r they staying")).isEqualTo("where are they staying");
        assertThat(Words.spelledOut("why we cant manage it")).isEqualTo("why we cannot manage it");
        assertThat(Words.spelledOut("whats the risk")).isEqualTo("what is the risk");
        assertThat(Words.spelledOut("lcs # if known")).isEqualTo("lcs number if known");
        assertThat(Words.spelledOut("the 16/17 yr old")).isEqualTo("the 16/17 year old");
        // a letter that is a choice, a week or a value keeps it; Welsh "yr" is "the"; "#12" is a number written
        assertThat(Words.spelledOut("Gender (M/F/U)")).isEqualTo("Gender (M/F/U)");
        assertThat(Words.spelledOut("Voids w/c")).isEqualTo("Voids w/c");
        assertThat(Words.spelledOut("Enw yr asiantaeth")).isEqualTo("Enw yr asiantaeth");
        assertThat(Words.spelledOut("Room #12")).isEqualTo("Room #12");
        assertThat(Words.spelledOut("Were they known")).isEqualTo("Were they known");
        assertThat(Words.spelledOut("U.K. address")).isEqualTo("U.K. address");
    }

    /** Rows the hub does not read yet, shown by the yardstick's print; lowered as rules land. */
    private static final int NOT_YET_REFERRAL = 0;
    private static final int NOT_YET_INTELLIGENCE = 0;
}
