package org.ypsa.hub.domain.intelligence;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * A screen learnt from texts people wrote (stop 64, research): a maximum-entropy document categoriser over words and
 * word pairs, trained at start from {@code screening/examples.txt} ("urgent|text" or "not|text" a line). It stands beside
 * the listed signs of {@link Screening}: a text is urgent when either says so.
 */
public final class LearnedScreen {
    private static final String URGENT = "urgent";
    private final DocumentCategorizerME categoriser;

    private LearnedScreen(DoccatModel model) {
        this.categoriser = new DocumentCategorizerME(model);
    }

    /** Trained from the shipped examples. */
    public static LearnedScreen shipped() {
        try (InputStream in = LearnedScreen.class.getResourceAsStream("/screening/examples.txt")) {
            return trainedOn(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trained from lines "urgent|text" and "not|text". */
    public static LearnedScreen trainedOn(List<String> lines) {
        List<DocumentSample> samples = new ArrayList<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            if (bar > 0) {
                samples.add(new DocumentSample(line.substring(0, bar).strip(), words(line.substring(bar + 1))));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        try {
            DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)}));
            return new LearnedScreen(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability the text tells of present danger. */
    public double urgency(String text) {
        double[] p = categoriser.categorize(words(text));
        return p[categoriser.getIndex(URGENT)];
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z0-9']+");
    }
}
