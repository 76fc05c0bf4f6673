"""Every way the corpus writes a value: dates, times, yes/no and blanks, as people in British councils type them."""
import datetime as dt

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS4 = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]  # as offices shorten them (heldout5, tuned8)
FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DATE_STYLES = ["d/m/yyyy", "dd-mm-yy", "d.m.yyyy", "d Mon yyyy", "dth Month yyyy", "Month d yyyy", "iso",
               "dd/mm/yyyy", "d Month yyyy", "dd.mm.yy"]
TIME_STYLES = ["HH:MM", "h.mmpm", "HHMM", "h:mm pm", "HH.MM", "HHMM hrs"]
JOINERS = ["{d} {t}", "{d} at {t}", "{t} on {d}", "{d}, {t}", "{d} - {t}"]
YES = ["Y", "yes", "Yes", "YES", "\u2713", "X", "true", "Yes - agreed"]
NO = ["N", "no", "No", "NO", "false"]
BLANKS = ["\u00a0", "-", "n/a", "N/A", "none", "None", ""]


def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def date_text(d, style):
    if style == "d/m/yyyy":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "dd-mm-yy":
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"
    if style == "d.m.yyyy":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "d Mon yyyy":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "dth Month yyyy":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "Month d yyyy":
        return f"{MONTHS[d.month - 1]} {d.day} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dd/mm/yyyy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "d Month yyyy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dd.mm.yy":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    # styles only a part's VALUE_STYLES asks for (tuned3); the first parts never draw them
    if style == "ddd d Mon yyyy":
        return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "d/m/yy":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == "d.m.yy":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "dth Mon yyyy":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "dd Mon yyyy":
        return f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"
    # styles only tuned4 asks for
    if style == "dd/mm/yy":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "d Mon yy":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year % 100:02d}"
    if style == "d-Mon-yyyy":
        return f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "dth of Month yyyy":
        return f"{ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}"
    if style == "dd Month yyyy":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "yyyy-mm-dd":
        return d.isoformat()
    if style == "ddd dd/mm/yyyy":
        return f"{DAYS[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year}"
    # styles only heldout3 and tuned6 ask for
    if style == "Month d, yyyy":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "Mon. dth yyyy":
        return f"{MONTHS[d.month - 1][:3]}. {ordinal(d.day)} {d.year}"
    if style == "dddd, Month d, yyyy":
        return f"{FULL_DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dd-MON-yy":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year % 100:02d}"
    if style == "dd MON yyyy":
        return f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    if style == "d/m/yyyy (ddd)":
        return f"{d.day}/{d.month}/{d.year} ({DAYS[d.weekday()]})"
    if style == "dddd dth Month":
        return f"{FULL_DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "d Mon, yyyy":
        return f"{d.day} {MONTHS[d.month - 1][:3]}, {d.year}"
    if style == "dd / mm / yyyy":
        return f"{d.day:02d} / {d.month:02d} / {d.year}"
    # styles only heldout4 and tuned7 ask for
    if style == "dd.mm.yyyy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "d-m-yyyy":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "dth Mon 'yy":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]} '{d.year % 100:02d}"
    if style == "dd/mm/yyyy (approx)":
        return f"{d.day:02d}/{d.month:02d}/{d.year} (approx)"
    if style == "ddd dth Month yyyy":
        return f"{DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    # styles only heldout5 and tuned8 ask for: office day abbreviations, a comment after the date
    if style == "dddd4 dth Mon yyyy":
        return f"{DAYS4[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "d-Mon-yy":
        return f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}"
    if style == "dd/mm/yyyy (checked)":
        return f"{d.day:02d}/{d.month:02d}/{d.year} (checked)"
    if style == "d Month yyyy (tbc)":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year} (tbc)"
    if style == "dd-mm-yyyy":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "Mon d yyyy":
        return f"{MONTHS[d.month - 1][:3]} {d.day} {d.year}"
    if style == "d.Mon.yyyy":
        return f"{d.day}.{MONTHS[d.month - 1][:3]}.{d.year}"
    if style == "dth Month, yyyy":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]}, {d.year}"
    if style == "dd/mm/yyyy (ddd4)":
        return f"{d.day:02d}/{d.month:02d}/{d.year} ({DAYS4[d.weekday()]})"
    # without the year, heldout5 and tuned8 only (NEAR_DATES)
    if style == "dddd4 dth Mon":
        return f"{DAYS4[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1][:3]}"
    if style == "d Mon":
        return f"{d.day} {MONTHS[d.month - 1][:3]}"
    if style == "dd/mm":
        return f"{d.day:02d}/{d.month:02d}"
    if style == "ddd dth":
        return f"{FULL_DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]}"
    # without the year: only for a date within weeks of the mail (NEAR_DATES in heldout4 and tuned7)
    if style == "dth Mon":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]}"
    if style == "ddd d/m":
        return f"{DAYS[d.weekday()]} {d.day}/{d.month}"
    if style == "dddd dth Mon":
        return f"{FULL_DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1][:3]}"
    if style == "d/m (approx)":
        return f"{d.day}/{d.month} (approx)"
    # styles only heldout6 and tuned9 ask for
    if style == "ddd, dd Mon yyyy":
        return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "dd-Mon-yyyy":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "Month dth, yyyy":
        return f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}"
    if style == "d MONTH yyyy":
        return f"{d.day} {MONTHS[d.month - 1].upper()} {d.year}"
    if style == "dd Mon yy":
        return f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year % 100:02d}"
    if style == "d-m-yy":
        return f"{d.day}-{d.month}-{d.year % 100:02d}"
    if style == "ddd d Mon":
        return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]}"
    if style == "dddd d Month yyyy":
        return f"{FULL_DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "d.m.yyyy.":
        return f"{d.day}.{d.month}.{d.year}."
    if style == "dth/Mon/yyyy":
        return f"{d.day:02d}/{MONTHS[d.month - 1][:3]}/{d.year}"
    if style == "yyyy/mm/dd":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dddd d/m":
        return f"{FULL_DAYS[d.weekday()]} {d.day}/{d.month}"
    # styles only heldout7 and tuned10 ask for; the last three without the year, for dates near the mail only
    if style == "ddMONyyyy":
        return f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year}"
    if style == "d/mm/yyyy":
        return f"{d.day}/{d.month:02d}/{d.year}"
    if style == "dth Mon yyyy (ddd)":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year} ({DAYS[d.weekday()]})"
    if style == "ddd dth Mon":
        return f"{DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1][:3]}"
    if style == "dth Month":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]}"
    if style == "dd/mm ddd":
        return f"{d.day:02d}/{d.month:02d} ({DAYS[d.weekday()]})"
    # styles only heldout8 and tuned11 ask for; the month-less ones only for a day close to the mail
    if style == "d Mon. yyyy":
        return f"{d.day} {MONTHS[d.month - 1][:3]}. {d.year}"
    if style == "dth Month yyyy (dddd)":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year} ({FULL_DAYS[d.weekday()]})"
    if style == "dd Month yy":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year % 100:02d}"
    if style == "d mis yyyy":  # Welsh month names, as a Welsh-only form writes a date
        return f"{d.day} {MISOEDD[d.month - 1]} {d.year}"
    if style == "ddd4 d/m/yy":
        return f"{DAYS4[d.weekday()]} {d.day}/{d.month}/{d.year % 100:02d}"
    if style == "ddd4 dth":
        return f"{DAYS4[d.weekday()]} {ordinal(d.day)}"
    if style == "d/m":
        return f"{d.day}/{d.month}"
    if style == "dddd the dth":
        return f"{FULL_DAYS[d.weekday()]} the {ordinal(d.day)}"
    # styles only heldout16 and tuned19 ask for: typing slips ("8 th Sept 09"), four-letter months as offices write
    # them ("Sept", "June"), a full stop after the date
    if style == "d th Mon4 yy":
        return f"{d.day} {ordinal(d.day)[-2:]} {MONTHS4[d.month - 1]} {d.year % 100:02d}"
    if style == "dd/mm/yyyy.":
        return f"{d.day:02d}/{d.month:02d}/{d.year}."
    if style == "dth Mon4. yyyy":
        return f"{ordinal(d.day)} {MONTHS4[d.month - 1]}{'' if MONTHS4[d.month - 1] == MONTHS[d.month - 1] else '.'} {d.year}"
    if style == "d Mon4 yyyy":
        return f"{d.day} {MONTHS4[d.month - 1]} {d.year}"
    raise ValueError(style)


