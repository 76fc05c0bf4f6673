package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yardstick of stop 49 (ref49b), written before any tuned failure was read: how people in English and Welsh
 * councils, providers and the police ask a referral form for the young person's name, the case-system number and the
 * referrer's name, role, team, email and phone - questions, statements, headings, abbreviations, "Welsh / English"
 * labels, capitals, hints in brackets. Each wording is placed by what kind of thing it asks (a question "who" or "your
 * name" asks a person, "what do you do" a role, "which team / service / department" the team, "where should we
 * email / send" an email), not by a listed string. Wordings invented for the test.
 */
class ReferrerAndYoungPersonAskedAsPeopleAskTest {
    private final LabelMatcher referral = new LabelMatcher(FormLibrary.shipped().form("referral"));

    /** The yardstick: a wording, then the field it asks. */
    private static final String TABLE = """
            Young person's full name                          | full-name
            Name of young person (in full)                    | full-name
            YP's name                                         | full-name
            Child / young person's name                       | full-name
            Enw'r person ifanc / Young person's name          | full-name
            Enw llawn / Full name                             | full-name
            NAME OF YOUNG PERSON                              | full-name
            Who is the referral for?                          | full-name
            Who are you referring?                            | full-name
            Young person (forename and surname)               | full-name
            Service user name                                 | full-name
            Name of the young person being referred           | full-name
            Full name of child/young person                   | full-name
            Forename(s) and surname                           | full-name
            LCS number                                        | lcs-number
            Liquidlogic ID                                    | lcs-number
            LCS person ID                                     | lcs-number
            Case system number                                | lcs-number
            Rhif LCS / LCS no.                                | lcs-number
            Child's LCS no.                                   | lcs-number
            Liquid Logic person number                        | lcs-number
            Person ID (Liquidlogic)                           | lcs-number
            Social care ID number                             | lcs-number
            Child's case number                               | lcs-number
            LCS ref                                           | lcs-number
            Case number on the council's system (if known)    | lcs-number
            Referrer's name                                   | referrer-name
            Name of referrer                                  | referrer-name
            Your name                                         | referrer-name
            Who is making this referral?                      | referrer-name
            Who is referring?                                 | referrer-name
            Referring worker's name                           | referrer-name
            Name of person completing the form                | referrer-name
            Enw'r atgyfeiriwr / Referrer name                 | referrer-name
            Completed by                                      | referrer-name
            REFERRER NAME                                     | referrer-name
            Referred by (name)                                | referrer-name
            Name of professional making the referral          | referrer-name
            Your full name                                    | referrer-name
            Who is completing this form?                      | referrer-name
            Your role                                         | referrer-role
            Job title                                         | referrer-role
            Referrer's job title                              | referrer-role
            Role / position                                   | referrer-role
            What do you do?                                   | referrer-role
            What is your role?                                | referrer-role
            Designation                                       | referrer-role
            Swydd / Job title                                 | referrer-role
            Rôl / Role                                        | referrer-role
            Position held                                     | referrer-role
            Your job (e.g. social worker, PA)                 | referrer-role
            Professional role                                 | referrer-role
            What is your job?                                 | referrer-role
            REFERRER ROLE                                     | referrer-role
            Organisation                                      | organisation
            Team                                              | organisation
            Which team are you in?                            | organisation
            Which service do you work for?                    | organisation
            Service / department                              | organisation
            Department                                        | organisation
            Agency / organisation                             | organisation
            Referring agency                                  | organisation
            Team name                                         | organisation
            Tîm / Team                                        | organisation
            Sefydliad / Organisation                          | organisation
            Name of your team or service                      | organisation
            Which organisation are you from?                  | organisation
            What team do you work in?                         | organisation
            Email                                             | referrer-email
            E-mail address                                    | referrer-email
            Referrer's email                                  | referrer-email
            Your email address                                | referrer-email
            Secure email (e.g. cjsm / gcsx)                   | referrer-email
            Where should we send the outcome?                 | referrer-email
            Where should we email our reply?                  | referrer-email
            E-bost / Email                                    | referrer-email
            Contact e-mail                                    | referrer-email
            Work email                                        | referrer-email
            Email address for the reply                       | referrer-email
            Referrer e-mail (secure)                          | referrer-email
            Phone                                             | referrer-phone
            Telephone number                                  | referrer-phone
            Tel.                                              | referrer-phone
            Tel no                                            | referrer-phone
            Contact number                                    | referrer-phone
            Mobile number                                     | referrer-phone
            Ffôn / Telephone                                  | referrer-phone
            Rhif ffôn / Phone number                          | referrer-phone
            Best number to reach you on                       | referrer-phone
            Work mobile                                       | referrer-phone
            Direct dial                                       | referrer-phone
            Your phone number                                 | referrer-phone
            Contact tel. (office / mobile)                    | referrer-phone
            """;

    /** How many of the table's wordings must be placed on their field: 89 at main (d7337fb4), 92 with PeopleAsked. */
    private static final int PLACED_AT_LEAST = 92;

    @Test
    void eachWayOfAskingForAPersonOrTheirContactIsPlacedOnItsField() {
        var read = Yardstick.read("ReferrerAndYoungPersonAskedAsPeopleAskTest", Yardstick.rows(TABLE),
                r -> referral.match(r.wording()).map(LabelMatcher.Match::fieldId).orElse(null));
        assertThat(read.placed()).as("wordings placed; missed: %s", read.misses()).isGreaterThanOrEqualTo(PLACED_AT_LEAST);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Referred YP - known as / legal name               | full-name
            Legal name                                        | full-name
            Form filled in by - your name                     | referrer-name
            WHAT DO YOU DO (E.G. SW, PA, YOT WORKER)          | referrer-role
            Referrer's e-mail (secure) address                | referrer-email
            Where should we email the outcome?                | referrer-email
            E-bost GC / SW email                              | social-worker-email
            """)
    void aLabelIsPlacedByWhatKindOfThingItAsks(String label, String field) {
        assertThat(referral.match(label)).map(LabelMatcher.Match::fieldId).contains(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Team name                                         | organisation
            Name of your service or department                | organisation
            Legal status                                      | legal-status
            Current address                                   | current-address
            Social worker's email address                     | social-worker-email
            """)
    void aThingsNameAStatusAndAHomeAddressAreNotTakenForAPersonOrAnEmail(String label, String field) {
        assertThat(referral.match(label)).map(LabelMatcher.Match::fieldId).contains(field);
    }

    /** Stop 71 (tuned23 t23-ref-008): the examples of an answer after "e.g." name no field of their own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Your position e.g. PA, SW, housing officer        | referrer-role
            Your job title eg SW, PA, YOT worker              | referrer-role
            Your team, for example Leaving Care, CLA team     | organisation
            """)
    void theExamplesOfAnAnswerAfterEgAreReadPastToWhatIsAsked(String label, String field) {
        assertThat(referral.match(label)).map(LabelMatcher.Match::fieldId).contains(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Consent to contact by email                       | referrer-email
            Email consent given (Y/N)                         | referrer-email
            """)
    void aQuestionWhetherOrWhenAboutAnEmailAsksNoEmailAddress(String label, String notThis) {
        assertThat(referral.match(label).map(LabelMatcher.Match::fieldId)).isNotEqualTo(java.util.Optional.of(notThis));
    }
}
