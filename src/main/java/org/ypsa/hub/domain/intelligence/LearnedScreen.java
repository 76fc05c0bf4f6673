package org.ypsa.hub.domain.intelligence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A screen learnt from accounts people wrote (stop 65), beside the listed signs of {@link Screening}: a maximum-entropy
 * document categoriser (Apache OpenNLP) over words and word pairs, trained once at start from the shipped examples
 * under {@code screening/examples/} - independent authors' urgent and ordinary texts, and the phrasing rounds. The
 * listed signs fit the authors they were written from (a new author's present danger was missed one time in four);
 * a screen learnt from several authors carries to the next far better (docs/queues.md has the figures).
 *
 * <p>Its input is the sender's words: it returns a probability and never logs or keeps a text.
 */
public final class LearnedScreen {
    /**
     * The probability from which an account is urgent, above what the model says of text it has no evidence on (about
     * 0.5 to 0.6: a maximum-entropy model has no prior, and an empty text scores 0.59). Chosen by leaving each tuned author
     * out of the training in turn (stop 65; 440 urgent and 1,120 ordinary texts): at 0.6 the listed signs and this
     * screen together caught 430 urgent texts where the signs alone caught 406, and held back 4 more ordinary ones; at
     * 0.3, 435 and 51 more (on real forms' short accounts, words it had never seen, such as "A silver Astra is often
     * parked outside the project", came out at 0.5). Never chosen on a held-out author.
     */
    static final double URGENT_FROM = 0.6;

    /** The shipped examples: each author's texts ("urgent|text" or "not|text" a line) and the phrasing rounds. */
    static final List<String> SHIPPED = List.of("author-c.txt", "author-d.txt", "author-e.txt", "author-f1.txt",
            "author-f2.txt", "author-i.txt", "author-j.txt",
            "phrasings.csv");

    private static final String URGENT = "urgent";
    private static final String ORDINARY = "not";

    /**
     * One example: whether it tells of present danger, where it comes from (a phrasing round, or the author's file),
     * and its text.
     */
    public record Example(boolean urgent, String round, String text) {
        @Override
        public String toString() {
            return (urgent ? "urgent: " : "ordinary: ") + text;
        }
    }

    private final DocumentCategorizerME categoriser;

    private LearnedScreen(DoccatModel model) {
        this.categoriser = new DocumentCategorizerME(model);
    }

    /** Trained once, from the shipped examples. */
    public static LearnedScreen shipped() {
        return Shipped.SCREEN;
    }

    private static final class Shipped {
        static final LearnedScreen SCREEN = trainedOn(SHIPPED.stream().flatMap(name -> examples(name).stream()).toList());
    }

    /** A shipped file of examples. */
    public static List<Example> examples(String name) {
        try (InputStream in = LearnedScreen.class.getResourceAsStream("/screening/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no examples " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Examples from a CSV (columns expected, round, text) or from lines "urgent|text" and "not|text". */
    public static List<Example> parse(String name, String content) {
        List<Example> out = new ArrayList<>();
        if (name.endsWith(".csv")) {
            try {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(content))) {
                    out.add(new Example(r.get("expected").equals(URGENT), r.get("round"), r.get("text")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
        for (String line : content.lines().toList()) {
            int bar = line.indexOf('|');
            String label = bar < 0 ? "" : line.substring(0, bar).strip();
            if (label.equals(URGENT) || label.equals(ORDINARY)) {
                out.add(new Example(label.equals(URGENT), name, line.substring(bar + 1).strip()));
            }
        }
        return out;
    }

    /** Trained from the examples given. Training is deterministic: the same examples make the same screen. */
    public static LearnedScreen trainedOn(List<Example> examples) {
        List<DocumentSample> samples = examples.stream()
                .map(e -> new DocumentSample(e.urgent() ? URGENT : ORDINARY, words(e.text()))).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        try {
            DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(),
                        new NGramFeatureGenerator(2, 2)}));
            return new LearnedScreen(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that the account tells of present danger. */
    public double urgency(String account) {
        double[] p = categoriser.categorize(words(account));
        return p[categoriser.getIndex(URGENT)];
    }

    /**
     * Whether the account tells of present danger, by this screen. Only an account is judged, a sentence or more
     * ({@link org.ypsa.hub.domain.forms.FieldType#narrative}): a word or two gives the model nothing to go on, and it
     * answers about even odds for text it has no evidence on.
     */
    public boolean urgent(String account) {
        return org.ypsa.hub.domain.forms.FieldType.narrative(account) && urgency(account) >= URGENT_FROM;
    }

    private static String[] words(String text) {
        return ScreenText.clean(text).toLowerCase(Locale.ROOT).split("[^a-z0-9']+");
    }
}