MONTHS4 = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


MISOEDD = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"]


def time_text(t, style):
    h12 = t.hour % 12 or 12
    ampm = "am" if t.hour < 12 else "pm"
    if style == "HH:MM":
        return f"{t.hour:02d}:{t.minute:02d}"
    if style == "h.mmpm":
        return f"{h12}.{t.minute:02d}{ampm}"
    if style == "HHMM":
        return f"{t.hour:02d}{t.minute:02d}"
    if style == "h:mm pm":
        return f"{h12}:{t.minute:02d} {ampm}"
    if style == "HH.MM":
        return f"{t.hour:02d}.{t.minute:02d}"
    if style == "HHMM hrs":
        return f"{t.hour:02d}{t.minute:02d} hrs"
    if style == "h.mmam":
        return f"{h12}.{t.minute:02d}{ampm}"
    if style == "HH:MMhrs":
        return f"{t.hour:02d}:{t.minute:02d}hrs"
    if style == "approx HH:MM":
        return f"approx {t.hour:02d}:{t.minute:02d}"
    # styles only tuned4 asks for
    if style == "h.mm am":
        return f"{h12}.{t.minute:02d} {ampm}"
    if style == "HHMMh":
        return f"{t.hour:02d}{t.minute:02d}h"
    if style == "HH.MM hrs":
        return f"{t.hour:02d}.{t.minute:02d} hrs"
    if style == "around h.mm pm":
        return f"around {h12}.{t.minute:02d}{ampm}"
    # styles only heldout3 and tuned6 ask for
    if style == "h:mmPM":
        return f"{h12}:{t.minute:02d}{ampm.upper()}"
    if style == "h.mm p.m.":
        return f"{h12}.{t.minute:02d} {ampm[0]}.m."
    if style == "h pm":  # "2pm" on the hour, "2.05pm" otherwise
        return f"{h12}{ampm}" if t.minute == 0 else f"{h12}.{t.minute:02d}{ampm}"
    if style == "HH:MM hours":
        return f"{t.hour:02d}:{t.minute:02d} hours"
    if style == "approx. h:mm":
        return f"approx. {h12}:{t.minute:02d}{ampm}"
    if style == "HHMMhrs":
        return f"{t.hour:02d}{t.minute:02d}hrs"
    if style == "H:MM":
        return f"{t.hour}:{t.minute:02d}"
    if style == "about HH.MM":
        return f"about {t.hour:02d}.{t.minute:02d}"
    # styles only heldout4 and tuned7 ask for: a span of time, its start being when it happened
    end = (dt.datetime.combine(dt.date(2000, 1, 1), t) + dt.timedelta(minutes=30)).time()
    e12, eampm = end.hour % 12 or 12, "am" if end.hour < 12 else "pm"
    if style == "between HH:MM and HH:MM":
        return f"between {t.hour:02d}:{t.minute:02d} and {end.hour:02d}:{end.minute:02d}"
    if style == "h.mmpm-h.mmpm":
        return f"{h12}.{t.minute:02d}{ampm}-{e12}.{end.minute:02d}{eampm}"
    if style == "from h:mmpm to h:mmpm":
        return f"from {h12}:{t.minute:02d}{ampm} to about {e12}:{end.minute:02d}{eampm}"
    if style == "HHMM (approx)":
        return f"{t.hour:02d}{t.minute:02d} (approx)"
    if style == "h.mm in the morning":
        return f"{h12}.{t.minute:02d} in the {'morning' if t.hour < 12 else 'afternoon' if t.hour < 18 else 'evening'}"
    # styles only heldout5 and tuned8 ask for: times as people guess them
    if style == "around HH:MM":
        return f"around {t.hour:02d}:{t.minute:02d}"
    if style == "approx h pm":  # "approx 2pm" on the hour, "approx 2.05pm" otherwise
        return f"approx {h12}{ampm}" if t.minute == 0 else f"approx {h12}.{t.minute:02d}{ampm}"
    if style == "HH:MM (approx)":
        return f"{t.hour:02d}:{t.minute:02d} (approx)"
    if style == "c. HH:MM":
        return f"c. {t.hour:02d}:{t.minute:02d}"
    if style == "roughly h:mmpm":
        return f"roughly {h12}:{t.minute:02d}{ampm}"
    if style == "HH.MMhrs":
        return f"{t.hour:02d}.{t.minute:02d}hrs"
    if style == "h.mm pm approx":
        return f"{h12}.{t.minute:02d} {ampm} approx"
    if style == "HH:MM (24hr)":
        return f"{t.hour:02d}:{t.minute:02d} (24hr)"
    if style == "HHMMhrs (roughly)":
        return f"{t.hour:02d}{t.minute:02d}hrs (roughly)"
    # styles only heldout6 and tuned9 ask for
    if style == "h:mm p.m.":
        return f"{h12}:{t.minute:02d} {ampm[0]}.m."
    if style == "HH:MM:SS":
        return f"{t.hour:02d}:{t.minute:02d}:00"
    if style == "h.mmPM":
        return f"{h12}.{t.minute:02d}{ampm.upper()}"
    if style == "HH:MM approx.":
        return f"{t.hour:02d}:{t.minute:02d} approx."
    if style == "HH.MM (24h)":
        return f"{t.hour:02d}.{t.minute:02d} (24h)"
    if style == "h:mm o'clock":
        return f"{h12}:{t.minute:02d} {'in the morning' if t.hour < 12 else 'pm'}"
    if style == "HHMM (24 hour clock)":
        return f"{t.hour:02d}{t.minute:02d} (24 hour clock)"
    if style == "just after h.mm":
        return f"{h12}.{t.minute:02d}{ampm} or just after"
    # styles only heldout7 and tuned10 ask for
    if style == "HH:MM hrs":
        return f"{t.hour:02d}:{t.minute:02d} hrs"
    if style == "hh:mm pm":
        return f"{h12:02d}:{t.minute:02d} {ampm}"
    if style == "h.mm pm (HH:MM)":
        return f"{h12}.{t.minute:02d}pm ({t.hour:02d}:{t.minute:02d})".replace("pm", ampm, 1)
    # styles only heldout8 and tuned11 ask for
    if style == "h:mm PM":
        return f"{h12}:{t.minute:02d} {ampm.upper()}"
    if style == "quarter past":  # said as people say it on the hour and the quarters, else "2.05pm"
        words = {0: "{h} o'clock", 15: "quarter past {h}", 30: "half past {h}", 45: "quarter to {h1}"}
        if t.minute in words:
            part = "in the morning" if t.hour < 12 else "in the afternoon" if t.hour < 18 else "at night"
            return words[t.minute].format(h=h12, h1=(h12 % 12) + 1) + " " + part
        return f"{h12}.{t.minute:02d}{ampm}"
    if style == "HH:MM GMT":
        return f"{t.hour:02d}:{t.minute:02d} GMT"
    if style == "HHMM hours":
        return f"{t.hour:02d}{t.minute:02d} hours"
    # styles only heldout16 and tuned19 ask for: a semicolon for the colon, a full stop after the time
    if style == "HH;MM":
        return f"{t.hour:02d};{t.minute:02d}"
    if style == "HH.MM.":
        return f"{t.hour:02d}.{t.minute:02d}."
    raise ValueError(style)


