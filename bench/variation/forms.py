"""Builds the content of each form in the corpus: which labels, which values, and what the hub must make of it."""
import datetime as dt
import re
import unicodedata

import people
from values import Styles, Value, date_text, ordinal

DOC_LAYOUTS = ["docx-2col", "docx-4col", "docx-cell", "docx-wrapped", "docx-questions", "pdf-text", "pdf-form",
               "body-plain", "body-lines", "body-html"]
VOID_LAYOUTS = ["xlsx-title-merged", "xlsx-flat", "xls", "csv", "csv-title", "body-pasted", "body-blocks",
                "body-html-table"]


class Builder:
    def __init__(self, wordings, rng):
        self.w, self.rng = wordings, rng
        self.styles = Styles(rng, getattr(wordings, "VALUE_STYLES", None))
        self.turns = {}
        self.numbering, self.question = None, 0
        self.sections = None  # "1.2 " numbers by section (SECTION_NUMBERS in heldout6, tuned9)
        self.section, self.sub = 1, 0

    # -- choosing -------------------------------------------------------------------------------------------
    def cycle(self, name, options):
        i = self.turns.get(name, self.rng.randrange(len(options)))
        self.turns[name] = i + 1
        return options[i % len(options)]

    def label(self, form, key):
        text = self.cycle(f"{form}.{key}", self.w.LABELS[form][key])
        if getattr(self, "label_set", None) is not None and self.rng.random() < getattr(self.w, "LABEL_SET_CHANCE", 0.85):
            # one style of label through a form (LABEL_SETS in heldout9, tuned12: the n-th wording of every field is
            # of one kind, plain, numbered, a system's code, Welsh/English); now and then one from another template
            labels = self.w.LABELS[form][key]
            text = labels[self.label_set % len(labels)]
        r = self.rng.random()
        if self.numbering:
            # a numbered question, the number written before the label as paper forms do
            self.question += 1
            text = self.numbering.format(n=self.question) + text
        elif self.sections:
            # a section's number and the question's number in it ("1.2 Date of birth", "3(b)"; heldout6, tuned9)
            self.sub += 1
            text = self.sections.format(s=self.section, n=self.sub, a="abcdefghijklmnopqrstuvwxyz"[(self.sub - 1) % 26]) + text
        if text.endswith("?") or text.endswith(":"):
            return text
        if r < 0.45:
            return text + ":"
        if r < 0.55:
            return text + " *"
        if r < 0.62:
            return text.upper()
        return text

    def text(self, key, **names):
        return self.cycle("text." + key, self.w.TEXTS[key]).format(**names)

    def person(self):
        if hasattr(self.w, "PEOPLE"):
            # a part's own names (heldout6, tuned9: Welsh names, apostrophes, hyphens, accents)
            return self.rng.choice(self.w.PEOPLE["first"]), self.rng.choice(self.w.PEOPLE["last"])
        return self.rng.choice(people.FIRST), self.rng.choice(people.LAST)

    def local(self, name):
        """A name as an email address writes it; a part with its own names drops accents, apostrophes and spaces."""
        if not hasattr(self.w, "PEOPLE"):
            return name.lower()
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z-]", "", plain.lower())

    def old_address(self):
        town, pc = self.rng.choice(people.TOWNS)
        return f"{self.rng.randint(1, 90)} {self.rng.choice(people.STREETS)}, {town}, {pc} {self.rng.randint(1, 9)}" \
               f"{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def received(self):
        day = dt.date(2026, 12, 1) + dt.timedelta(days=self.rng.randrange(56))
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        return dt.datetime(day.year, day.month, day.day, self.rng.randint(8, 16), self.rng.randrange(60),
                           self.rng.randrange(60), tzinfo=dt.timezone.utc)

    def old_phone(self):
        n = self.rng.randint(100000, 999999)
        return self.rng.choice([f"07700 900{n % 1000:03d}", f"01865 {n}", f"07700900{n % 1000:03d}", f"(01295) {n}"])

    def council_sender(self, first, last, domain=None):
        domain = domain or self.rng.choice(people.COUNCIL_DOMAINS)
        return f"{first} {last}", f"{self.local(first[0])}.{self.local(last)}@{domain}"

    def provider_sender(self, provider):
        if self.rng.random() < 0.4:
            return f"{provider['names'][0]} Returns", f"returns@{provider['domain']}"
        first, last = self.person()
        return f"{first} {last}", f"{self.local(first)}.{self.local(last)}@{provider['domain']}"

    def near(self, d):
        """A date within weeks of the mail: a part with NEAR_DATES (heldout4, tuned7) sometimes writes it without its
        year ("1st Dec", "Mon 30/11"); the older parts draw nothing here and write it as any date."""
        styles = getattr(self.w, "NEAR_DATES", None)
        if styles and self.rng.random() < getattr(self.w, "NEAR_DATE_CHANCE", 0.3):
            style = self.cycle("near-date", styles)
            close = getattr(self.w, "MONTHLESS_DATES", ())
            if style in close and abs((d - self.received_on).days) > 12:
                # "Tues 1st" names no month: only for a day within a fortnight of the mail (heldout8, tuned11)
                style = self.cycle("near-date-far", getattr(self.w, "FAR_NEAR_DATES", ["dd/mm"]))
            return Value(date_text(d, style), "date", date=d)
        return self.styles.date(d)

    def age(self, m, form, dob, on):
        """The age next to the date of birth (AGE_STYLES in heldout4 and tuned7, with an "age" label for the form)."""
        if "age" not in self.w.LABELS.get(form, {}) or self.rng.random() >= getattr(self.w, "AGE_CHANCE", 0.5):
            return
        years = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
        self.add(m, form, "age", self.cycle("age-style", self.w.AGE_STYLES).format(n=years))

    def relative(self, when, received):
        """When it happened told from the day of the mail, as a part's RELATIVE_WHEN words it (heldout7, tuned10): the
        slot is chosen by how many days back and the hour, so that the words are true ("last night" only for an evening
        before the mail's day)."""
        days, h = (received.date() - when.date()).days, when.hour
        if days == 0:
            slot = "early" if h < 6 else "morning" if h < 12 else "afternoon"
        else:
            slot = "yesterday-early" if h < 6 else "yesterday-morning" if h < 12 else \
                "yesterday-afternoon" if h < 18 else "yesterday-evening"
        phrase = self.cycle("relative." + slot, self.w.RELATIVE_WHEN[slot])
        return Value(phrase.format(t=self.styles.time(when.time())), "text")

    def provider_name(self, provider):
        """One of the provider's names; a part with PROVIDER_NAMES (heldout7, tuned10) also writes them as providers
        shorten or lengthen them ("K2F", "Stonewater Ltd"). The older parts draw from the directory's names only."""
        extra = getattr(self.w, "PROVIDER_NAMES", {}).get(provider["id"], [])
        return self.rng.choice(provider["names"] + extra)

    def non_answer(self, m, form, key):
        """A required answer that is no answer ("TBC", "see attached" with nothing attached, "N/A"): a part with
        NON_ANSWERS (heldout8, tuned11) writes the field so, instead of leaving it out, in the invalid seventh."""
        words = getattr(self.w, "NON_ANSWERS", {}).get(key)
        if words and self.rng.random() < getattr(self.w, "NON_ANSWER_CHANCE", 0.7):
            self.add(m, form, key, Value(self.cycle("non-answer." + key, words), "text"))

    def phone(self):
        styles = getattr(self.w, "PHONE_STYLES", None)
        if not styles:
            return self.old_phone()
        # a part's own ways of writing a number (heldout8, tuned11): "+44 (0)1865 ...", "01865-...", "ext"
        n = self.rng.randint(100000, 999999)
        return self.cycle("phone-style", styles).format(n6=f"{n}", n3=f"{n % 1000:03d}", a=f"{n // 1000:03d}",
                                                        ext=self.rng.randint(2000, 6999))

    def address(self):
        styles = getattr(self.w, "ADDRESS_STYLES", None)
        if not styles:
            return self.old_address()
        town, pc = self.rng.choice(people.TOWNS)
        return self.cycle("address-style", styles).format(
            n=self.rng.randint(1, 90), flat=self.rng.randint(1, 12), street=self.rng.choice(people.STREETS),
            town=town, TOWN=town.upper(), pc=pc, inward=f"{self.rng.randint(1, 9)}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                                                         f"{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")

    def legal(self, written, first):
        """The legal status as written; a part with LEGAL_STYLES (heldout9, tuned12) also ticks it in a grid of the four
        statuses or tells it in a sentence (LEGAL_SENTENCES). The older parts draw nothing here."""
        styles = getattr(self.w, "LEGAL_STYLES", None)
        if not styles or self.rng.random() >= getattr(self.w, "LEGAL_CHANCE", 0.5):
            return written
        low = written.lower()
        status = "looked-after" if low in ("lac", "looked after", "looked after child (s20)") else \
            "care-leaver" if "leaver" in low else "cin" if low in ("cin", "child in need") else "not-known"
        style = self.cycle("legal-style", styles)
        if style == "sentence":
            return self.cycle("legal-sentence." + status, self.w.LEGAL_SENTENCES[status]).format(yp=first)
        on, off = self.cycle("legal-marks", self.w.LEGAL_MARKS)
        options = self.w.LEGAL_OPTIONS
        sep = "\n" if style == "lines" else "   "
        return sep.join((on if key == status else off) + text for key, text in options)

    def needed(self, d, received_on):
        """The date needed as referrers write it beside the date (heldout9, tuned12): "ASAP - 8/12/2026", "Today
        (8/12/2026)", "From Monday 14th Dec": the words only where they are true of the date (NEEDED_STYLES)."""
        v = self.near(d)
        if self.rng.random() >= getattr(self.w, "NEEDED_CHANCE", 0.5):
            return v
        options = [s for s in self.w.NEEDED_STYLES
                   if ("{today}" not in s or d == received_on) and ("{monday}" not in s or d.weekday() == 0)
                   and ("{asap}" not in s or (d - received_on).days <= 3)
                   and ("{planned}" not in s or (d - received_on).days >= 7)]
        if not options:
            return v
        style = self.cycle("needed-style", options)
        return Value(style.replace("{today}", "").replace("{monday}", "").replace("{asap}", "")
                     .replace("{planned}", "").format(d=v.text), "text")

    def dob(self, d, on):
        """A date of birth; a part with DOB_AGES (heldout15, tuned18) now and then writes the age after it as people
        type it ("3.9.09 (17)", "03/09/2009 - 17yrs"), the age on the day of the mail. The older parts draw as before."""
        styles = getattr(self.w, "DOB_AGES", None)
        if not styles or self.rng.random() >= getattr(self.w, "DOB_AGE_CHANCE", 0.3):
            return self.styles.date(d)
        years = on.year - d.year - ((on.month, on.day) < (d.month, d.day))
        date_style, suffix = self.cycle("dob-age", styles)
        return Value(date_text(d, date_style) + suffix.format(n=years), "date", date=d)

    def said(self, text, when, told_on):
        """The clear date or time, and after it the time as people say it, told from the day of the mail ("22:40 (twenty
        to 11 last night)"): a part with SAID_TIMES (heldout15, tuned18) adds it now and then, only where the words are
        true of the time; the clear value stays, so the hub need not work it out. The older parts draw nothing here."""
        said = getattr(self.w, "SAID_TIMES", None)
        if not said or self.rng.random() >= said["chance"]:
            return text
        days, h = (told_on.date() - when.date()).days, when.hour
        slot = ("last-night" if h >= 18 else "yesterday-afternoon" if h >= 12 else "yesterday-morning" if h >= 6
                else None) if days == 1 else ("this-afternoon" if h >= 12 else "this-morning" if h >= 6 else
                                             "early-hours") if days == 0 else None
        words = said["minutes"].get(when.minute)
        if not slot or not words or slot not in said["slots"]:
            return text
        h12 = h % 12 or 12
        phrase = self.cycle("said." + slot, said["slots"][slot]).format(t=words.format(h=h12, h1=h12 % 12 + 1))
        return self.cycle("said-form", said["forms"]).format(v=text, p=phrase)

    def blank_or(self, value, chance=0.3):
        return self.styles.blank() if self.rng.random() < chance else value

    def base(self, form, variant, layout, received, sender, subject_key, **subject_names):
        name, address = sender
        self.received_on = received.date()
        m = {"form": form, "variant": variant, "layout": layout, "received": received, "sender_name": name,
             "sender": address, "subject": self.cycle("subject." + subject_key, self.w.SUBJECTS[subject_key])
             .format(**subject_names), "intro": self.cycle("intro", self.w.INTROS),
             "signoff": self.cycle("signoff", self.w.SIGNOFFS), "outcome": "routed", "urgent": "-", "expect": {},
             "fields": [], "rows": None}
        # optional in a part's wordings (heldout2 has them; older parts do not, and draw nothing for them)
        if hasattr(self.w, "FOOTERS"):
            m["footer"] = self.cycle("footer", self.w.FOOTERS)
        if hasattr(self.w, "COVERING"):
            m["covering"] = self.cycle("covering", self.w.COVERING)
        if hasattr(self.w, "THREADS") and self.rng.random() < getattr(self.w, "THREAD_CHANCE", 0.3):
            # an earlier mail quoted under the sender's signature (heldout5, tuned8)
            m["thread"] = self.cycle("thread", self.w.THREADS)
        if hasattr(self.w, "DISCLAIMERS") and self.rng.random() < getattr(self.w, "DISCLAIMER_CHANCE", 0.4):
            m["disclaimer"] = self.cycle("disclaimer", self.w.DISCLAIMERS)
        self.label_set = None
        if hasattr(self.w, "LABEL_SETS") and form != "void-return":
            self.label_set = self.rng.randrange(self.w.LABEL_SETS)
            m["heading_style"] = self.w.LABEL_HEADINGS[self.label_set]
        self.numbering, self.question = None, 0
        if hasattr(self.w, "NUMBERED") and form != "void-return" and self.rng.random() < self.w.NUMBERED:
            self.numbering = self.rng.choice(["{n}. ", "{n}) ", "Q{n}. ", "Q{n} ", "{n} "])
        self.sections, self.section, self.sub = None, 1, 0
        if hasattr(self.w, "SECTION_NUMBERS") and form != "void-return" and self.rng.random() < self.w.SECTION_NUMBERS:
            self.sections = self.cycle("section-numbers", self.w.SECTION_STYLES)
        if hasattr(self.w, "FORWARDS") and (layout == "body-forwarded" or (
                layout.startswith(("docx", "pdf", "xlsx", "csv")) and self.rng.random() < self.w.FORWARD_CHANCE)):
            # the mail forwards a colleague's (heldout6, tuned9): "Fwd:" and a forwarded message's header
            first, last = self.person()
            domain = address.split("@")[1]
            m["forward"] = {"note": self.cycle("forward-note", self.w.FORWARDS), "name": f"{first} {last}",
                            "address": f"{self.local(first)}.{self.local(last)}@{domain}",
                            "sent": received - dt.timedelta(minutes=self.rng.randint(12, 600)),
                            "style": self.cycle("forward-style", getattr(self.w, "FORWARD_STYLES",
                                                                         ["gmail", "outlook", "apple"]))}
            if getattr(self.w, "FORWARD_DAYS", 0) and self.rng.random() < self.w.FORWARD_DAYS:
                # the original was sent days before it was forwarded (heldout8, tuned11); its "last night" is the
                # night before the original's Sent date, not before the forward's
                m["forward"]["sent"] = received - dt.timedelta(days=self.rng.randint(2, 5), minutes=self.rng.randint(5, 300))
                m["forward"]["old"] = True
            m["subject"] = self.rng.choice(["Fwd: ", "FW: ", "Fw: "]) + m["subject"]
        return m

    def add(self, m, form, key, value):
        v = value if isinstance(value, Value) else Value(value)
        m["fields"].append((self.label(form, key), v))
        v.form, v.key = form, key  # for a part's informal bodies and hints in label cells (heldout5, tuned8)
        hints = getattr(self.w, "CELL_HINTS", {}).get(form, {}).get(key)
        if hints and m["layout"] in ("docx-hinted", "pdf-hinted") and self.rng.random() < 0.7:
            v.hint = self.cycle(f"hint.{form}.{key}", hints)
        beside = getattr(self.w, "BESIDE", {}).get(form, {}).get(key)
        if beside and self.rng.random() < getattr(self.w, "BESIDE_CHANCE", 0.5):
            # another person's name or another date next to the field (heldout10, tuned13): a sibling, a parent, a GP
            # beside the young person's name, the date of referral or of an assessment beside a date the hub needs
            label, template = self.cycle(f"beside.{form}.{key}", beside)
            first, last = self.person()
            on = self.received_on
            text = template.format(person=f"{first} {last}", first=first,
                                   today=self.styles.date(on).text,
                                   week=self.styles.date(on - dt.timedelta(days=self.rng.randint(2, 9))).text,
                                   month=self.styles.date(on - dt.timedelta(days=self.rng.randint(20, 60))).text,
                                   year=self.styles.date(on - dt.timedelta(days=self.rng.randint(200, 700))).text)
            m["fields"].append((label if label.endswith(("?", ":")) else label + ":", Value(text)))

    def expect_text(self, m, key):
        """For a part with TEXT_EXPECT (heldout6, tuned9): a phrase of a few words from a free-text answer that the
        routed record's field must hold, as the manifest's "text~" key. Chosen without the random stream: the first
        run of plain words from a third of the way in that no other answer of the form, nor its title, holds."""
        if not getattr(self.w, "TEXT_EXPECT", False) or m["outcome"] != "routed":
            return
        value = next(v for label, v in m["fields"] if getattr(v, "key", None) == key and label not in ("\u00a7", "\u00b6"))
        others = " ".join(v.text for _, v in m["fields"] if v is not value).lower() + " " + m["title"].lower()
        words = value.text.split()
        size = 3 if key == "address" else 4
        starts = list(range(len(words) // 3, len(words) - size + 1)) + list(range(0, len(words) // 3))
        small = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "from", "by", "is", "was",
                 "has", "had", "have", "her", "his", "him", "she", "he", "they", "our", "we", "that", "this", "it",
                 "not", "be", "been", "are", "as", "into", "out", "up", "after", "since", "there", "their", "who"}
        for need in (3, 2, 0):  # runs with more words that carry meaning first
            for i in starts:
                run = words[i:i + size]
                # plain words only, the last one's full stop or comma aside
                run = run[:-1] + [run[-1].rstrip(".,;")]
                content = sum(1 for w in run if len(w) > 3 and w.lower() not in small)
                if all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9'-]*", w) for w in run) and content >= need \
                        and " ".join(run).lower() not in others and (need == 0 or run[-1].lower() not in small):
                    m["expect"]["text~"] = " ".join(run)
                    return
        raise ValueError(f"no phrase to expect in {value.text!r}")

    def named(self, first, last, whose):
        """A name as the part writes it: "SURNAME, Forename" for a worker, "Forename Surname (known as X)" for the
        young person (NAME_STYLES in heldout5 and tuned8); the older parts draw nothing and write "First Last"."""
        styles = getattr(self.w, "NAME_STYLES", {}).get(whose)
        if not styles or self.rng.random() >= getattr(self.w, "NAME_CHANCE", 0.35):
            return f"{first} {last}"
        pref = first[:3] if len(first) > 4 else first + "ie"
        # a part's own short names ("Jo (Joanne) Smith"; NICKNAMES in heldout15, tuned18), else the older cut
        return self.cycle("name-style." + whose, styles).format(first=first, last=last, LAST=last.upper(),
                                                                 pref=pref, nick=getattr(self.w, "NICKNAMES", {}).get(first, pref))

    def heading(self, m, text):
        # optional in a part's wordings (heldout3, tuned6): HEADING_CHANCE, HEADINGS (its own words for a heading,
        # keyed by the default text or a new heading's key) and GUIDANCE (a notes paragraph under a heading); the
        # older parts have none of them and draw exactly as before
        if self.sections and self.sub:
            self.section, self.sub = self.section + 1, 0
        if self.rng.random() < getattr(self.w, "HEADING_CHANCE", 0.6):
            key, headings = text, getattr(self.w, "HEADINGS", {})
            if key in headings:
                # one style of heading throughout a form: the lists of a part's HEADINGS go in step
                style = m.setdefault("heading_style", self.cycle("heading-style", list(range(12))))
                text = headings[key][style % len(headings[key])]
            if self.sections:
                if not re.match(r"(\d|section|part|adran|rhan)", text, re.I):
                    text = f"{self.section}. {text}"
            m["fields"].append(("\u00a7", Value(text)))
            guidance = getattr(self.w, "GUIDANCE", {}).get(key)
            if guidance and self.rng.random() < getattr(self.w, "GUIDANCE_CHANCE", 0.4):
                m["fields"].append(("\u00b6", Value(self.cycle("guidance." + key, guidance))))

    def extra_heading(self, m, key):
        """A heading only a part with HEADINGS[key] has (a section over the worker's, the submitter's fields)."""
        if key in getattr(self.w, "HEADINGS", {}):
            self.heading(m, key)

    def choice(self, written, chosen, options):
        """A choice written as a tick list (CHOICE_BOXES in a part's wordings): one box marked, the others empty."""
        boxes = getattr(self.w, "CHOICE_BOXES", None)
        if not boxes or self.rng.random() >= boxes:
            return written
        on, off = self.cycle("boxes", self.w.BOX_MARKS)
        if hasattr(self.w, "BOX_LINES") and self.rng.random() < self.w.BOX_LINES:
            # one box to a line, as a tick-box column in a form (heldout6, tuned9)
            return "\n".join((on if o == chosen else off) + o for o in options)
        sep = self.rng.choice(["  ", "   ", " / "]) if not on.endswith(" ") else "  "
        return sep.join((on if o == chosen else off) + o for o in options)

    # -- forms ------------------------------------------------------------------------------------------------
    def referral(self, i, layout, emergency, invalid):
        received = self.received()
        needed = received.date() + dt.timedelta(days=self.rng.randint(0, 3) if emergency else self.rng.randint(7, 50))
        age = self.rng.choice([16, 16, 17, 17, 18, 19, 20, 21, 23])
        dob = needed - dt.timedelta(days=int(age * 365.25) + self.rng.randint(20, 300))
        first, last = self.person()
        rfirst, rlast = self.person()
        sender = self.council_sender(rfirst, rlast)
        variant = "emergency" if emergency else "non-emergency"
        m = self.base("referral", variant, layout, received, sender, "referral-" + variant,
                      initials=first[0] + last[0])
        m["title"] = self.cycle("title." + variant, self.w.TITLES["referral-" + variant])
        f = "referral"
        if self.rng.random() < 0.4:
            label = self.label(f, "referral_type")
            # a yes/no question is answered yes or no; "Referral type" is answered with the type
            question = "?" in label or "Y/N" in label.upper()
            typed = None if question else ("Emergency" if emergency else
                                            self.rng.choice(["Non-emergency", "Planned", "Non emergency"]))
            if typed:
                typed = self.choice(typed, "Emergency" if emergency else "Planned", ["Emergency", "Planned"])
            m["fields"].append((label, self.styles.yes_no(emergency) if question else Value(typed)))
        self.heading(m, "Section 1 - About the young person")
        self.add(m, f, "name", self.named(first, last, "yp"))
        dob_value = self.dob(dob, received.date())
        problem = None
        if invalid == "missing":
            problem = "birth"
        elif invalid == "impossible-date":
            dob_value, problem = Styles.impossible_date(dob), "birth"
        if invalid != "missing":
            self.add(m, f, "dob", dob_value)
            self.age(m, f, dob, received.date())
        else:
            self.non_answer(m, f, "dob")
        self.add(m, f, "gender", self.rng.choice(["Female", "Male", "F", "M", "Non-binary", "female"]))
        self.add(m, f, "lcs", self.blank_or(str(self.rng.randint(1000000, 9999999))))
        self.add(m, f, "address", self.address())
        self.add(m, f, "locality", self.rng.choice(people.LOCALITY_WORDS))
        # a part's own ways of writing the status (LEGAL_WRITTEN in heldout17, tuned20: "Looked after - s.20",
        # "Section 31 (full care order)"); the older parts choose from the list below as before
        self.add(m, f, "legal_status", self.legal(self.rng.choice(getattr(self.w, "LEGAL_WRITTEN", [
            "LAC", "Looked after", "Care leaver", "CIN", "Child in need", "Not known to social care",
            "Looked After Child (s20)", "care leaver"])), first))
        self.add(m, f, "uasc", self.styles.yes_no(self.rng.random() < 0.15))
        self.add(m, f, "parent", self.styles.yes_no(self.rng.random() < 0.1))
        self.heading(m, "Section 2 - Referrer")
        self.add(m, f, "ref_name", self.named(rfirst, rlast, "worker"))
        self.add(m, f, "ref_role", self.rng.choice(people.ROLES))
        self.add(m, f, "ref_org", self.rng.choice(people.TEAMS))
        self.add(m, f, "ref_email", sender[1])
        self.add(m, f, "ref_phone", self.phone())
        sfirst, slast = self.person()
        self.extra_heading(m, "referral.sw")
        if self.rng.random() < 0.6:
            self.add(m, f, "sw_name", self.named(sfirst, slast, "worker"))
            self.add(m, f, "sw_email", f"{self.local(sfirst[0])}.{self.local(slast)}@council.test")
        else:
            self.add(m, f, "sw_name", self.styles.blank())
            self.add(m, f, "sw_email", self.styles.blank())
        self.heading(m, "Section 3 - Family Group Conference and diversion")
        fgc = True if not emergency else self.rng.random() < 0.5
        if invalid == "rule":
            fgc, problem = False, "family"
        self.add(m, f, "fgc", self.styles.yes_no(fgc))
        self.add(m, f, "fgc_date", self.near(received.date() - dt.timedelta(days=self.rng.randint(5, 60)))
                 if fgc else self.styles.blank())
        self.add(m, f, "diversion", self.text("diversion"))
        self.heading(m, "Section 4 - Reason for referral and risks")
        self.add(m, f, "reason", self.text("reason", yp=first))
        if emergency:
            self.add(m, f, "safety", self.text("safety", yp=first))
        for key in ["risk_self", "risk_others", "risk_from", "exploitation", "substance", "offending", "mental_health"]:
            text = self.cycle("risk." + key, self.w.TEXTS["risks"][key])
            self.add(m, f, key, text if self.rng.random() < 0.7 else self.styles.blank())
        self.add(m, f, "support", self.text("support"))
        self.add(m, f, "needed", self.needed(needed, received.date()) if hasattr(self.w, "NEEDED_STYLES")
                 else self.near(needed))
        self.add(m, f, "consent", self.styles.yes_no(True))
        if problem:
            m["outcome"], m["expect"] = "rejected", {"problem": problem}
        else:
            m["expect"] = {"name": f"{first} {last}", "dob": dob.isoformat(), "needed": needed.isoformat()}
            self.expect_text(m, "reason")
        m["invalid"] = invalid or "-"
        return m

    def risk_concern(self, i, layout, invalid):
        provider = self.rng.choice(people.PROVIDERS)
        received = self.received()
        ref = self.cycle("ref-scheme", ["hub", "brokerage", "hub", "plain", "brokerage-long"])
        alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
        if ref == "hub":
            ref = "YPSA-" + "".join(self.rng.choice(alphabet) for _ in range(5)) + "-" + \
                  "".join(self.rng.choice(alphabet) for _ in range(5))
        elif ref == "brokerage":
            ref = f"BRK/2026/{self.rng.randint(100, 999):04d}"
        elif ref == "plain":
            ref = f"REF{self.rng.randint(10000, 99999)}"
        else:
            ref = f"BROK-{self.rng.randint(2025, 2026)}-{self.rng.randint(1000, 9999)}"
        first, last = self.person()
        m = self.base("risk-concern", "-", layout, received, self.provider_sender(provider), "risk", ref=ref)
        m["title"] = self.cycle("title.risk", self.w.TITLES["risk"])
        f = "risk"
        self.extra_heading(m, "risk.referral")
        ref_in_subject_only = ref.startswith("YPSA-") and self.rng.random() < 0.3 and ref in m["subject"]
        if not ref_in_subject_only:
            self.add(m, f, "ref", ref)
        self.add(m, f, "provider", self.provider_name(provider))
        self.add(m, f, "yp", self.named(first, last, "yp"))
        self.extra_heading(m, "risk.concern")
        self.add(m, f, "risk", self.text("risk_unable"))
        self.add(m, f, "why", self.text("risk_why"))
        if invalid == "missing":
            self.non_answer(m, f, "enable")
            m["outcome"], m["expect"] = "rejected", {"problem": "resources|support|enable|manage"}
        else:
            self.add(m, f, "enable", self.text("risk_enable"))
            m["expect"] = {"ref": ref, "provider": provider["id"]}
            self.expect_text(m, "risk")
        m["invalid"] = invalid or "-"
        return m

    def safeguarding(self, i, layout, invalid):
        provider = self.rng.choice(people.PROVIDERS)
        prop = self.rng.choice(provider["properties"])
        received = self.received()
        when = (received - dt.timedelta(hours=self.rng.randint(1, 60))).replace(second=0, tzinfo=None)
        when = when.replace(minute=self.rng.choice([0, 5, 10, 20, 35, 40, 45, 55]))
        first, last = self.person()
        m = self.base("safeguarding-incident", "-", layout, received, self.provider_sender(provider), "safeguarding",
                      property=prop[0])
        m["title"] = self.cycle("title.sg", self.w.TITLES["safeguarding"])
        f = "safeguarding"
        told_on = received
        if m.get("forward", {}).get("old"):
            # a report forwarded days after it was written (heldout8, tuned11): it happened before the original was sent,
            # and "last night" is told from the original's Sent date
            told_on = m["forward"]["sent"]
            when = (told_on - dt.timedelta(hours=self.rng.randint(2, 30))).replace(second=0, tzinfo=None)
            when = when.replace(minute=self.rng.choice([0, 5, 10, 20, 35, 40, 45, 55]))
        age = self.rng.randint(16, 21)
        dob = when.date() - dt.timedelta(days=int(age * 365.25) + self.rng.randint(10, 300))
        self.extra_heading(m, "sg.provider")
        self.add(m, f, "provider", self.provider_name(provider))
        self.add(m, f, "property", prop[0] if self.rng.random() < 0.7 else f"{prop[0]} ({prop[1]})")
        self.heading(m, "Young person")
        self.add(m, f, "name", self.named(first, last, "yp"))
        self.add(m, f, "dob", self.dob(dob, received.date()))
        self.add(m, f, "lcs", self.blank_or(str(self.rng.randint(1000000, 9999999))))
        sfirst, slast = self.person()
        self.extra_heading(m, "sg.sw")
        self.add(m, f, "sw_name", self.named(sfirst, slast, "worker"))
        self.add(m, f, "sw_email", self.blank_or(f"{self.local(sfirst[0])}.{self.local(slast)}@council.test", 0.2))
        self.heading(m, "The incident")
        problem = None
        if invalid == "impossible-date":
            self.add(m, f, "date", Styles.impossible_date(when.date()))
            self.add(m, f, "time", self.styles.time(when.time()))
            problem = "date|time|when|incident"
        elif hasattr(self.w, "RELATIVE_WHEN") and (told_on.date() - when.date()).days in (0, 1) \
                and self.rng.random() < getattr(self.w, "RELATIVE_CHANCE", 0.4):
            # "yesterday evening at 21:40", "this morning, 0905": the day told from the mail's own date (heldout7, tuned10)
            self.add(m, f, "when", self.relative(when, told_on))
        elif self.rng.random() < 0.5:
            self.add(m, f, "when", self.said(self.styles.date_time(when), when, told_on))
        else:
            self.add(m, f, "date", self.near(when.date()))
            self.add(m, f, "time", self.said(self.styles.time(when.time()), when, told_on))
        category = self.cycle("category", ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff",
                                           "Police involvement", "Hospital admission", "Other"])
        written = {"Self-harm": self.rng.choice(["Self-harm", "Self harm", "self-harm"]),
                   "Allegation against staff": self.rng.choice(["Allegation against staff", "Allegation against staff member"])
                   }.get(category, self.rng.choice([category, category.lower(), category.upper()]))
        self.add(m, f, "category", self.choice(written, category, ["Missing", "Exploitation", "Self-harm", "Violence",
                                                                  "Allegation against staff", "Police involvement",
                                                                  "Hospital admission", "Other"]))
        severity = self.cycle("severity", ["Low", "Medium", "High", "Critical"])
        self.add(m, f, "severity", self.choice(self.rng.choice([severity, severity.lower(), severity.upper()]), severity,
                                               ["Low", "Medium", "High", "Critical"]))
        if invalid == "missing":
            problem = "description|happened|details"
            self.non_answer(m, f, "description")
        else:
            self.add(m, f, "description", self.cycle("incident." + category,
                                                     self.w.TEXTS["incident"][category]).format(yp=first))
        self.add(m, f, "actions", self.text("actions"))
        self.add(m, f, "police_ref", self.blank_or(f"{self.rng.choice(['43', 'URN ', 'CAD '])}{self.rng.randint(100000, 999999)}"
                                                   f"/{when.year % 100}", 0.5))
        if problem:
            m["outcome"], m["expect"] = "rejected", {"problem": problem}
        else:
            m["expect"] = {"provider": provider["id"], "name": f"{first} {last}", "dob": dob.isoformat(),
                           "date": when.date().isoformat(), "time": when.strftime("%H:%M"), "category": category,
                           "severity": severity}
            self.expect_text(m, "description")
        m["invalid"] = invalid or "-"
        return m

    def intelligence(self, i, layout, urgent, invalid):
        if self.rng.random() < 0.7:
            provider = self.rng.choice(people.PROVIDERS)
            sender, agency = self.provider_sender(provider), self.provider_name(provider)
        else:
            first, last = self.person()
            sender, agency = self.council_sender(first, last), self.rng.choice(people.TEAMS)
        received = self.received()
        when = received.replace(tzinfo=None) - (dt.timedelta(minutes=self.rng.randint(5, 50)) if urgent
                                                else dt.timedelta(days=self.rng.randint(3, 300)))
        wfirst, wlast = sender[0].split(" ")[0], self.rng.choice(people.LAST)
        yfirst, ylast = self.person()
        pfirst, plast = self.person()
        m = self.base("intelligence-submission", "urgent" if urgent else "routine", layout, received, sender,
                      "intelligence")
        m["title"] = self.cycle("title.intel", self.w.TITLES["intelligence"])
        f = "intelligence"
        worker = f"{self.person()[0]} {wlast}"
        self.extra_heading(m, "intel.you")
        self.add(m, f, "agency", agency)
        self.add(m, f, "worker", worker)
        self.add(m, f, "role", self.rng.choice(people.PROVIDER_ROLES + people.ROLES))
        self.add(m, f, "email", sender[1] if "returns@" not in sender[1] else sender[1].replace("returns@", "staff@"))
        self.add(m, f, "phone", self.phone())
        if self.rng.random() < 0.5:
            self.add(m, f, "when", self.styles.date_time(when))
        else:
            self.add(m, f, "date", self.styles.date(when.date()))
            self.add(m, f, "time", self.styles.time(when.time()))
        self.extra_heading(m, "intel.info")
        self.add(m, f, "location", self.address())
        ydob = when.date() - dt.timedelta(days=int(self.rng.randint(16, 20) * 365.25) + 40)
        pdob = dt.date(self.rng.randint(1985, 2003), self.rng.randint(1, 12), self.rng.randint(1, 28))
        self.add(m, f, "persons", f"{yfirst} {ylast}, {self.styles.date(ydob, False).text}, resident; "
                                  f"{pfirst} {plast}, {self.styles.date(pdob, False).text}, male, slim build")
        self.add(m, f, "vehicles", self.blank_or(f"{self.rng.choice(people.CAR_MAKES)}, partial reg "
                                                 f"{self.rng.choice(['KX', 'YD', 'OU', 'WR'])}{self.rng.randint(10, 24)}", 0.4))
        problem = None
        if invalid == "missing":
            problem = "information|intelligence"
            self.non_answer(m, f, "information")
        else:
            self.add(m, f, "information", self.text("intel_urgent" if urgent else "intel_routine", yp=yfirst,
                                                     p=f"{pfirst} {plast}"))
        self.add(m, f, "source", self.rng.choice(["Staff observation", "Resident told staff", "CCTV", "Phone call",
                                                  "Another resident"]))
        self.add(m, f, "grading", self.blank_or(self.rng.choice(["B2", "1A", "A/2/P", "B/3"]), 0.4))
        self.add(m, f, "handling", self.rng.choice(["P", "P - lawful sharing permitted", "C", "P (police use only)"]))
        if urgent:
            m["outcome"], m["urgent"], m["expect"] = "rejected", "yes", {}
        elif problem:
            m["outcome"], m["urgent"], m["expect"] = "rejected", "no", {"problem": problem}
        else:
            m["urgent"], m["expect"] = "no", {"agency": agency, "worker": worker}
            self.expect_text(m, "information")
        m["invalid"] = invalid or "-"
        return m

    def mash(self, i, layout, invalid):
        received = self.received()
        age = self.rng.choice([16, 17])
        dob = received.date() - dt.timedelta(days=int(age * 365.25) + self.rng.randint(10, 320))
        first, last = self.person()
        rfirst, rlast = self.person()
        m = self.base("mash-referral", "referral", layout, received,
                      self.council_sender(rfirst, rlast, self.rng.choice(["housing.council.test", "council.test"])),
                      "mash", initials=first[0] + last[0])
        m["title"] = self.cycle("title.mash", self.w.TITLES["mash"])
        f = "mash"
        self.extra_heading(m, "mash.yp")
        self.add(m, f, "name", self.named(first, last, "yp"))
        problem = None
        if invalid == "impossible-date":
            self.add(m, f, "dob", Styles.impossible_date(dob))
            problem = "birth"
        elif invalid == "rule":
            old = dob - dt.timedelta(days=3 * 366)
            self.add(m, f, "dob", self.styles.date(old))
            self.age(m, f, old, received.date())
            problem = "birth|age"
        else:
            self.add(m, f, "dob", self.dob(dob, received.date()))
            self.age(m, f, dob, received.date())
        self.add(m, f, "address", self.address())
        self.extra_heading(m, "mash.agency")
        self.add(m, f, "agency", self.rng.choice(["District housing - Cherwell", "Vale Housing Options",
                                                  "Banbury Academy", "Youth Justice Service", "Oxford City Council Housing"]))
        self.extra_heading(m, "mash.housing")
        status = self.cycle("mash-status", ["homeless", "threatened"])
        self.add(m, f, "status", self.mash_status(status, self.rng.choice({"homeless": ["Homeless", "Homeless tonight", "homeless", "HOMELESS"],
                                                  "threatened": ["Threatened", "Threatened with homelessness",
                                                                 "threatened - notice given by parent"]}[status])))
        tried = self.rng.random() < 0.6
        self.add(m, f, "mediation", self.styles.yes_no(tried))
        self.add(m, f, "mediation_outcome", self.text("mediation_outcome", yp=first) if tried else self.styles.blank())
        self.add(m, f, "concerns", self.text("mash_concerns"))
        self.add(m, f, "known", self.styles.yes_no(self.rng.random() < 0.5))
        pfirst, plast = self.person()
        self.add(m, f, "parent_contact", f"{pfirst} {last} (mother) {self.phone()}")
        if problem:
            m["outcome"], m["expect"] = "rejected", {"problem": problem}
        else:
            m["expect"] = {"name": f"{first} {last}", "dob": dob.isoformat(), "status": status}
            self.expect_text(m, "address")
        m["invalid"] = invalid or "-"
        return m

    def mash_status(self, status, written):
        if not getattr(self.w, "CHOICE_BOXES", None):
            return written
        return self.choice(written, {"homeless": "Homeless now", "threatened": "Threatened with homelessness"}[status],
                           ["Homeless now", "Threatened with homelessness"])

    def mash_notice(self, i, layout):
        received = self.received()
        dob = received.date() - dt.timedelta(days=int(self.rng.choice([16, 17]) * 365.25) + self.rng.randint(10, 320))
        first, last = self.person()
        rfirst, rlast = self.person()
        m = self.base("mash-notice", "mediation-prevented", layout, received,
                      self.council_sender(rfirst, rlast, "housing.council.test"), "mash-notice", initials=first[0] + last[0])
        m["title"] = self.cycle("title.notice", self.w.TITLES["mash-notice"])
        f = "mash-notice"
        self.add(m, f, "name", self.named(first, last, "yp"))
        self.add(m, f, "dob", self.styles.date(dob))
        self.add(m, f, "date", self.near(received.date() - dt.timedelta(days=self.rng.randint(0, 4))))
        self.add(m, f, "outcome", self.text("prevented", yp=first))
        self.add(m, f, "agency", self.rng.choice(["Vale Housing Options", "Cherwell District Council Housing",
                                                  "Family mediation service"]))
        m["expect"], m["invalid"] = {"name": f"{first} {last}", "dob": dob.isoformat()}, "-"
        return m

    def void(self, i, layout, invalid):
        provider = self.rng.choice(people.PROVIDERS)
        received = self.received()
        monday = received.date() - dt.timedelta(days=received.weekday())
        if received.weekday() >= 3:
            monday += dt.timedelta(days=7)
        else:
            received = received.replace(year=monday.year, month=monday.month, day=monday.day,
                                        hour=self.rng.randint(7, 9))
        m = self.base("void-return", "-", layout, received, self.provider_sender(provider), "void",
                      week=monday.strftime("%d/%m"), provider=provider["names"][0])
        m["title"] = self.cycle("title.void", self.w.TITLES["void"])
        headers = {k: self.cycle("void." + k, self.w.LABELS["void"][k]) for k in self.w.LABELS["void"]}
        if hasattr(self.w, "LABEL_SETS"):
            # one kind of column header through a provider's sheet, as for the forms' labels (heldout9, tuned12)
            self.label_set = self.rng.randrange(self.w.LABEL_SETS)
            for k, options in self.w.LABELS["void"].items():
                if self.rng.random() < getattr(self.w, "LABEL_SET_CHANCE", 0.85):
                    headers[k] = options[self.label_set % len(options)]
        week = monday
        problem = None
        if invalid == "rule":
            problem = "total|occupied|vacant"
        elif invalid == "not-monday":
            week, problem = monday + dt.timedelta(days=2), "week|monday"
        rows = []
        for n, (ref, locality, service) in enumerate(provider["properties"]):
            total = self.rng.randint(1, 8)
            occupied = self.rng.randint(0, total)
            vacant = total - occupied
            if problem and problem.startswith("total") and n == 0:
                vacant += 1
            available = week + dt.timedelta(days=self.rng.randint(0, 10)) if vacant else None
            rows.append({"ref": ref, "locality": self.rng.choice([locality, locality.upper(), locality]),
                         "service": service, "total": total, "occupied": occupied, "vacant": vacant,
                         "available": self.styles.date(available) if available else self.styles.blank(),
                         "emergency": self.styles.yes_no(self.rng.random() < 0.3),
                         "notes": self.text("void_notes") or self.styles.blank().text})
        void_provider = self.provider_name(provider)
        week_value = self.styles.date(week)
        if hasattr(self.w, "VOID_WEEK_STYLES") and self.rng.random() < 0.4:
            # the week as providers write it with no year ("7th Dec", "Mon 7/12"), optional in a part's wordings
            style = self.cycle("void.week-style", self.w.VOID_WEEK_STYLES)
            week_value = Value(style.format(d=week.day, m=week.month, th=ordinal(week.day),
                                            mon=week.strftime("%b"), month=week.strftime("%B"), yy=f"{week.year % 100:02d}",
                                            dd=f"{week.day:02d}", mm=f"{week.month:02d}"), "text")
        m["void"] = {"provider": void_provider, "week": week_value,
                     "headers": headers, "rows": rows, "week_label": self.label("void", "week"),
                     "provider_label": self.label("void", "provider")}
        if problem and problem.startswith("total"):
            # a provider must be told which property is wrong by its reference, not only by its row
            m["outcome"], m["expect"] = "rejected", {"problem": problem, "names": rows[0]["ref"]}
        elif problem:
            m["outcome"], m["expect"] = "rejected", {"problem": problem}
        else:
            m["expect"] = {"provider": provider["id"], "week": week.isoformat(),
                           "properties": ",".join(r["ref"] for r in rows)}
        m["invalid"] = invalid or "-"
        return m

    def other(self, i):
        first, last = self.person()
        m = self.base("unknown", "-", "body-plain", self.received(), self.council_sender(first, last), "other")
        m["outcome"], m["title"] = "unrecognised", ""
        m["body"] = self.cycle("text.other", self.w.TEXTS["other_body"])
        m["invalid"] = "-"
        return m
