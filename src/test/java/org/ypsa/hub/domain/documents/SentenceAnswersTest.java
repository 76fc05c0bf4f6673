package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers typed as sentences in a mail body (issue 14, tuned8's informal bodies): each sentence that opens with a label
 * is a line of its own. Wordings and people invented for the test.
 */
class SentenceAnswersTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    private static String lines(FieldCatalog<?> c, String text) {
        return SentenceAnswers.lines(text, w -> c.ranked(w).stream().mapToDouble(Map.Entry::getValue).max().orElse(0));
    }

    @Test
    void eachSentenceThatOpensWithALabelIsALineOfItsOwn() {
        assertThat(lines(REFERRAL, "Address: 3 Mill Lane, Didcot. Preferred locality Witney. Status CIN."))
                .isEqualTo("Address: 3 Mill Lane, Didcot\nPreferred locality: Witney\nStatus: CIN");
    }

    @Test
    void aLabelJoinedToItsAnswerByIsReadsAsOneWithAColon() {
        assertThat(SentenceAnswers.asLabelled("Date of birth is 3 May 2009", w -> 1.0)).isEqualTo("Date of birth: 3 May 2009");
        assertThat(SentenceAnswers.asLabelled("The placement is ending because the foster carers are retiring", w -> 1.0))
                .as("a clause, not a short answer").isEqualTo("The placement is ending because the foster carers are retiring");
        assertThat(SentenceAnswers.asLabelled("They are 17", w -> 1.0)).as("a pronoun names no field").isEqualTo("They are 17");
    }

    @Test
    void whatAWriterSaysOfThemselvesReadsAsTheFormsSecondPersonLabels() {
        assertThat(SentenceAnswers.asLabelled("I am a Youth Worker", w -> 0)).isEqualTo("Your role: Youth Worker");
        assertThat(SentenceAnswers.asLabelled("This is Bren Talfryn writing", w -> 0)).isEqualTo("Your name: Bren Talfryn");
        assertThat(SentenceAnswers.asLabelled("Responding on behalf of Stonewater", w -> 0))
                .isEqualTo("Your organisation: Stonewater");
        assertThat(SentenceAnswers.asLabelled("I'm referring Cai Bowen", w -> 0)).isEqualTo("Young person's name: Cai Bowen");
    }

    @Test
    void anAnswerOfSeveralSentencesIsNotCut() {
        String line = "Reason for referral: Mum asked her to leave last week. She has nowhere to go tonight.";
        assertThat(lines(REFERRAL, line)).isEqualTo(line);
    }

    @Test
    void aShortenedWordEndsNoSentence() {
        assertThat(SentenceAnswers.sentences("D.O.B. 3 May 2009. Status CIN.")).containsExactly("D.O.B. 3 May 2009.", "Status CIN.");
        assertThat(SentenceAnswers.sentences("Date offered 12.11.26. Diversion - none")).hasSize(2);
    }

    @Test
    void aRiskConcernTypedAsAParagraphIsRead() {
        String body = lines(RISK, "Re referral BRK/2027/0451. Responding on behalf of Stonewater. Risk we cannot manage - "
                + "Fire setting in the last month. Reason - No waking night cover. What would help - Funding for a night worker.");
        Map<RiskField, String> f = RISK.read(TextDocuments.bodyLines(body))
                .values();
        assertThat(f).containsEntry(RiskField.RISK, "Fire setting in the last month");
        assertThat(f).containsEntry(RiskField.REASON, "No waking night cover");
        assertThat(f).containsEntry(RiskField.RESOURCES, "Funding for a night worker");
    }

    @Test
    void whenItHappenedToldAsSentencesReadsAsTheDateAndTime() {
        assertThat(SentenceAnswers.asLabelled("On Tuesday 3rd March", w -> 0)).isEqualTo("Date and time: Tuesday 3rd March");
        assertThat(SentenceAnswers.asLabelled("It took place on 04/02/2027, around 9.20pm", w -> 0))
                .isEqualTo("Date and time: 04/02/2027 at 9.20pm");
        assertThat(SentenceAnswers.asLabelled("At about 2315hrs", w -> 0)).isEqualTo("Time: 2315hrs");
        assertThat(SentenceAnswers.asLabelled("On arrival staff called an ambulance", w -> 0)).as("no date, no answer")
                .isEqualTo("On arrival staff called an ambulance");
        assertThat(SentenceAnswers.asLabelled("At property BRK-WIT-02", w -> 0)).as("no time").isEqualTo("At property BRK-WIT-02");
        String body = lines(INCIDENT, "Young person Tamsin Orrell. On Sunday 7th Feb 2027. At approx. 7.40pm. Severity High.");
        Map<SafeguardingField, String> f = INCIDENT.read(new LabelledDocument("the email body", body,
                TextFields.labelValues(body, "line"))).values();
        assertThat(org.ypsa.hub.domain.Dates.parseDateTime(org.ypsa.hub.domain.Dates.combine(f.get(SafeguardingField.WHEN),
                f.get(SafeguardingField.INCIDENT_DATE), f.get(SafeguardingField.INCIDENT_TIME))))
                .as(body).contains(java.time.LocalDateTime.of(2027, 2, 7, 19, 40));
    }

    @Test
    void whereTheYoungPersonIsStayingReadsAsTheirCurrentAddress() {
        assertThat(SentenceAnswers.asLabelled("Currently sofa surfing at 12 Heron Way, Didcot", w -> 0))
                .isEqualTo("Currently sofa surfing at 12 Heron Way, Didcot");
        assertThat(SentenceAnswers.asLabelled("She is living with an aunt at 5 Orchard Close, OX14 2ZZ", w -> 0))
                .isEqualTo("Current address: 5 Orchard Close, OX14 2ZZ");
        assertThat(SentenceAnswers.asLabelled("Right now he is at Flat 3, 21 Quarry Road", w -> 0))
                .isEqualTo("Current address: Flat 3, 21 Quarry Road");
        assertThat(SentenceAnswers.asLabelled("She is in year 11", w -> 0)).isEqualTo("She is in year 11");
    }

    @Test
    void aDateAnswerEndsAtItsSentence() {
        assertThat(lines(REFERRAL, "Name Osian Prydderch. DOB 2 June 2008 (to be confirmed). He turned 18 recently. "
                + "Status CIN."))
                .isEqualTo("Name: Osian Prydderch\nDate of birth: 2 June 2008 (to be confirmed)\nHe turned 18 recently\nStatus: CIN");
    }

    @Test
    void aLongSentenceOpensWithALabelWhenItsAnswerPlainlyStartsAfterIt() {
        assertThat(lines(REFERRAL, "Gender male. Legal status Child in need under section 17 of the Act. Locality Didcot."))
                .isEqualTo("Gender: male\nLegal status: Child in need under section 17 of the Act\nLocality: Didcot");
        assertThat(lines(REFERRAL, "Gender male. Consent to referral and information sharing Yes, she agreed."))
                .isEqualTo("Gender: male\nConsent to referral and information sharing Yes, she agreed");
        String prose = "Gender male. Support was given by the youth worker over many weeks.";
        assertThat(lines(REFERRAL, prose)).as("a lower-case word after a field's word is prose").isEqualTo(prose);
    }

    @Test
    void aNumberOrATimeAfterAShortenedWordEndsNoSentence() {
        assertThat(SentenceAnswers.sentences("Case no. 4471902. At c. 06:15. Room no. 3."))
                .containsExactly("Case no. 4471902.", "At c. 06:15.", "Room no. 3.");
    }

    @Test
    void theFullStopAfterAnEmailAddressIsNoPartOfIt() {
        assertThat(lines(REFERRAL, "Her worker's email is t.ormsby@county.test."))
                .isEqualTo("Her worker's email is t.ormsby@county.test");
        assertThat(lines(INCIDENT, "Email for PA t.ormsby@county.test. On 3/3/2027. Severity Low."))
                .isEqualTo("Email for PA t.ormsby@county.test\nDate and time: 3/3/2027\nSeverity: Low");
    }
}
