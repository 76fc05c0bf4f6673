package org.ypsa.hub.domain.forms;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The forms the hub reads, from one YAML file a form under config/forms/. Every mistake is reported with its
 * file and line and what is expected; a library with mistakes is never used (the hub keeps the last good one).
 */
public final class FormLibrary {
    public static final Path SHIPPED = Path.of("config", "forms");

    private final Map<String, FormSpec> forms;

    private FormLibrary(Map<String, FormSpec> forms) {
        this.forms = Map.copyOf(forms);
    }

    public FormSpec form(String id) {
        FormSpec f = forms.get(id);
        if (f == null) {
            throw new IllegalStateException("no form " + id + " in the form library");
        }
        return f;
    }

    /** The library a result holds, or the mistakes that refused it. */
    public record Loaded(Optional<FormLibrary> library, List<String> mistakes) {
        public FormLibrary orThrow() {
            return library.orElseThrow(() -> new IllegalStateException("The forms in config/forms have "
                    + mistakes.size() + " mistake" + (mistakes.size() == 1 ? "" : "s") + ":\n  "
                    + String.join("\n  ", mistakes)));
        }
    }

    private static volatile FormLibrary shipped;

    /**
     * The forms shipped in config/forms (for tests and for an Intake built without configuration), as written:
     * not checked against the hub's rules here (KnownForms and FormLibraryTest do that).
     */
    public static FormLibrary shipped() {
        FormLibrary s = shipped;
        if (s == null) {
            s = load(SHIPPED, null).orThrow();
            shipped = s;
        }
        return s;
    }

