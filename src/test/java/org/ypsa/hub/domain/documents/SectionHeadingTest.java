package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lettered or numbered section's heading ("SECTION TWO: REFERRER", "Adran 2 / Section 2: Referrer") is a heading
 * for the labels under it, not a label and its value; a guidance note under a heading is no heading.
 */
class SectionHeadingTest {

    @Test
    void aLetteredOrNumberedSectionLineIsAHeadingEvenWithAColon() {
        assertThat(SectionHeading.is("SECTION ONE: THE YOUNG PERSON")).isTrue();
        assertThat(SectionHeading.is("Part B \u2013 Referrer")).isTrue();
        assertThat(SectionHeading.is("Adran 2 / Section 2: Referrer")).isTrue();
        assertThat(SectionHeading.is("PART 3")).isTrue();
        assertThat(SectionHeading.is("Section 47: Yes")).as("an answer").isFalse();
        assertThat(SectionHeading.is("Section 20: 12/03/2026")).as("a date").isFalse();
        assertThat(SectionHeading.is("Part time: yes")).as("no section marker").isFalse();
        assertThat(SectionHeading.is("Full name: Jo Bloggs")).isFalse();
    }

    @Test
    void aSectionHeadingIsAboutTheWordsAfterItsMarker() {
        assertThat(SectionHeading.topic("SECTION TWO: REFERRER")).isEqualTo("REFERRER");
        assertThat(SectionHeading.topic("Adran 3 / Section 3: Allocated worker")).isEqualTo("Allocated worker");
        assertThat(SectionHeading.topic("Referrer details")).isEqualTo("Referrer details");
    }

    @Test
    void theLabelsUnderASectionHeadingWithAColonStandUnderIt() {
        List<LabelledDocument.Entry> found = TextFields.labelValues(
                "SECTION TWO: REFERRER\nFull name: Rita Okafor\n", "body");
        assertThat(found).extracting(LabelledDocument.Entry::label).containsExactly("Full name");
        assertThat(found.get(0).section()).isEqualTo("SECTION TWO: REFERRER");
    }

    @Test
    void aGuidanceNoteUnderAHeadingIsNoHeadingNorALabel() {
        List<LabelledDocument.Entry> found = TextFields.labelValues("Social worker / PA\n"
                + "Leave blank if you are the allocated worker.\n"
                + "Note: the young person should have seen this form.\nEmail: d.lusk@council.test\n", "body");
        assertThat(found).extracting(LabelledDocument.Entry::label).containsExactly("Email");
        assertThat(found.get(0).section()).isEqualTo("Social worker / PA");
    }
}
