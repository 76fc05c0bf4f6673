package org.ypsa.hub.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.FormLibrary;

/**
 * Stop 53 (review53): the MASH form's words that say mediation worked (mash-referral.yml mediation-worked:) are
 * written in the same phrase language as a risk letter's words, and find what they found as regular expressions:
 * each row is a sentence as a housing officer, a family worker or a notice's outcome puts it, and every stretch of
 * it those words find (empty when none). A word's start ("prevent*") finds the words it begins; a word alone is whole.
 */
class TheWordsThatSayMediationWorkedAreWrittenAsPhrasesTest {

    private static final String[][] ROWS = {
        {"Outcome: Prevented - returned home", "Prevented|returned home"},
        {"Homelessness has been prevented following family mediation.", "Homelessness has been prevent"},
        {"Homelessness prevention team involved", "Homelessness prevent"},
        {"Mediation was successfully held on Tuesday", "Mediation was successful"},
        {"the mediation worked and she has gone back home to mum", "mediation worked|has gone back home"},
        {"Kofi is back living with his dad", "is back living with his"},
        {"Ayla came back to live with the family last night", "came back to live with the famil"},
        {"He has now moved in to live with his older sister", "has now moved in to live with his older sister"},
        {"she has gone to her aunties", ""},
        {"has moved to grandparents in Neath", "has moved to grandparents"},
        {"Ellis will stay with an aunt for now", "will stay with an aunt"},
        {"The family agreed a safety plan and house rules", "family agreed a safety plan"},
        {"Parents agreed house rules on Friday", "Parents agreed house rules"},
        {"family reconciliation achieved", "family reconciliation achieved"},
        {"A successful reconciliation took place", "successful reconciliation"},
        {"no longer in need of accommodation", "no longer in need of accommodation"},
        {"A placement is no longer required.", "A placement is no longer required"},
        {"She remains at home with mum", "remains at home"},
        {"staying in the family home for now", "staying in the family home"},
        {"Jo stays with parents", "stays with parents"},
        {"Dad agreed to go back home", "agreed to go back home"},
        {"Agreement reached at the second session", "Agreement reached"},
        {"homelessness relieved", "homelessness relieved"},
        {"The family were reunited without help", "reunited with"},
        {"we can return home together", "can return home"},
        {"She moved home the same evening", "moved home"},
        {"mediation prevented their homelessness", "prevented their homelessness"},
        {"They reconciled after a long talk", "reconciled"},
        {"Mediation unsuccessful; the young person is sofa surfing", ""},
        {"He is homeless tonight.", ""},
    };

    @Test
    void theMashFormsWordsFindWhatTheyFoundAsRegularExpressions() {
        Pattern worked = MediationNotices.wordsSayingItWorked(FormLibrary.shipped().form("mash-referral"));
        List<String> wrong = new ArrayList<>();
        for (String[] row : ROWS) {
            List<String> found = new ArrayList<>();
            Matcher m = worked.matcher(row[0]);
            while (m.find()) {
                found.add(m.group());
            }
            if (!String.join("|", found).equals(row[1])) {
                wrong.add(row[0] + " -> " + String.join("|", found) + " (expected " + row[1] + ")");
            }
        }
        System.out.println("mediation-worked phrases yardstick: " + (ROWS.length - wrong.size()) + "/" + ROWS.length);
        assertThat(wrong).isEmpty();
    }
}
