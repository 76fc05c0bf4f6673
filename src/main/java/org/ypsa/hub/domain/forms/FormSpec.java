package org.ypsa.hub.domain.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One form as config/forms/*.yml describes it: the words that name the form, how many of its fields a
 * document must show to be taken for it, and its fields with the labels people use for them.
 *
 * @param id           the form type id ("referral"), also the file's name
 * @param file         where it was read from, for messages
 * @param titles       phrases in a document's title or text that name this form
 * @param recogniseWith how many distinct fields a document without the title must show
 * @param fields       the fields, in the form's order
 * @param codeWords    the abbreviations of field codes ("nm" for "name", config/forms/field-codes.yml), shared by
 *                     every form: how a label written as a case system's code is read ({@link FieldCodes})
 * @param relatedWords groups of words of one meaning on this form only (related-words:): a bed "filled" or "let" is an
 *                     occupied one on a void return, but "Provider filling in this form" is who fills in any other
 *                     ({@link Words#relatedOn})
 * @param mediationWorked the words that say mediation worked (mediation-worked:, the MASH form's only), each a
 *                     regular expression: how a notice that mediation prevented homelessness says so
 * @param letter       how the form's answers are said in a letter rather than on the form (letter:), or
 *                     {@link LetterWords#NONE}
 * @param asked        which field a label put in plain English asks, by what it asks of whom (asked:,
 *                     {@link QuestionAsked}): a pair with no field here is left unplaced
 */
public record FormSpec(String id, String file, List<String> titles, int recogniseWith, List<FieldSpec> fields,
        Map<String, String> codeWords, List<List<String>> relatedWords, List<String> mediationWorked,
        LetterWords letter, Map<QuestionAsked.What, Map<QuestionAsked.Whom, String>> asked) {

    public FormSpec {
        titles = List.copyOf(titles);
        fields = List.copyOf(fields);
        codeWords = Map.copyOf(codeWords);
        relatedWords = relatedWords.stream().map(List::copyOf).toList();
        mediationWorked = List.copyOf(mediationWorked);
        asked = asked.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> Map.copyOf(e.getValue())));
    }

    /** A form as before stop 53: no plain-English questions asked of anyone (asked:). */
    public FormSpec(String id, String file, List<String> titles, int recogniseWith, List<FieldSpec> fields,
            Map<String, String> codeWords, List<List<String>> relatedWords, List<String> mediationWorked,
            LetterWords letter) {
        this(id, file, titles, recogniseWith, fields, codeWords, relatedWords, mediationWorked, letter, Map.of());
    }

    /** A form with no abbreviations of field codes and no words of one meaning of its own. */
    public FormSpec(String id, String file, List<String> titles, int recogniseWith, List<FieldSpec> fields) {
        this(id, file, titles, recogniseWith, fields, Map.of(), List.of(), List.of(), LetterWords.NONE);
    }

    /** The same form reading field codes with these abbreviations. */
    public FormSpec withCodeWords(Map<String, String> words) {
        return new FormSpec(id, file, titles, recogniseWith, fields, words, relatedWords, mediationWorked, letter,
                asked);
    }

    /**
     * @param id       the field's id ("date-of-birth"), the Java enum constant's name in kebab case
     * @param name     the field as replies name it ("Date of birth")
     * @param required whether a form without it is rejected
     * @param labels   the wordings people use (the name is always one of them)
     * @param keywords words that point to this field even in a wording nobody listed ("why" for a reason)
     * @param choices  for a choice field, the answers the form offers
     * @param line     the line of config/forms/*.yml where it is described
     */
    /**
     * @param alone answers people type alone on a line with no label, among a body's labelled lines, that are this
     *     field's and no other's (a legal status: "Care leaver", "CLA")
     */
    public record FieldSpec(String id, String name, FieldType type, boolean required, List<String> labels,
            List<String> keywords, List<String> choices, List<String> alone, int line) {

        public FieldSpec {
            labels = List.copyOf(labels);
            keywords = List.copyOf(keywords);
            choices = List.copyOf(choices);
            alone = List.copyOf(alone);
        }
    }

    public Optional<FieldSpec> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }
}
