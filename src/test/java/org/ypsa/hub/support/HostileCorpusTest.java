package org.ypsa.hub.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile corpus HubCrashIT feeds the hub is kept in the repository, and covers every kind of bad mail. */
class HostileCorpusTest {

    @Test
    void theRepositoryKeepsAtLeast150BadMailsOfEveryKind() {
        List<HostileCorpus.Mail> corpus = HostileCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        List<String> kinds = corpus.stream().map(HostileCorpus.Mail::kind).toList();
        for (String kind : List.of("boundary", "charset", "html only", "empty body", "named xlsx", "zip bomb as xlsx",
                "zip bomb as docx", "password protected", "macro enabled", "encrypted pdf", "pdf of 1500 pages",
                "40 mb attachment", "file name etc passwd", "header camel", "header jms", "forged sender")) {
            assertThat(kinds).as(kind).anyMatch(k -> k.contains(kind));
        }
        assertThat(corpus).filteredOn(m -> m.kind().equals("40 mb attachment"))
                .allMatch(m -> m.eml().length() > 40 * 1024 * 1024);
    }
}
