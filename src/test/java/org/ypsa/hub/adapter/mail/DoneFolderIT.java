package org.ypsa.hub.adapter.mail;

import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A committed mail leaves the inbox for the done folder, by IMAP MOVE or, where the server has none, COPY. */
class DoneFolderIT {
    private static final String USER = "referrals@in.ypsa.test";
    private GreenMail server;
    private Store store;

    @BeforeEach
    void start() throws Exception {
        server = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        server.start();
        server.setUser(USER, USER, "pw");
        GreenMailUtil.sendTextEmail(USER, "someone@council.test", "form", "body", server.getSmtp().getServerSetup());
        GreenMailUtil.sendTextEmail(USER, "someone@council.test", "other", "body", server.getSmtp().getServerSetup());
        store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", server.getImap().getPort(), USER, "pw");
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        server.stop();
    }

    @Test
    void aServerOfferingMoveHasTheMailMovedInOneStep() throws Exception {
        Folder inbox = inbox();
        assertThat(DoneFolder.offersMove(inbox)).isTrue();
        DoneFolder.move(inbox.getMessage(1), "YPSA-Processed", true);
        assertMovedOnlyTheFirst();
    }

    @Test
    void withoutMoveTheMailIsCopiedAndOnlyItIsExpunged() throws Exception {
        Folder inbox = inbox();
        inbox.getMessage(2).setFlag(jakarta.mail.Flags.Flag.DELETED, false);
        DoneFolder.move(inbox.getMessage(1), "YPSA-Processed", false);
        assertMovedOnlyTheFirst();
    }

    private Folder inbox() throws Exception {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        return inbox;
    }

    private void assertMovedOnlyTheFirst() throws Exception {
        Folder inbox = store.getFolder("INBOX");
        if (inbox.isOpen()) {
            inbox.close(false);
        }
        inbox.open(Folder.READ_ONLY);
        Message[] left = inbox.getMessages();
        assertThat(left).extracting(Message::getSubject).containsExactly("other");
        Folder done = store.getFolder("YPSA-Processed");
        done.open(Folder.READ_ONLY);
        assertThat(done.getMessages()).extracting(Message::getSubject).containsExactly("form");
    }
}