class Value:
    """One filled-in answer: its text as typed, and what it means (a date, a yes/no) for cells and checkboxes."""

    def __init__(self, text, kind="text", date=None, flag=None):
        self.text, self.kind, self.date, self.flag = text, kind, date, flag


class Styles:
    """Chooses value styles from the part's own random stream, cycling so every style appears."""

    def __init__(self, rng, overrides=None):
        self.rng = rng
        self.counters = {}
        o = overrides or {}
        self.yes, self.no = o.get("yes", YES), o.get("no", NO)
        self.dates, self.times = o.get("dates", DATE_STYLES), o.get("times", TIME_STYLES)
        self.joiners = o.get("joiners", JOINERS)
        self.blanks = o.get("blanks", BLANKS)  # a part's own (heldout4, tuned7: "as above", "see attached")

    def _next(self, name, options):
        i = self.counters.get(name, self.rng.randrange(len(options)))
        self.counters[name] = i + 1
        return options[i % len(options)]

    def date(self, d, two_digit_ok=True):
        style = self._next("date", self.dates)
        if not two_digit_ok and style in ("dd-mm-yy", "dd.mm.yy", "d/m/yy", "d.m.yy", "dd/mm/yy", "d Mon yy", "dd-MON-yy",
                                         "dth Mon 'yy", "dd Mon yy", "d-m-yy"):
            style = "dd/mm/yyyy"
        return Value(date_text(d, style), "date", date=d)

    def time(self, t):
        return time_text(t, self._next("time", self.times))

    def date_time(self, when):
        d = date_text(when.date(), self._next("date", self.dates))
        return self._next("joiner", self.joiners).format(d=d, t=self.time(when.time()))

    def yes_no(self, flag):
        return Value(self._next("yes", self.yes) if flag else self._next("no", self.no), "yn", flag=flag)

    def blank(self):
        return Value(self._next("blank", self.blanks), "blank")

    @staticmethod
    def impossible_date(d):
        """A date that does not exist, written the way the rest of the form writes dates."""
        return Value(f"31/{11 if d.month != 11 else 4}/{d.year}" if d.day % 2 else f"30/02/{d.year}", "text")
