package org.ypsa.hub.adapter.mail;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committed mail leaves the inbox for the done folder after the poll that read it: by IMAP MOVE or, where the server
 * has none, COPY; every mail of the poll is read as itself, and only committed mail is moved.
 */
class DoneFolderIT {
    private static final String USER = "referrals@in.ypsa.test";
    private GreenMail server;
    private Store store;

    @BeforeEach
    void start() throws Exception {
        server = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        server.start();
        server.setUser(USER, USER, "pw");
        for (int i = 1; i <= 6; i++) {
            GreenMailUtil.sendTextEmail(USER, "someone@council.test", "mail " + i, "body", server.getSmtp().getServerSetup());
        }
        store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", server.getImap().getPort(), USER, "pw");
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        server.stop();
    }

    @Test
    void aPollReadsEveryMailAsItselfAndItsCommittedMailIsMovedAfterIt() throws Exception {
        assertThat(DoneFolder.offersMove(store.getFolder("INBOX"))).isTrue();
        List<String> read = pollCommittingAllBut("mail 4");
        assertThat(read).containsExactly("mail 1", "mail 2", "mail 3", "mail 4", "mail 5", "mail 6");
        assertThat(subjects("INBOX")).containsExactly("mail 4");
        assertThat(subjects("YPSA-Processed")).containsExactlyInAnyOrder("mail 1", "mail 2", "mail 3", "mail 5",
                "mail 6");
    }

    @Test
    void withoutMoveTheCommittedMailIsCopiedAndOnlyItIsExpunged() throws Exception {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        Message[] two = {inbox.getMessage(2), inbox.getMessage(5)};
        DoneFolder.move(two, "YPSA-Processed", false);
        inbox.close(false);
        assertThat(subjects("INBOX")).containsExactly("mail 1", "mail 3", "mail 4", "mail 6");
        assertThat(subjects("YPSA-Processed")).containsExactlyInAnyOrder("mail 2", "mail 5");
    }

    /** As the intake does: read each mail of one poll in full, commit all but one, move the committed after. */
    private List<String> pollCommittingAllBut(String failing) throws Exception {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        List<String> read = new ArrayList<>();
        List<DoneFolder.Committed> committed = new ArrayList<>();
        for (Message m : inbox.getMessages()) {
            MailReader.prefetch(m, 50);
            byte[] raw = MailReader.fetch(m, 10_000_000, Instant.now()).bytes();
            String subject = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw))
                    .getSubject();
            read.add(subject);
            if (!subject.equals(failing)) {
                committed.add(DoneFolder.of(m));
            }
        }
        inbox.close(false);
        Folder fresh = store.getFolder("INBOX");
        fresh.open(Folder.READ_WRITE);
        assertThat(DoneFolder.move(fresh, committed, "YPSA-Processed")).isEqualTo(5);
        fresh.close(false);
        return read;
    }

    private List<String> subjects(String folder) throws Exception {
        Folder f = store.getFolder(folder);
        f.open(Folder.READ_ONLY);
        List<String> out = new ArrayList<>();
        for (Message m : f.getMessages()) {
            out.add(m.getSubject());
        }
        f.close(false);
        return out;
    }
}
