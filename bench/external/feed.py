#!/usr/bin/env python3
"""Send .eml files to the intake mailbox through Postfix (localhost:25), re-addressed to intake@ypsa.test."""
import os, sys, smtplib, email, email.policy, email.utils, time
TO = "intake@ypsa.test"
def main(paths, delay=0.0):
    s = smtplib.SMTP("127.0.0.1", 25)
    for p in paths:
        raw = open(p, "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        frm = email.utils.parseaddr(msg.get("From", ""))[1] or "unknown@council.test"
        if "To" in msg: msg.replace_header("To", TO)
        else: msg["To"] = TO
        if "Cc" in msg: del msg["Cc"]
        tag = os.environ.get("MSGID_TAG")
        if tag:
            old = (msg.get("Message-ID") or "<x@x>").strip()
            msg.replace_header("Message-ID", "<" + tag + "." + old.strip("<>")+">") if "Message-ID" in msg else msg.__setitem__("Message-ID", "<"+tag+"@feed>")
        data = msg.as_bytes()
        try:
            s.sendmail(frm, [TO], data)
        except smtplib.SMTPServerDisconnected:
            s = smtplib.SMTP("127.0.0.1", 25); s.sendmail(frm, [TO], data)
        print("sent", p, flush=True)
        if delay: time.sleep(delay)
    s.quit()
if __name__ == "__main__":
    main(sys.argv[1:])
