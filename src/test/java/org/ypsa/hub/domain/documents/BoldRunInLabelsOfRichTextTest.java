package org.ypsa.hub.domain.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.swing.text.Document;
import javax.swing.text.rtf.RTFEditorKit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case note saved as RTF (stop 62): short fields run together in a paragraph, each with its label in bold ("<b>Home
 * town:</b> Witney. <b>Any children</b> no."), a long answer a paragraph opening with its label in bold. Each bold
 * run-in label starts a line of its own and is parted from its answer by a colon; bold words inside a sentence are
 * emphasis, left as they are. Wordings and values invented for the test.
 */
class BoldRunInLabelsOfRichTextTest {

    @Test
    void boldLabelsRunTogetherInAParagraphAreALineEach() throws Exception {
        String text = read("{\\rtf1\\ansi {\\b Home town:} Witney. {\\b Any children} no.\\par}");
        assertThat(text.strip().split("\\R")).containsExactly("Home town: Witney.", "Any children: no.");
    }

    @Test
    void aParagraphOpeningWithItsBoldLabelIsThatLabelsAnswer() throws Exception {
        String text = read("{\\rtf1\\ansi {\\b What happened} He left home after a row on Sunday.\\par}");
        assertThat(text.strip()).isEqualTo("What happened: He left home after a row on Sunday.");
    }

    @Test
    void boldWordsInsideASentenceAreEmphasisNotALabel() throws Exception {
        String text = read("{\\rtf1\\ansi She was {\\b not} at home that night.\\par}");
        assertThat(text.strip()).isEqualTo("She was not at home that night.");
    }

    private static String read(String rtf) throws Exception {
        RTFEditorKit kit = new RTFEditorKit();
        Document doc = kit.createDefaultDocument();
        kit.read(new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)), doc, 0);
        return RichTextWord.withRunInLabels(doc);
    }
}
