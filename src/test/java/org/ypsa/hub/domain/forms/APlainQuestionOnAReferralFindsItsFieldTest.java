package org.ypsa.hub.domain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.support.Yardstick;

/**
 * The yardstick of stop 56 (asked56): a referral's or a MASH referral's question put in plain English, the way a
 * council's own template or a worker's typed mail asks it, is placed by the kind of thing it asks - harm to others,
 * harm to self, harm from others, day-to-day support, gender, the day of a family group conference, what happens
 * without a bed today, what made the worker refer now, the outcome of mediation, social care before, homelessness
 * now. Written from the field lists and how staff word questions (YP / they / she, Welsh / English pairs, hints in
 * brackets), not copied from the corpus' mail. A "-" row must stay unplaced (or go to the field it names).
 */
class APlainQuestionOnAReferralFindsItsFieldTest {
    private static final List<Yardstick.Row> REFERRAL = Yardstick.pairs(
        // what made the worker refer now: the reason
        "What has made you refer the young person now?", "REASON",
        "What made you decide to refer her?", "REASON",
        "Pam nawr? / What's prompted this referral now?", "REASON",
        "What's brought this about? (in your own words)", "REASON",
        "What happened? (tell us the story so far)", "REASON",
        "Why now? / Pam nawr?", "REASON",
        // harm to others: aggression, violence, whether they could hurt someone
        "Violence or aggression towards others", "RISK_TO_OTHERS",
        "Might she hurt anyone else?", "RISK_TO_OTHERS",
        "Could the YP harm other people?", "RISK_TO_OTHERS",
        "Aggressive behaviour", "RISK_TO_OTHERS",
        "Risg i eraill / Is he ever violent?", "RISK_TO_OTHERS",
        "Is there a danger they'd hurt staff or other residents?", "RISK_TO_OTHERS",
        "Harm she might do to other people", "RISK_TO_OTHERS",
        // harm from others: whoever might hurt them
        "Adults who could harm her", "RISK_FROM_OTHERS",
        "Is anyone likely to hurt the young person?", "RISK_FROM_OTHERS",
        "Anybody who might be a danger to them? (names if known)", "RISK_FROM_OTHERS",
        "People who may pose a risk to him", "RISK_FROM_OTHERS",
        // harm to self
        "Might they harm themselves?", "RISK_TO_SELF",
        "Is there any chance she'd hurt herself?", "RISK_TO_SELF",
        "Self-harm or suicidal thoughts?", "RISK_TO_SELF",
        "Any worries they might injure themself? (self harm, overdose)", "RISK_TO_SELF",
        // drink and drugs
        "Is the YP using anything? (alcohol, cannabis)", "SUBSTANCE_MISUSE",
        "Does he drink?", "SUBSTANCE_MISUSE",
        // support wanted day to day
        "Help they'll need day to day", "SUPPORT_NEEDS",
        "What help will she want with everyday living?", "SUPPORT_NEEDS",
        "What will the young person need a hand with?", "SUPPORT_NEEDS",
        "Everyday support they'd like", "SUPPORT_NEEDS",
        // gender or sex
        "Boy, girl or other", "GENDER",
        "Male / female / other", "GENDER",
        "Is the YP male or female?", "GENDER",
        "How does the young person describe their gender?", "GENDER",
        // the family group conference's day
        "Date the family group conference took place", "FGC_DATE",
        "When did the family meeting happen?", "FGC_DATE",
        "Day the FGC was held", "FGC_DATE",
        // what happens without a bed today: why it is urgent
        "What will happen if no bed is found today?", "SAFETY_CONCERN",
        "What is the immediate risk to the YP?", "SAFETY_CONCERN",
        "Where will she go tonight if we can't find a bed?", "SAFETY_CONCERN",
        "If nothing is found today, what happens to them?", "SAFETY_CONCERN",
        "Current safety concerns", "SAFETY_CONCERN",
        "Is there any immediate danger to her tonight?", "SAFETY_CONCERN",
        // a harm named beside the danger now is that harm's question, not the urgency
        "Current concerns re exploitation", "EXPLOITATION",
        "Present risk of self-harm?", "RISK_TO_SELF",
        "Immediate worries about drug or alcohol use", "SUBSTANCE_MISUSE",
        // the referrer, named as a numbered part of the form
        "3 - You (the person referring)", "REFERRER_NAME",
        "1. You, the referrer", "REFERRER_NAME",
        // NOT: another person's, another time, another direction
        "Parent's phone number", "-",
        "Dad's mobile", "-",
        "Risk to staff from visitors", "-",
        "Previous address", "-",
        "Where did they live before?", "-",
        "Mum's date of birth", "-",
        "Date of the last review", "-",
        // one answer alone is an answer under a row of labels (docx-rows: t4-ref-014, t6-ref-012), not the question
        "Female", "-",
        "Male", "-"
    );

    private static final List<Yardstick.Row> MASH = Yardstick.pairs(
        // homeless now or soon
        "Sleeping rough tonight, or about to lose their home?", "STATUS",
        "Is the child homeless now or likely to be soon?", "STATUS",
        "Nowhere to stay tonight or being asked to leave?", "STATUS",
        // what mediation came to
        "What came of mediation?", "MEDIATION_OUTCOME",
        "HOW DID THE MEDIATION GO", "MEDIATION_OUTCOME",
        "What did the family mediation lead to?", "MEDIATION_OUTCOME",
        // the worries
        "Tell us what worries you", "CONCERNS",
        "What are you worried about for this child?", "CONCERNS",
        "Your worries about her safety", "CONCERNS",
        // social care before
        "Has children's services been involved before?", "KNOWN",
        "Have social services worked with the family in the past?", "KNOWN",
        "Any previous involvement with social care?", "KNOWN",
        // the child one is worried about is the child, not the worries
        "Young person you are worried about", "NAME",
        "Child we're concerned for", "NAME",
        // NOT: the parent's contact, a mediation's date
        "Mum's phone number", "PARENT_CONTACT",
        "When did mediation take place?", "MEDIATION_DATE"
    );

    /**
     * Rows the hub does not read yet, kept visible: "using anything" names no substance; the usual reading places "Risk
     * to staff from visitors" as the young person's risk to others by its words (as before this stop); a MASH form's
     * asked: table gives no one's phone to the parent's contact.
     */
    private static final List<String> NOT_YET = List.of("Is the YP using anything? (alcohol, cannabis)",
            "Risk to staff from visitors", "Mum's phone number",
            // the usual reading places a past home as the address by "live" (as before this stop)
            "Where did they live before?",
            // the usual reading places it as the child's name by "child": worries do not outweigh it, else "Young
            // person you're worried about" would be read as the worries too
            "What are you worried about for this child?",
            // the usual reading places it as the concerns by "concern" (as before this stop)
            "Child we're concerned for");

    @Test
    void aReferralsPlainQuestionFindsItsField() {
        FieldCatalog<ReferralField> c = FieldCatalog.shipped(ReferralField.class, "referral");
        var read = Yardstick.read("APlainQuestionOnAReferralFindsItsField/referral", REFERRAL,
                Yardstick.placedOn(c));
        assertThat(read.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording())).toList()).isEmpty();
    }

    @Test
    void aMashReferralsPlainQuestionFindsItsField() {
        FieldCatalog<MashField> c = FieldCatalog.shipped(MashField.class, "mash-referral");
        var read = Yardstick.read("APlainQuestionOnAReferralFindsItsField/mash", MASH,
                Yardstick.placedOn(c));
        assertThat(read.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording())).toList()).isEmpty();
    }
}