    /** The YAML files of a folder, sorted: those that describe forms. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The forms of a folder, checked.
     *
     * @param rules the forms the hub has rules for, each with the Java fields its file must describe (KnownForms);
     *        null: the files as they are, unchecked against any rules
     */
    public static Loaded load(Path dir, Map<String, Class<? extends Enum<?>>> rules) {
        List<String> mistakes = new ArrayList<>();
        Map<String, FormSpec> forms = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return new Loaded(Optional.empty(), List.of(dir + ": no such folder; expected one YAML file a form ("
                    + (rules == null ? "" : String.join(", ", rules.keySet())) + ")"));
        }
        Map<String, String> codeWords = new LinkedHashMap<>();
        for (Path f : files(dir)) {
            if (holdsFieldCodes(f)) {
                codeWords.putAll(fieldCodes(f, mistakes));
                continue;
            }
            read(f, rules, mistakes).ifPresent(spec -> {
                FormSpec before = forms.putIfAbsent(spec.id(), spec);
                if (before != null) {
                    mistakes.add(f + ":1: form " + spec.id() + " is already described in " + before.file());
                }
            });
        }
        for (String id : rules == null ? Set.<String>of() : rules.keySet()) {
            boolean fileThere = Files.exists(dir.resolve(id + ".yml")) || Files.exists(dir.resolve(id + ".yaml"));
            if (!forms.containsKey(id) && !fileThere) {
                mistakes.add(dir.resolve(id + ".yml") + ": missing; expected the fields of the " + id + " form");
            }
        }
        forms.replaceAll((id, spec) -> spec.withCodeWords(codeWords));
        return mistakes.isEmpty() ? new Loaded(Optional.of(new FormLibrary(forms)), List.of())
                : new Loaded(Optional.empty(), List.copyOf(mistakes));
    }

    /** The key of the file that holds the abbreviations of field codes (field-codes.yml), not a form. */
    static final String FIELD_CODES = "field-codes";

    /** Whether the file holds the abbreviations of field codes: its top has field-codes:, not form:. */
    private static boolean holdsFieldCodes(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            return new Yaml().compose(r) instanceof MappingNode m && m.getValue().stream()
                    .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(FIELD_CODES));
        } catch (IOException | RuntimeException e) {
            return false; // read() reports what is wrong with it
        }
    }

    /**
     * The abbreviations of field codes: under field-codes:, each abbreviation (one part of a code, letters and digits)
     * and the words it stands for, "" for a part that says how the value is kept, not what it is.
     */
    private static Map<String, String> fieldCodes(Path file, List<String> mistakes) {
        Map<String, String> out = new LinkedHashMap<>();
        MappingNode map;
        try (Reader r = Files.newBufferedReader(file)) {
            map = (MappingNode) new Yaml().compose(r);
        } catch (IOException | RuntimeException e) {
            mistakes.add(file + ": cannot be read (" + e.getMessage() + ")");
            return out;
        }
        Map<String, Node> top = entries(file, map, Set.of(FIELD_CODES), mistakes);
        if (!(top.get(FIELD_CODES) instanceof MappingNode codes)) {
            mistakes.add(at(file, top.get(FIELD_CODES)) + FIELD_CODES + ": expected one abbreviation a line, "
                    + "such as \"nm: name\"");
            return out;
        }
        for (NodeTuple t : codes.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue().trim().toLowerCase(Locale.ROOT) : "";
            if (!key.matches("[a-z0-9]+")) {
                mistakes.add(at(file, t.getKeyNode()) + "abbreviation \"" + key + "\": expected letters and digits "
                        + "only, one part of a code (\"nm\", not \"res_nm\")");
                continue;
            }
            if (!(t.getValueNode() instanceof ScalarNode v)) {
                mistakes.add(at(file, t.getValueNode()) + "abbreviation " + key + ": expected the words it stands for, "
                        + "or \"\"");
                continue;
            }
            String words = v.getValue() == null ? "" : v.getValue().trim().toLowerCase(Locale.ROOT);
            if (!words.matches("[a-z ]*")) {
                mistakes.add(at(file, t.getValueNode()) + "abbreviation " + key + ": \"" + words + "\": expected words "
                        + "in letters, or \"\"");
                continue;
            }
            if (out.put(key, words) != null) {
                mistakes.add(at(file, t.getKeyNode()) + "abbreviation " + key + " is given twice");
            }
        }
        return out;
    }

    private static Optional<FormSpec> read(Path file, Map<String, Class<? extends Enum<?>>> rules,
            List<String> mistakes) {
        Node root;
        try (Reader r = Files.newBufferedReader(file)) {
            root = new Yaml().compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            mistakes.add(file + ":" + line + ": the YAML does not parse: " + e.getProblem());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            mistakes.add(file + ": cannot be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (!(root instanceof MappingNode map)) {
            mistakes.add(file + ":1: expected form:, titles:, recognise-with: and fields:");
            return Optional.empty();
        }
        int before = mistakes.size();
        Map<String, Node> top = entries(file, map, Set.of("form", "titles", "recognise-with", "fields", "related-words",
                "mediation-worked", "letter", "asked"),
                mistakes);
        String id = scalar(file, top.get("form"), "form", map, mistakes);
        Class<? extends Enum<?>> javaFields = rules == null || id == null ? null : rules.get(id);
        if (rules != null && id != null && javaFields == null) {
            mistakes.add(at(file, top.get("form")) + "form \"" + id + "\" is not a form the hub has rules for; "
                    + "expected one of " + rules.keySet());
        }
        List<String> titles = strings(file, top.get("titles"), "titles", mistakes);
        int recogniseWith = 3;
        if (top.containsKey("recognise-with")) {
            String n = scalar(file, top.get("recognise-with"), "recognise-with", map, mistakes);
            try {
                recogniseWith = Integer.parseInt(n == null ? "" : n.trim());
                if (recogniseWith < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                mistakes.add(at(file, top.get("recognise-with")) + "recognise-with \"" + n
                        + "\": expected a whole number of fields, 1 or more");
            }
        }
        List<FormSpec.FieldSpec> fields = new ArrayList<>();
        int beforeFields = mistakes.size();
        Node fieldsNode = top.get("fields");
        if (!(fieldsNode instanceof SequenceNode seq)) {
            mistakes.add(at(file, fieldsNode == null ? map : fieldsNode) + "fields: expected a list of fields, each "
                    + "with id, name, type, required and labels");
        } else {
            for (Node n : seq.getValue()) {
                field(file, n, mistakes).ifPresent(fields::add);
            }
        }
        if (javaFields != null) {
            // a field with a mistake of its own is not reported again as not described
            checkAgainstJava(file, map, javaFields, fields, mistakes.size() == beforeFields, mistakes);
        }
        checkLabelsUnique(file, fields, mistakes);
        List<List<String>> relatedWords = relatedWords(file, top.get("related-words"), mistakes);
        List<String> mediationWorked = phrases(file, top.get("mediation-worked"), "mediation-worked", mistakes);
        LetterWords letter = letter(file, top.get("letter"), fields, mistakes);
        // read only once the fields are: a field with a mistake of its own is not reported again as missing here
        Map<QuestionAsked.What, Map<QuestionAsked.Whom, String>> asked = mistakes.size() > before ? Map.of()
                : asked(file, top.get("asked"), fields, mistakes);
        if (mistakes.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new FormSpec(id, file.toString(), titles, recogniseWith, fields, Map.of(), relatedWords,
                mediationWorked, letter, asked));
    }

    /**
     * Which field a label put in plain English asks (asked:, {@link QuestionAsked}): under each thing asked, whom it is
     * asked of and the field, such as {@code phone: {writer: referrer-phone, unsaid: referrer-phone}}.
     */
    private static Map<QuestionAsked.What, Map<QuestionAsked.Whom, String>> asked(Path file, Node n,
            List<FormSpec.FieldSpec> fields, List<String> mistakes) {
        if (n == null) {
            return Map.of();
        }
        if (!(n instanceof MappingNode m)) {
            mistakes.add(at(file, n) + "asked: expected what is asked, each with whom and the field, such as "
                    + "phone: {writer: referrer-phone}");
            return Map.of();
        }
        Set<String> ids = new java.util.HashSet<>();
        fields.forEach(f -> ids.add(f.id()));
        Map<QuestionAsked.What, Map<QuestionAsked.Whom, String>> out = new java.util.EnumMap<>(QuestionAsked.What.class);
        for (NodeTuple t : m.getValue()) {
            String whatKey = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Optional<QuestionAsked.What> what = QuestionAsked.What.byKey(whatKey);
            if (what.isEmpty()) {
                mistakes.add(at(file, t.getKeyNode()) + "asked: \"" + whatKey + "\" is nothing a label asks; expected one of "
                        + java.util.Arrays.stream(QuestionAsked.What.values()).map(w -> w.key).toList());
                continue;
            }
            if (!(t.getValueNode() instanceof MappingNode whoms)) {
                mistakes.add(at(file, t.getValueNode()) + "asked: " + whatKey + ": expected whom, each with the field, "
                        + "such as {young-person: full-name}");
                continue;
            }
            Map<QuestionAsked.Whom, String> byWhom = new java.util.EnumMap<>(QuestionAsked.Whom.class);
            for (NodeTuple w : whoms.getValue()) {
                String whomKey = w.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                String field = w.getValueNode() instanceof ScalarNode s ? s.getValue() : "";
                Optional<QuestionAsked.Whom> whom = QuestionAsked.Whom.byKey(whomKey);
                if (whom.isEmpty()) {
                    mistakes.add(at(file, w.getKeyNode()) + "asked: " + whatKey + ": \"" + whomKey + "\" is no one a label "
                            + "asks about; expected one of " + java.util.Arrays.stream(QuestionAsked.Whom.values())
                                    .map(x -> x.key).toList());
                } else if (!ids.contains(field)) {
                    mistakes.add(at(file, w.getValueNode()) + "asked: " + whatKey + ": " + whomKey + ": \"" + field
                            + "\" is not a field of this form; expected one of " + new TreeSet<>(ids));
                } else {
                    byWhom.put(whom.get(), field);
                }
            }
            out.put(what.get(), byWhom);
        }
        return out;
    }

    /**
     * How the form's answers are said in a letter (letter:): cannot, cannot-then and cannot-do (what the writer says
     * they cannot do), opens: the words a paragraph saying a field opens with and headings: a heading's words naming
     * it, by the field's id, and closing: the words the letter's end opens with. Each a list of phrases ({@link Phrases}).
     */
    private static LetterWords letter(Path file, Node n, List<FormSpec.FieldSpec> fields, List<String> mistakes) {
        if (n == null) {
            return LetterWords.NONE;
        }
        if (!(n instanceof MappingNode m)) {
            mistakes.add(at(file, n) + "letter: expected cannot:, cannot-then:, cannot-do:, opens:, headings: and closing:");
            return LetterWords.NONE;
        }
        Map<String, Node> e = entries(file, m, Set.of("cannot", "cannot-then", "cannot-do", "opens", "headings", "closing"), mistakes);
        List<String> cannot = phrases(file, e.get("cannot"), "letter: cannot", mistakes);
        List<String> cannotThen = phrases(file, e.get("cannot-then"), "letter: cannot-then", mistakes);
        List<String> cannotDo = phrases(file, e.get("cannot-do"), "letter: cannot-do", mistakes);
        if (cannot.isEmpty() != cannotDo.isEmpty()) {
            mistakes.add(at(file, m) + "letter: expected both cannot: and cannot-do: (\"we are not able to\" + \"manage\")");
        }
        Map<String, List<String>> opens = byField(file, e.get("opens"), fields, "opens",
                "the words a paragraph saying it opens with, such as resources: [what would help is]", mistakes);
        Map<String, List<String>> headings = byField(file, e.get("headings"), fields, "headings",
                "the words of a heading naming it, such as reason: [why, reasons]", mistakes);
        List<String> closing = phrases(file, e.get("closing"), "letter: closing", mistakes);
        return new LetterWords(cannot, cannotThen, cannotDo, opens, headings, closing);
    }

    /** A letter's phrases by the form's field ids (opens:, headings:), each id checked to be a field of the form. */
    private static Map<String, List<String>> byField(Path file, Node o, List<FormSpec.FieldSpec> fields, String key,
            String expected, List<String> mistakes) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (o instanceof MappingNode om) {
            Set<String> ids = new java.util.HashSet<>();
            fields.forEach(f -> ids.add(f.id()));
            for (NodeTuple t : om.getValue()) {
                String id = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                if (!ids.contains(id)) {
                    mistakes.add(at(file, t.getKeyNode()) + "letter: " + key + ": \"" + id + "\" is not a field of this "
                            + "form; expected one of " + new TreeSet<>(ids));
                    continue;
                }
                out.put(id, phrases(file, t.getValueNode(), "letter: " + key + ": " + id, mistakes));
            }
        } else if (o != null) {
            mistakes.add(at(file, o) + "letter: " + key + ": expected the fields' ids, each with " + expected);
        }
        return out;
    }

    /**
     * A list of phrases (a letter's words, mediation-worked:), each reported with its file and line when it is none
     * ({@link Phrases#mistakeIn}); {@code key} is where it stands ("letter: cannot").
     */
    private static List<String> phrases(Path file, Node n, String key, List<String> mistakes) {
        List<String> out = strings(file, n, key, mistakes);
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    Phrases.mistakeIn(s.getValue().trim())
                            .ifPresent(m -> mistakes.add(at(file, item) + key + ": " + m));
                }
            }
        }
        return out;
    }

    /**
     * The groups of words of one meaning on this form only (related-words:), each a list of single words in small
     * letters: [occupied, filled, let].
     */
    private static List<List<String>> relatedWords(Path file, Node n, List<String> mistakes) {
        if (n == null) {
            return List.of();
        }
        String expected = "related-words: expected a list of groups of words of one meaning on this form, such as "
                + "[[occupied, filled, let]]";
        if (!(n instanceof SequenceNode seq)) {
            mistakes.add(at(file, n) + expected);
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (Node group : seq.getValue()) {
            if (!(group instanceof SequenceNode)) {
                mistakes.add(at(file, group) + expected);
                continue;
            }
            List<String> words = strings(file, group, "related-words", mistakes);
            for (String w : words) {
                if (!w.matches("\\p{Ll}+")) {
                    mistakes.add(at(file, group) + "related-words: \"" + w + "\": expected one word in small letters");
                }
            }
            if (words.size() < 2) {
                mistakes.add(at(file, group) + "related-words: expected two words or more in a group");
            }
            out.add(words);
        }
        return out;
    }

    private static Optional<FormSpec.FieldSpec> field(Path file, Node n, List<String> mistakes) {
        if (!(n instanceof MappingNode m)) {
            mistakes.add(at(file, n) + "expected a field: id, name, type, required and labels");
            return Optional.empty();
        }
        int before = mistakes.size();
        Map<String, Node> e = entries(file, m, Set.of("id", "name", "type", "required", "labels", "keywords",
                "choices", "alone"), mistakes);
        String id = scalar(file, e.get("id"), "id", m, mistakes);
        String name = scalar(file, e.get("name"), "name", m, mistakes);
        String typeName = scalar(file, e.get("type"), "type", m, mistakes);
        Optional<FieldType> type = FieldType.of(typeName);
        if (typeName != null && type.isEmpty()) {
            mistakes.add(at(file, e.get("type")) + "type \"" + typeName + "\": expected one of "
                    + java.util.Arrays.stream(FieldType.values()).map(FieldType::yamlName).toList());
        }
        String req = scalar(file, e.get("required"), "required", m, mistakes);
        Boolean required = null;
        if (req != null) {
            switch (req.trim().toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> required = Boolean.TRUE;
                case "no", "false" -> required = Boolean.FALSE;
                default -> mistakes.add(at(file, e.get("required")) + "required \"" + req + "\": expected yes or no");
            }
        }
        List<String> labels = strings(file, e.get("labels"), "labels", mistakes);
        List<String> keywords = strings(file, e.get("keywords"), "keywords", mistakes);
        List<String> choices = strings(file, e.get("choices"), "choices", mistakes);
        List<String> alone = strings(file, e.get("alone"), "alone", mistakes);
        if (type.orElse(null) == FieldType.CHOICE && choices.isEmpty()) {
            mistakes.add(at(file, m) + "field " + id + " is a choice: expected choices: [the answers the form offers]");
        }
        for (String l : labels) {
            if (Words.clean(l).isEmpty()) {
                mistakes.add(at(file, e.get("labels")) + "field " + id + ": label \"" + l + "\" has no words once "
                        + "punctuation and hints are dropped; expected a wording people write");
            }
        }
        if (mistakes.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new FormSpec.FieldSpec(id, name, type.get(), required, labels, keywords, choices, alone,
                m.getStartMark().getLine() + 1));
    }

    /** Each Java field has its YAML field and each YAML field is a Java one: the rules read them by id. */
    private static void checkAgainstJava(Path file, Node form, Class<? extends Enum<?>> javaFields,
            List<FormSpec.FieldSpec> fields, boolean reportMissing, List<String> mistakes) {
        Set<String> expected = new TreeSet<>();
        for (Enum<?> c : javaFields.getEnumConstants()) {
            expected.add(idOf(c));
        }
        Set<String> seen = new TreeSet<>();
        for (FormSpec.FieldSpec f : fields) {
            if (!expected.contains(f.id())) {
                mistakes.add(file + ":" + f.line() + ": field id \"" + f.id() + "\" is not a field of this form; "
                        + "expected one of " + expected);
            } else if (!seen.add(f.id())) {
                mistakes.add(file + ":" + f.line() + ": field " + f.id() + " is described twice");
            }
        }
        for (String id : expected) {
            if (!seen.contains(id) && reportMissing) {
                mistakes.add(at(file, form) + "field " + id + " is not described; expected an entry "
                        + "\"- id: " + id + "\" under fields:");
            }
        }
    }

    /** One wording may name one field only. */
    private static void checkLabelsUnique(Path file, List<FormSpec.FieldSpec> fields, List<String> mistakes) {
        Map<String, FormSpec.FieldSpec> owner = new HashMap<>();
        for (FormSpec.FieldSpec f : fields) {
            List<String> all = new ArrayList<>(f.labels());
            all.add(0, f.name());
            for (String l : all) {
                FormSpec.FieldSpec o = owner.putIfAbsent(Words.clean(l), f);
                if (o != null && o != f) {
                    mistakes.add(file + ":" + f.line() + ": label \"" + l + "\" of field " + f.id()
                            + " is also a label of field " + o.id() + " (line " + o.line()
                            + "); expected each wording under one field only");
                }
            }
        }
    }

    /** The YAML id of a Java field: DATE_OF_BIRTH is "date-of-birth". */
    public static String idOf(Enum<?> field) {
        return field.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Node> entries(Path file, MappingNode m, Set<String> allowed, List<String> mistakes) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!allowed.contains(key)) {
                mistakes.add(at(file, t.getKeyNode()) + "\"" + key + "\" is not a setting here; expected one of "
                        + new TreeSet<>(allowed));
                continue;
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    private static String scalar(Path file, Node n, String key, Node parent, List<String> mistakes) {
        if (n == null) {
            mistakes.add(at(file, parent) + key + " is missing");
            return null;
        }
        if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
            mistakes.add(at(file, n) + key + ": expected a single value");
            return null;
        }
        return s.getValue().trim();
    }

    private static List<String> strings(Path file, Node n, String key, List<String> mistakes) {
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof SequenceNode seq)) {
            mistakes.add(at(file, n) + key + ": expected a list, such as [" + key + " one, " + key + " two]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(s.getValue().trim());
            } else {
                mistakes.add(at(file, item) + key + ": expected a wording in quotes or plain text");
            }
        }
        return out;
    }

    private static String at(Path file, Node n) {
        return file + ":" + (n == null ? 0 : n.getStartMark().getLine() + 1) + ": ";
    }
}
