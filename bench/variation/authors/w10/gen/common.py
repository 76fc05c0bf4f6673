import datetime as dt, json, os

OUT = "/work/notes/w70/forms-w10"
FORMS = []  # list of key dicts
HTML_JOBS = []  # (htmlname, fmt)

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(s):
    return dt.date.fromisoformat(s)


def fd(iso, style):
    if not iso:
        return ""
    d = D(iso)
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "short":  # 4-Dec-26
        return f"{d.day}-{MON[d.month-1]}-{d.strftime('%y')}"
    if style == "day":  # Fri 4 Dec
        return f"{DAY[d.weekday()]} {d.day} {MON[d.month-1]}"
    if style == "long":
        return f"{d.day} {MONL[d.month-1]} {d.year}"
    if style == "longny":
        return f"{d.day} {MONL[d.month-1]}"
    if style == "dot":
        return d.strftime("%d.%m.%y")
    raise ValueError(style)


def yn_cb(v, yes="Yes", no="No"):
    return (f"☒ {yes} ☐ {no}" if v == "yes" else f"☐ {yes} ☒ {no}")


def yn_radio(v):
    return "● Yes ○ No" if v == "yes" else "○ Yes ● No"


def yn_strike(v):
    return "<b>Yes</b> / <s>No</s>" if v == "yes" else "<s>Yes</s> / <b>No</b>"


CSS = """<style>
body { font-family: Arial, sans-serif; font-size: 10pt; }
td, th { font-family: Arial, sans-serif; font-size: 10pt; vertical-align: top; }
h1 { font-size: 14pt; } h2 { font-size: 12pt; }
.g { font-style: italic; color: #555555; font-size: 8pt; }
.foot { font-size: 7pt; color: #666666; }
</style>"""


def page(title, inner, landscape=False):
    lp = "<style>@page { size: 29.7cm 21cm; margin: 1.5cm; }</style>" if landscape else \
        "<style>@page { size: 21cm 29.7cm; margin: 2cm; }</style>"
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title>{CSS}{lp}</head><body>\n{inner}\n</body></html>\n"


def add(key, html=None, fmt=None):
    """key: dict; html: string of html doc; fmt: docx|pdf"""
    if html is not None:
        name = key["id"]
        with open(f"{OUT}/html/{name}.html", "w", encoding="utf-8") as f:
            f.write(html)
        key["attachment"] = f"docs/{name}.{fmt}"
        HTML_JOBS.append((name, fmt))
    else:
        key["attachment"] = None
    FORMS.append(key)


def write_all():
    with open(f"{OUT}/forms.jsonl", "w", encoding="utf-8") as f:
        for k in FORMS:
            order = ["id", "form", "expect", "missing", "from", "subject", "body", "attachment", "values"]
            f.write(json.dumps({o: k.get(o) for o in order}, ensure_ascii=False) + "\n")
    with open(f"{OUT}/gen/jobs.txt", "w") as f:
        for n, fm in HTML_JOBS:
            f.write(f"{n} {fm}\n")
