#!/usr/bin/env python3
"""Writes the variation corpus: realistic mails for every form, documents made by LibreOffice.

    python3 bench/variation/generate.py heldout      # the held-out part (its own seed and wordings)
    python3 bench/variation/generate.py tuned        # the tuned part
    python3 bench/variation/generate.py heldout2     # the second held-out part (another author, seed and wordings)
    python3 bench/variation/generate.py tuned2       # a second tuned part (issue 14 generalisation work)
    python3 bench/variation/generate.py tuned3       # a third tuned part (issue 14 second round: numbered questions, tick boxes)
    python3 bench/variation/generate.py tuned4       # a fourth tuned part (labels in a row above values, messy spreadsheets)
    python3 bench/variation/generate.py tuned5       # a fifth tuned part (questions sharing few words with usual labels, weak layouts)
    python3 bench/variation/generate.py heldout3     # a third held-out part (sections, guidance notes, tick lists)
    python3 bench/variation/generate.py tuned6       # a sixth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout4     # a fourth held-out part (markings, spacer rows, a second table)
    python3 bench/variation/generate.py tuned7       # a seventh tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout5     # a fifth held-out part (informal bodies, quoted threads, pages)
    python3 bench/variation/generate.py tuned8       # an eighth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout6     # a sixth held-out part (case-system exports, forwards, inline replies)
    python3 bench/variation/generate.py tuned9       # a ninth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout7     # a seventh held-out part (content controls, bands, split mails)
    python3 bench/variation/generate.py tuned10      # a tenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout8     # an eighth held-out part (paper leaders, tracked changes, Welsh-only)
    python3 bench/variation/generate.py tuned11      # an eleventh tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout9     # a ninth held-out part (long forms, legacy Word and Excel, providers' sheets)
    python3 bench/variation/generate.py tuned12      # a twelfth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout10    # a tenth held-out part (shared-inbox mail: forwards, pasted tables, coloured answers)
    python3 bench/variation/generate.py tuned13      # a thirteenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout11    # an eleventh held-out part (hurried typing, struck and symbol-font boxes, drafts, resends)
    python3 bench/variation/generate.py tuned14      # a fourteenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout12    # a twelfth held-out part (Outlook HTML, Excel pastes, Word printed to PDF, bullets)
    python3 bench/variation/generate.py tuned15      # a fifteenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout13    # a thirteenth held-out part (council templates, split fields, typed and quoted bodies, void logs)
    python3 bench/variation/generate.py tuned16      # a sixteenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout14    # a fourteenth held-out part (forwarded .eml, nested tables, text boxes, browser PDFs, phones, units)
    python3 bench/variation/generate.py tuned17      # a seventeenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout15    # a fifteenth held-out part (form response exports, labels across, generic labels, reply chains, RTF)
    python3 bench/variation/generate.py tuned18      # an eighteenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout16    # a sixteenth held-out part (mail clients' encodings and wrapping, several attachments)
    python3 bench/variation/generate.py tuned19      # a nineteenth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout18    # an eighteenth held-out part (case-system prints, managers' letters, police grids, night logs, thread replies)
    python3 bench/variation/generate.py tuned21      # a twenty-first tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout19    # a nineteenth held-out part (council templates, forwards, prose intelligence, incident books, providers' void workbooks)
    python3 bench/variation/generate.py tuned22      # a twenty-second tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout20    # a twentieth held-out part (referrals and risk concerns in councils' own templates: vertical, 4-column, numbered paragraphs, content controls, tick rows, fillable PDF, letters)
    python3 bench/variation/generate.py tuned23      # a twenty-third tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout21    # a twenty-first held-out part (boxes, merged answer cells, coloured inline answers, case-system prints, page-header details, two-sheet Excel forms, spacer tables, replies above the blank template)
    python3 bench/variation/generate.py tuned24      # a twenty-fourth tuned part (the same kinds of layout, its own wordings)
    python3 bench/variation/generate.py heldout23    # a twenty-third held-out part (check-box glyphs in boxes, answers over underscores, running page heads, RTF case notes, Word pasted into Outlook, iPhone forwards, void day grids, ODS sheets)
    python3 bench/variation/generate.py tuned26      # a twenty-sixth tuned part (the same kinds of layout, its own wordings)

Each part goes to src/test/resources/variation/<part>/: mail/*.eml, docs/* (the attachments as LibreOffice
wrote them) and manifest.tsv (one line per mail: what the hub must make of it). Needs python3 (stdlib only)
and soffice (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui). Same seed, same content; the
binary files differ only in the timestamps LibreOffice writes into them.
"""
import datetime as dt
import email.policy
import hashlib
import html
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import forms  # noqa: E402
from values import Value, date_text, time_text  # noqa: E402
import people  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PER_FORM = {"heldout": 16, "tuned": 40, "heldout2": 16, "tuned2": 24, "tuned3": 24, "tuned4": 24, "tuned5": 24,
            "heldout3": 16, "tuned6": 24, "heldout4": 16, "tuned7": 24, "heldout5": 16, "tuned8": 24,
            "heldout6": 16, "tuned9": 24, "heldout7": 16, "tuned10": 24, "heldout8": 16, "tuned11": 24,
            "heldout9": 16, "tuned12": 24, "heldout10": 16, "tuned13": 24, "heldout11": 16, "tuned14": 24,
            "heldout12": 16, "tuned15": 24, "heldout13": 16, "tuned16": 24,
            "heldout14": 16, "tuned17": 24, "heldout15": 16, "tuned18": 24, "heldout16": 16, "tuned19": 24,
            "heldout17": 16, "tuned20": 20, "heldout18": 16, "tuned21": 24,
            "heldout19": 14, "tuned22": 16, "heldout20": 8, "tuned23": 8, "heldout21": 6, "tuned24": 6,
            "heldout22": 6, "tuned25": 6, "heldout23": 6, "tuned26": 6}
# a part whose form types are not equal in number (heldout17, tuned20: more referrals); the older parts have none
PER_TYPE = {"heldout17": {"referral": 24}, "tuned20": {"referral": 32},
            "heldout18": {"referral": 24, "risk-concern": 20, "safeguarding-incident": 20, "mash-referral": 12,
                          "void-return": 12},
            "tuned21": {"referral": 28, "intelligence-submission": 20, "mash-referral": 16, "void-return": 12},
            "heldout19": {"referral": 28, "void-return": 24, "intelligence-submission": 18, "risk-concern": 12,
                          "mash-referral": 10},
            "tuned22": {"referral": 32, "void-return": 28, "intelligence-submission": 20, "risk-concern": 14,
                        "mash-referral": 12},
            "heldout20": {"referral": 30, "risk-concern": 10, "mash-referral": 10, "intelligence-submission": 10},
            "tuned23": {"referral": 34, "risk-concern": 12, "mash-referral": 10, "intelligence-submission": 10},
            "heldout21": {"referral": 22, "intelligence-submission": 10, "void-return": 12, "safeguarding-incident": 7,
                          "mash-referral": 5},
            "tuned24": {"referral": 22, "intelligence-submission": 10, "void-return": 12, "safeguarding-incident": 7,
                        "mash-referral": 5},
            "heldout22": {"referral": 24, "intelligence-submission": 10, "void-return": 12, "safeguarding-incident": 7,
                          "mash-referral": 5},
            "tuned25": {"referral": 24, "intelligence-submission": 10, "void-return": 12, "safeguarding-incident": 7,
                        "mash-referral": 5},
            "heldout23": {"referral": 24, "intelligence-submission": 10, "void-return": 12, "safeguarding-incident": 7,
                          "mash-referral": 5},
            "tuned26": {"referral": 24, "intelligence-submission": 10, "void-return": 12, "safeguarding-incident": 7,
                        "mash-referral": 5}}
# how many of a form type's invalid sevenths are made invalid, and how many urgent intelligence submissions, where a
# part's counts are not the older rule's (heldout17, tuned20)
INVALID_CAP = {"heldout17": {"referral": 2}, "tuned20": {"referral": 3}, "heldout18": {"referral": 2}}
URGENT_COUNT = {"tuned20": 10, "tuned21": 10, "heldout19": 6, "tuned22": 8, "heldout20": 3, "tuned23": 3, "heldout21": 3, "tuned24": 3,
                "heldout22": 3, "tuned25": 3, "heldout23": 3, "tuned26": 3}
OTHER = {"heldout": 4, "tuned": 6, "heldout2": 6, "tuned2": 4, "tuned3": 4, "tuned4": 4, "tuned5": 4, "heldout3": 6,
         "tuned6": 4, "heldout4": 6, "tuned7": 4, "heldout5": 6, "tuned8": 4, "heldout6": 6, "tuned9": 4,
         "heldout7": 6, "tuned10": 4, "heldout8": 6, "tuned11": 4, "heldout9": 6, "tuned12": 4,
         "heldout10": 6, "tuned13": 4, "heldout11": 6, "tuned14": 4,
         "heldout12": 6, "tuned15": 4, "heldout13": 6, "tuned16": 4, "heldout14": 6, "tuned17": 4, "heldout15": 6, "tuned18": 4, "heldout16": 6, "tuned19": 4,
         "heldout17": 6, "tuned20": 4, "heldout18": 6, "tuned21": 4, "heldout19": 6, "tuned22": 6, "heldout20": 4, "tuned23": 4, "heldout21": 4, "tuned24": 4, "heldout22": 4, "tuned25": 4, "heldout23": 4, "tuned26": 4}
NOTICES = {"heldout": 4, "tuned": 8, "heldout2": 4, "tuned2": 4, "tuned3": 4, "tuned4": 4, "tuned5": 4, "heldout3": 4,
           "tuned6": 4, "heldout4": 4, "tuned7": 4, "heldout5": 4, "tuned8": 4, "heldout6": 4,
           "tuned9": 4, "heldout7": 4, "tuned10": 4, "heldout8": 4, "tuned11": 4, "heldout9": 4, "tuned12": 4,
           "heldout10": 4, "tuned13": 4, "heldout11": 4, "tuned14": 4,
           "heldout12": 4, "tuned15": 4, "heldout13": 4, "tuned16": 4, "heldout14": 4, "tuned17": 4, "heldout15": 4, "tuned18": 4, "heldout16": 4, "tuned19": 4,
           "heldout17": 8, "tuned20": 8, "heldout18": 8, "tuned21": 8, "heldout19": 8, "tuned22": 8, "heldout20": 4, "tuned23": 4, "heldout21": 2, "tuned24": 2, "heldout22": 2, "tuned25": 2, "heldout23": 2, "tuned26": 2}
PREFIX = {"heldout": "h", "tuned": "t", "heldout2": "h2", "tuned2": "t2", "tuned3": "t3", "tuned4": "t4", "tuned5": "t5",
          "heldout3": "h3", "tuned6": "t6", "heldout4": "h4", "tuned7": "t7",
          "heldout5": "h5", "tuned8": "t8", "heldout6": "h6", "tuned9": "t9",
          "heldout7": "h7", "tuned10": "t10", "heldout8": "h8", "tuned11": "t11",
          "heldout9": "h9", "tuned12": "t12", "heldout10": "h10", "tuned13": "t13", "heldout11": "h11", "tuned14": "t14",
          "heldout12": "h12", "tuned15": "t15", "heldout13": "h13", "tuned16": "t16", "heldout14": "h14", "tuned17": "t17",
          "heldout15": "h15", "tuned18": "t18", "heldout16": "h16", "tuned19": "t19",
          "heldout17": "h17", "tuned20": "t20", "heldout18": "h18", "tuned21": "t21",
          "heldout19": "h19", "tuned22": "t22", "heldout20": "h20", "tuned23": "t23", "heldout21": "h21", "tuned24": "t24",
          "heldout22": "h22", "tuned25": "t25", "heldout23": "h23", "tuned26": "t26"}  # file names: h-ref-001.eml, t2-ref-001.eml
FORMS = ["void-return", "referral", "risk-concern", "safeguarding-incident", "intelligence-submission", "mash-referral"]
INVALID_KINDS = {"void-return": ["rule", "not-monday"], "referral": ["missing", "impossible-date", "rule"],
                 "risk-concern": ["missing"], "safeguarding-incident": ["missing", "impossible-date"],
                 "intelligence-submission": ["missing"], "mash-referral": ["impossible-date", "rule"]}
WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TYPES = {"docx": WORD_TYPE, "pdf": "application/pdf", "csv": "text/csv",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xls": "application/vnd.ms-excel",
         "odt": "application/vnd.oasis.opendocument.text",
         "ods": "application/vnd.oasis.opendocument.spreadsheet", "doc": "application/msword", "rtf": "application/rtf"}


def esc(s):
    return html.escape(s, quote=True)


def signed(m):
    """The sender's name and, where the part's wordings give one, the signature lines under it."""
    out = m["sender_name"] + ("\n" + m["footer"] if m.get("footer") else "")
    # a disclaimer and an earlier mail quoted under the signature (heldout5, tuned8); the older parts have neither
    if m.get("disclaimer"):
        out += "\n\n" + m["disclaimer"]
    if m.get("thread"):
        out += "\n\n" + m["thread"]
    return out


def esc_lines(s):
    return esc(s).replace("\n", "<br>")


# a value of several paragraphs (heldout3, tuned6) keeps its line breaks; a one-line value is written as before
cell = esc_lines
NOTE = "\u00b6"  # a guidance paragraph under a heading (a part's GUIDANCE); the older parts have none


def note(text, colspan=0):
    if colspan:
        return f'<tr><td colspan="{colspan}"><i>{esc_lines(text)}</i></td></tr>'
    return f"<p><i>{esc_lines(text)}</i></p>"


# -- documents as HTML (Writer) ---------------------------------------------------------------------------------
def page(title, inner, font="Liberation Sans"):
    return (f'<html><head><meta charset="utf-8"><title>{esc(title)}</title></head>'
            f'<body style="font-family:{font};font-size:10pt"><p><b>{esc(title)}</b></p>{inner}</body></html>')


def split_label(label):
    words = label.split(" ")
    if len(words) < 2:
        return esc(label)
    cut = (len(words) + 1) // 2
    return esc(" ".join(words[:cut])) + "<br>" + esc(" ".join(words[cut:]))


def joined(label, value):
    if label.endswith(("?", ":")):
        return f"{label} {value}"
    return f"{label.rstrip(' *')}: {value}"


def table_2col(fields, wrapped=False):
    rows = []
    for label, v in fields:
        if label == "\u00a7":
            rows.append(f'<tr><td colspan="2" bgcolor="#d9d9d9"><b>{esc(v.text)}</b></td></tr>')
        elif label == NOTE:
            rows.append(note(v.text, 2))
        else:
            lab = split_label(label) if wrapped else esc(label)
            rows.append(f'<tr><td width="40%">{lab}</td><td>{cell(v.text)}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def table_hinted(fields):
    """Labels with the form's guidance for the answer in the label's own cell, under the label (heldout5, tuned8)."""
    rows = []
    for label, v in fields:
        if label == "\u00a7":
            rows.append(f'<tr><td colspan="2" bgcolor="#d9d9d9"><b>{esc(v.text)}</b></td></tr>')
        elif label == NOTE:
            rows.append(note(v.text, 2))
        else:
            hint = getattr(v, "hint", None)
            lab = esc(label) + (f'<br><font size="1"><i>{esc(hint)}</i></font>' if hint else "")
            rows.append(f'<tr><td width="45%">{lab}</td><td>{cell(v.text) or "&nbsp;"}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def paged(m, rng):
    """A form over two or three pages, each page opening with the form's running header (heldout5, tuned8)."""
    w, fields = m["wordings"], m["fields"]
    pages = rng.choice([2, 3]) if len(fields) > 14 else 2
    per = -(-len(fields) // pages)
    header = rng.choice(w.PAGE_HEADERS)
    out = []
    for n in range(pages):
        chunk = fields[n * per:(n + 1) * per]
        if not chunk:
            pages = n
            break
        out.append(chunk)
    parts = []
    for n, chunk in enumerate(out, 1):
        top = esc(header.format(title=m["title"], n=n, total=len(out)))
        brk = ' style="page-break-before: always"' if n > 1 else ""
        parts.append(f'<p{brk}><font size="1">{top}</font></p>' + table_2col(chunk))
    return "".join(parts)


def table_4col(fields):
    rows, pair = [], []

    def flush():
        if pair:
            cells = "".join(f"<td>{esc(label)}</td><td>{esc(v.text)}</td>" for label, v in pair)
            rows.append(f"<tr>{cells}{'<td></td><td></td>' if len(pair) == 1 else ''}</tr>")
            pair.clear()
    for label, v in fields:
        if label == "\u00a7":
            flush()
            rows.append(f'<tr><td colspan="4"><b>{esc(v.text)}</b></td></tr>')
        elif label == NOTE:
            flush()
            rows.append(note(v.text, 4))
        elif len(v.text) > 60:
            flush()
            rows.append(f'<tr><td>{esc(label)}</td><td colspan="3">{cell(v.text)}</td></tr>')
        else:
            pair.append((label, v))
            if len(pair) == 2:
                flush()
    flush()
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def table_cells(fields, rng):
    rows, pending = [], []
    two = rng.random() < 0.5
    for label, v in fields:
        if label == "\u00a7":
            rows.append(f"<tr><td colspan=\"{2 if two else 1}\"><b>{esc(v.text)}</b></td></tr>")
            continue
        if label == NOTE:
            if pending:
                rows.append("<tr>" + "".join(pending) + "<td></td></tr>")
                pending = []
            rows.append(note(v.text, 2 if two else 1))
            continue
        pending.append(f"<td>{cell(joined(label, v.text))}</td>")
        if not two or len(pending) == 2:
            rows.append("<tr>" + "".join(pending) + "</tr>")
            pending = []
    if pending:
        rows.append("<tr>" + "".join(pending) + "<td></td></tr>")
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def table_rows(fields, rng):
    """Labels in one row and their values in the row below, a few fields to a table (tuned4)."""
    per = rng.choice([2, 3, 4])
    out, group = [], []

    def flush():
        if group:
            heads = "".join(f"<td><b>{esc(label)}</b></td>" for label, _ in group)
            vals = "".join(f"<td>{cell(v.text) or '&nbsp;'}</td>" for _, v in group)
            out.append(f'<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr>{heads}</tr><tr>{vals}</tr></table>'
                       "<p></p>")
            group.clear()
    for label, v in fields:
        if label == "\u00a7":
            flush()
            out.append(f"<p><b>{esc(v.text)}</b></p>")
        elif label == NOTE:
            flush()
            out.append(note(v.text))
        elif len(v.text) > 60:
            flush()
            group.append((label, v))
            flush()
        else:
            group.append((label, v))
            if len(group) == per:
                flush()
    flush()
    return "".join(out)



def heading_or_note_row(label, v, cols):
    """A table row across all columns for a section heading or a note between fields; None for a field."""
    if label == "\u00a7":
        return f'<tr><td colspan="{cols}" bgcolor="#d9d9d9"><b>{esc(v.text)}</b></td></tr>'
    if label == NOTE:
        return note(v.text, cols)
    return None

def table_question_response(fields, w, rng):
    """A table with a header row ("Question | Response"), sometimes a number column (heldout3, tuned6)."""
    head = rng.choice(w.TABLE_HEADERS)
    numbered = rng.random() < 0.4
    n, rows = 0, []
    cols = 3 if numbered else 2
    rows.append("<tr>" + ("<td><b>No.</b></td>" if numbered else "") +
                "".join(f"<td><b>{esc(h)}</b></td>" for h in head) + "</tr>")
    for label, v in fields:
        between = heading_or_note_row(label, v, cols)
        if between:
            rows.append(between)
        else:
            n += 1
            rows.append("<tr>" + (f"<td>{n}</td>" if numbered else "") +
                        f'<td width="45%">{esc(label)}</td><td>{cell(v.text) or "&nbsp;"}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def questions(fields):
    out = []
    for label, v in fields:
        if label == "\u00a7":
            out.append(f"<h3>{esc(v.text)}</h3>")
        elif label == NOTE:
            out.append(note(v.text))
        else:
            out.append(f"<p><b>{esc(label)}</b></p><p>{cell(v.text) or '&nbsp;'}</p>")
    return "".join(out)


def field_name(label, rng):
    plain = "".join(c for c in label if c.isalnum() or c in " /()'-").strip()
    if rng.random() < 0.3:
        words = ["".join(c for c in w if c.isalnum()) for w in plain.replace("/", " ").split()]
        return "".join(w[:1].upper() + w[1:] for w in words)[:40] or "Field"
    return plain


def form_controls(fields, rng):
    rows, used = [], set()
    for label, v in fields:
        if label == "\u00a7":
            rows.append(f'<tr><td colspan="2"><b>{esc(v.text)}</b></td></tr>')
            continue
        if label == NOTE:
            rows.append(note(v.text, 2))
            continue
        name = field_name(label, rng)
        while name in used:
            name += "_2"
        used.add(name)
        if v.kind == "yn" and rng.random() < 0.6:
            box = f'<input type="checkbox" name="{esc(name)}"{" checked" if v.flag else ""}>'
            rows.append(f"<tr><td>{esc(label)}</td><td>{box}</td></tr>")
        elif len(v.text) > 50:
            rows.append(f'<tr><td>{esc(label)}</td><td><textarea name="{esc(name)}" rows="3" cols="50">'
                        f"{esc(v.text)}</textarea></td></tr>")
        else:
            rows.append(f'<tr><td>{esc(label)}</td><td><input type="text" name="{esc(name)}" size="40" '
                        f'value="{esc(v.text)}"></td></tr>')
    return '<form><table border="0" cellpadding="2" width="100%">' + "".join(rows) + "</table></form>"


def table_additional(fields, w, rng):
    """Labels in a left column, and the answers of many words moved to a second table headed "Additional
    information" (or the part's own words for it), as forms with a continuation table have them (heldout4, tuned7)."""
    short, long_ = [], []
    for label, v in fields:
        if label not in ("\u00a7", NOTE) and (len(v.text) > 45 or "\n" in v.text):
            long_.append((label, v))
        else:
            short.append((label, v))
    head = rng.choice(w.ADDITIONAL_HEADINGS)
    second = table_2col(long_)
    if rng.random() < 0.5:
        second = second.replace('width="100%">', 'width="100%">'
                                f'<tr><td colspan="2" bgcolor="#d9d9d9"><b>{esc(head)}</b></td></tr>', 1)
    else:
        second = f"<p><b>{esc(head)}</b></p>" + second
    return table_2col(short) + "<p></p>" + second


def spacer_rows(markup, w, rng):
    """Empty rows between a table's rows, as forms spaced out in Word have them (SPACER_ROWS in heldout4, tuned7)."""
    out = []
    for row in markup.split("</tr>"):
        out.append(row)
        cells = row.count("<td")
        if cells and rng.random() < w.SPACER_ROWS:
            out.append("</tr><tr>" + "<td>&nbsp;</td>" * cells)
    return "</tr>".join(out)


def document_html(m, rng):
    w = m["wordings"]
    markup = document_inner(m, rng)
    if getattr(w, "SPACER_ROWS", 0) and "<tr" in markup:
        markup = spacer_rows(markup, w, rng)
    if hasattr(w, "MARKINGS") and rng.random() < getattr(w, "MARKING_CHANCE", 0.5):
        # a protective marking over and under the form, and a page footer (heldout4, tuned7)
        top, foot = rng.choice(w.MARKINGS)
        markup = re.sub(r'(<body[^>]*>)', lambda g: g.group(1) + f'<p align="center"><b>{esc(top)}</b></p>', markup,
                        count=1)
        markup = markup.replace("</body>", f'<p align="center"><font size="1">{esc_lines(foot)}</font></p></body>', 1)
    return markup


def document_inner(m, rng):
    layout, fields = m["layout"], m["fields"]
    if layout == "docx-2col":
        inner = table_2col(fields)
    elif layout in ("docx-hinted", "pdf-hinted"):
        inner = table_hinted(fields)
    elif layout == "pdf-pages":
        inner = paged(m, rng)
    elif layout == "docx-4col":
        inner = table_4col(fields)
    elif layout == "docx-cell":
        inner = table_cells(fields, rng)
    elif layout == "docx-wrapped":
        inner = table_2col(fields, wrapped=True)
    elif layout == "docx-questions":
        inner = questions(fields)
    elif layout == "docx-rows":
        inner = table_rows(fields, rng)
    elif layout in ("docx-qtable", "pdf-qtable"):
        inner = table_question_response(fields, m["wordings"], rng)
    elif layout == "pdf-text":
        inner = rng.choice([table_2col, table_4col, questions])(fields)
    elif layout == "pdf-form":
        inner = form_controls(fields, rng)
    elif layout in ("docx-addinfo", "pdf-addinfo"):
        inner = table_additional(fields, m["wordings"], rng)
    elif layout in ("docx-bilingual", "pdf-bilingual"):
        inner = table_bilingual(fields, m["wordings"], rng)
    elif layout in ("docx-ticks", "pdf-ticks"):
        inner = table_ticks(fields, m["wordings"], rng)
    elif layout in ("docx-void", "pdf-void", "doc-void"):
        inner = void_table_html(m, rng)
    elif layout in ("docx-controls", "pdf-controls", "odt-controls"):
        inner = table_controls(fields, m["wordings"], rng)
    elif layout in ("docx-bands", "pdf-bands", "odt-bands"):
        inner = table_bands(fields, rng)
    elif layout in ("docx-4wide", "pdf-4wide", "odt-4wide"):
        inner = table_4wide(fields)
    elif layout in ("docx-split", "pdf-split", "odt-2col"):
        inner = rng.choice([table_2col, table_4wide])(fields)
    elif layout in ("docx-dotted", "pdf-dotted", "odt-dotted"):
        inner = leaders(fields, m["wordings"], rng)
    elif layout in ("docx-qa", "pdf-qa"):
        inner = qa_html(fields, m["wordings"], rng)
    elif layout in ("docx-continued", "pdf-continued"):
        inner = continued(fields, m["wordings"], rng, m["title"])
    elif layout.endswith("-long"):
        inner = long_form(m, rng)
    elif layout in ("docx-colour", "pdf-colour"):
        inner = coloured(fields, m["wordings"], rng)
    elif layout.endswith(("-twofiles", "-plain2")):
        inner = rng.choice([table_2col, table_4wide])(fields)
    elif layout in ("docx-struck", "odt-struck"):
        inner = table_struck(fields, m["wordings"], rng)
    elif layout in ("docx-wingdings", "pdf-wingdings"):
        inner = table_wingdings(fields, m["wordings"], rng)
    elif layout in ("docx-sections", "pdf-sections"):
        inner = table_sections(fields, m["wordings"], rng, caps=rng.random() < m["wordings"].CAPS_CHANCE)
    elif layout in ("docx-twice", "pdf-twice"):
        inner = table_2col(fields)
    elif layout == "docx-bullets":
        inner = table_bullets(fields, m["wordings"], rng)
    elif layout in ("docx-cymraeg", "pdf-cymraeg"):
        inner = table_cymraeg(fields, m["wordings"], rng)
        titles = m["wordings"].CYMRAEG_TITLES
        return page(titles.get(f"{m['form']}-{m['variant']}", titles.get(m["form"])), inner)
    else:
        raise ValueError(layout)
    if hasattr(m["wordings"], "INSTRUCTIONS") or hasattr(m["wordings"], "OFFICE_USE"):
        inner = document_extras(m, rng, inner)
    return page(m["title"], inner)


# -- bodies ---------------------------------------------------------------------------------------------------
def body_lines(m, rng):
    sep = rng.choice([": ", " - ", ":  ", " : ", ": "])
    if m["layout"] == "body-bullets":
        bullet = rng.choice(["\u2022 ", "- ", "* ", "\u2022\t"])
    out = [m["intro"], "", m["title"], ""]
    for label, v in m["fields"]:
        if label == "\u00a7":
            out += ["", v.text.upper() if rng.random() < 0.5 else v.text]
        elif label == NOTE:
            out += [v.text, ""]
        elif m["layout"] == "body-lines":
            out += [label, v.text, ""]
        elif m["layout"] == "body-bullets":
            out.append(f"{bullet}{label.rstrip(' *:')} \u2013 {v.text}")
        elif len(label) > 30 and " " in label and rng.random() < 0.25:
            # a long label wrapped where the form's line ended, pasted as it was
            cut = label.rfind(" ", 0, len(label) // 2 + 4)
            cut = cut if cut > 0 else label.find(" ")
            out += [label[:cut], f"{label[cut + 1:].rstrip(' *')}{'' if label.endswith(('?', ':')) else sep.rstrip()} {v.text}"]
        elif label.endswith(("?", ":")):
            out.append(f"{label} {v.text}")
        else:
            out.append(f"{label.rstrip(' *')}{sep}{v.text}")
    return "\n".join(out + ["", m["signoff"], signed(m)]) + "\n"


def body_informal(m, rng):
    """The form's answers typed as sentences in the mail ("Name is ..., DOB ..."), a paragraph to a section, with the
    part's phrases for each field (INFORMAL in heldout5 and tuned8); a field without a phrase is "Label: value"."""
    w = m["wordings"]
    out = [m["intro"], ""]
    if rng.random() < 0.5:
        out += [m["title"], ""]
    para = []
    for label, v in m["fields"]:
        if label in ("\u00a7", NOTE):
            if para:
                out += [" ".join(para), ""]
                para = []
            continue
        if v.kind == "blank":
            continue
        phrases = w.INFORMAL.get(getattr(v, "form", ""), {}).get(getattr(v, "key", ""))
        if phrases:
            text = rng.choice(phrases).format(v=v.text)
        else:
            text = f"{label.rstrip(' *:?')}: {v.text}"
        text = text.replace("..", ".").rstrip()
        if not text.endswith((".", "!", "?")):
            text += "."
        if "\n" in v.text or len(para) >= 4:
            if para:
                out += [" ".join(para), ""]
            para = []
        para.append(text)
    if para:
        out += [" ".join(para)]
    return "\n".join(out + ["", m["signoff"], signed(m)]) + "\n"


def body_html(m, rng):
    if rng.random() < 0.5:
        inner = table_2col(m["fields"])
        plain = None
    else:
        inner = "".join(f"<p><b>{esc(v.text)}</b></p>" if label == "\u00a7" else note(v.text) if label == NOTE else
                        f"<p><b>{esc(label)}</b> {cell(v.text)}</p>" for label, v in m["fields"])
        plain = body_lines(dict(m, layout="body-plain"), random.Random(0))
    markup = (f'<html><body><div style="font-family:Calibri,sans-serif"><p>{esc_lines(m["intro"])}</p>'
              f'<p><b>{esc(m["title"])}</b></p>{inner}<p>{esc_lines(m["signoff"])}<br>{esc_lines(signed(m))}</p>'
              f"</div></body></html>")
    return plain, markup


# -- void returns -----------------------------------------------------------------------------------------------
VOID_COLUMNS = ["ref", "locality", "service", "total", "occupied", "vacant", "available", "emergency", "notes"]


def void_cell_text(row, key):
    v = row[key]
    return str(v) if isinstance(v, int) else (v.text if hasattr(v, "text") else v)


def fods(m, rng, titled):
    vd = m["void"]
    h = vd["headers"]
    width = len(VOID_COLUMNS) + (0 if titled else 2)
    date_style = rng.choice(["ce1", "ce3"])

    def s(text, span=1, bold=False):
        style = ' table:style-name="ce2"' if bold else ""
        spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        cov = "<table:covered-table-cell/>" * (span - 1)
        return f'<table:table-cell office:value-type="string"{style}{spanned}><text:p>{esc(text)}</text:p></table:table-cell>{cov}'

    def n(x):
        return f'<table:table-cell office:value-type="float" office:value="{x}"><text:p>{x}</text:p></table:table-cell>'

    def d(value):
        if value.kind == "date" and rng.random() < 0.8:
            return (f'<table:table-cell office:value-type="date" office:date-value="{value.date.isoformat()}" '
                    f'table:style-name="{date_style}"><text:p>{value.date.strftime("%d/%m/%Y")}</text:p></table:table-cell>')
        return s(value.text) if value.text.strip() else "<table:table-cell/>"

    rows = []
    if titled:
        rows.append([s(f"{m['title']} - {vd['provider']}", width, True)])
        rows.append([s(vd["provider_label"]), s(vd["provider"])])
        rows.append([s(vd["week_label"]), d(vd["week"])])
        rows.append([])
        if rng.random() < 0.7:
            rows.append([s("Property", 3, True), s("Units", 3, True), s("Availability", 3, True)])
        rows.append([s(h[k], bold=True) for k in VOID_COLUMNS])
    else:
        rows.append([s(h["provider"], bold=True), s(h["week"], bold=True)] + [s(h[k], bold=True) for k in VOID_COLUMNS])
    for r in vd["rows"]:
        cells = [] if titled else [s(vd["provider"]), d(vd["week"])]
        for k in VOID_COLUMNS:
            if k in ("total", "occupied", "vacant"):
                cells.append(n(r[k]))
            elif k == "available":
                cells.append(d(r[k]))
            else:
                text = void_cell_text(r, k)
                cells.append(s(text) if text.strip() else "<table:table-cell/>")
        rows.append(cells)
    return fods_document(rows, width, rng.choice(['Voids', 'Sheet1', 'Return']), italic_style=False)


def fods_messy(m, rng):
    """A provider's own spreadsheet (tuned4): columns in its own order, extra columns, a merged group header over short
    sub-headers, blank rows, a totals row and a notes row."""
    w = m["wordings"]
    vd = m["void"]
    h = dict(vd["headers"])
    cols = list(VOID_COLUMNS)
    rng.shuffle(cols)
    # the three counts side by side, in the order a provider would put them
    for k in ("total", "occupied", "vacant"):
        cols.remove(k)
    at = rng.randrange(1, len(cols) + 1)
    counts = ["total", "occupied", "vacant"] if rng.random() < 0.6 else ["occupied", "vacant", "total"]
    cols[at:at] = counts
    if rng.random() < 0.6:
        cols.remove("ref")
        cols.insert(0, "ref")
    extras = rng.sample(w.VOID_EXTRA_COLUMNS, rng.choice([1, 2]))
    for e in extras:
        cols.insert(rng.randrange(1, len(cols) + 1), e)
    grouped = rng.random() < 0.6
    if grouped:
        for k in counts:
            h[k] = rng.choice(w.VOID_SUBHEADERS[k])
    width = len(cols)
    date_style = rng.choice(["ce1", "ce3"])

    def s(text, span=1, bold=False):
        style = ' table:style-name="ce2"' if bold else ""
        spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        cov = "<table:covered-table-cell/>" * (span - 1)
        return f'<table:table-cell office:value-type="string"{style}{spanned}><text:p>{esc(text)}</text:p></table:table-cell>{cov}'

    def n(x):
        return f'<table:table-cell office:value-type="float" office:value="{x}"><text:p>{x}</text:p></table:table-cell>'

    def d(value):
        if value.kind == "date" and rng.random() < 0.8:
            return (f'<table:table-cell office:value-type="date" office:date-value="{value.date.isoformat()}" '
                    f'table:style-name="{date_style}"><text:p>{value.date.strftime("%d/%m/%Y")}</text:p></table:table-cell>')
        return s(value.text) if value.text.strip() else "<table:table-cell/>"

    empty = "<table:table-cell/>"
    rows = []
    if rng.random() < 0.7:
        rows.append([s(m["title"], width, True)])
    rows.append([s(vd["provider_label"]), s(vd["provider"])])
    rows.append([s(vd["week_label"]), d(vd["week"])])
    rows.append([])
    if grouped:
        group = rng.choice(["Beds", "Units", "Bed spaces", "Bedspaces"])
        row = []
        i = 0
        while i < width:
            if cols[i] == counts[0]:
                row.append(s(group, 3, True))
                i += 3
            else:
                row.append(empty)
                i += 1
        rows.append(row)
    rows.append([s(h[k], bold=True) if k in h else s(k, bold=True) for k in cols])
    blank_at = rng.randrange(1, len(vd["rows"])) if len(vd["rows"]) > 1 and rng.random() < 0.5 else -1
    for j, r in enumerate(vd["rows"]):
        if j == blank_at:
            rows.append([])
        cells = []
        for k in cols:
            if k in ("total", "occupied", "vacant"):
                cells.append(n(r[k]))
            elif k == "available":
                cells.append(d(r[k]))
            elif k in VOID_COLUMNS:
                text = void_cell_text(r, k)
                cells.append(s(text) if text.strip() else empty)
            elif k == "Weekly rent (\u00a3)":
                cells.append(s(f"\u00a3{rng.randint(180, 320)}.00"))
            elif k == "Gender mix":
                cells.append(s(rng.choice(["Mixed", "Female", "Male"])))
            elif k == "Last inspected":
                cells.append(s(f"{rng.randint(1, 28)}/{rng.randint(1, 10)}/2026"))
            elif k in getattr(w, "VOID_EXTRA_VALUES", {}):
                # a part's own extra columns (heldout3, tuned6): support hours, gender, move-on date, the address
                town, pc = rng.choice(people.TOWNS)
                cells.append(s(rng.choice(w.VOID_EXTRA_VALUES[k]).format(
                    n=rng.randint(1, 90), street=rng.choice(people.STREETS), town=town, pc=pc, h=rng.randint(2, 15),
                    d=rng.randint(1, 28), m=rng.randint(1, 12))))
            else:
                first, last = rng.choice(people.FIRST), rng.choice(people.LAST)
                cells.append(s(f"{first} {last}"))
        rows.append(cells)
    if rng.random() < 0.6:
        label = rng.choice(w.VOID_TOTALS)
        cells = []
        for i, k in enumerate(cols):
            if k in ("total", "occupied", "vacant"):
                cells.append(n(sum(r[k] for r in vd["rows"])))
            elif i == 0:
                cells.append(s(label, bold=True))
            else:
                cells.append(empty)
        rows.append(cells)
    if rng.random() < 0.5:
        rows.append([])
        rows.append([s(rng.choice(w.VOID_NOTES_ROWS), width)])
    before, after = "", ""
    if hasattr(w, "VOID_GUIDE_SHEET") and rng.random() < 0.5:
        # a second sheet of guidance (heldout3, tuned6): before the return in a workbook, after it when the file is
        # a CSV (which holds the first sheet only)
        name, lines = rng.choice(w.VOID_GUIDE_SHEET)
        guide = (f'<table:table table:name="{esc(name)}"><table:table-column/>' +
                 "".join(f"<table:table-row>{s(line)}</table:table-row>" for line in lines) + "</table:table>")
        if m["layout"].startswith("csv") or rng.random() < 0.5:
            after = guide
        else:
            before = guide
    return fods_document(rows, width, rng.choice(['Voids', 'Sheet1', 'Return']), before, italic_style=False,
                         after=after)


def void_body(m, rng):
    vd, h = m["void"], m["void"]["headers"]
    head = [m["intro"], "", f"{vd['provider_label'].rstrip(':')}: {vd['provider']}",
            f"{vd['week_label'].rstrip(':')}: {vd['week'].text}", ""]
    tail = ["", m["signoff"], signed(m)]
    if m["layout"] == "body-pasted":
        lines = ["\t".join(h[k] for k in VOID_COLUMNS)]
        lines += ["\t".join(void_cell_text(r, k) for k in VOID_COLUMNS) for r in vd["rows"]]
        return "\n".join(head + lines + tail) + "\n", None
    if m["layout"] == "body-void-lines":
        return void_lines(m, rng), None
    if m["layout"] == "body-blocks":
        lines = []
        for r in vd["rows"]:
            lines += [f"{h[k].rstrip(':?')}: {void_cell_text(r, k)}" for k in VOID_COLUMNS] + [""]
        return "\n".join(head + lines + tail) + "\n", None
    cells = "".join(f"<th>{esc(h[k])}</th>" for k in VOID_COLUMNS)
    rows = "".join("<tr>" + "".join(f"<td>{esc(void_cell_text(r, k))}</td>" for k in VOID_COLUMNS) + "</tr>"
                   for r in vd["rows"])
    markup = (f"<html><body><p>{esc_lines(m['intro'])}</p><p>{esc(head[2])}<br>{esc(head[3])}</p>"
              f'<table border="1" cellspacing="0">{"<tr>" + cells + "</tr>"}{rows}</table>'
              f"<p>{esc_lines(m['signoff'])}<br>{esc_lines(signed(m))}</p></body></html>")
    return None, markup


# -- layouts only heldout6 and tuned9 ask for ------------------------------------------------------------------
def export_label(label, style, n):
    """A label as a case system exports it: "YP_DATE_OF_BIRTH", "Q07_DATE_OF_BIRTH", "RF.07 DATE_OF_BIRTH"."""
    plain = re.sub(r"\((?:required|optional|if known|if applicable)\)", "", label, flags=re.I)
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    plain = re.sub(r"^\s*(?:Q?\d+(?:\.\d+)?[.)]?|\d+\([a-z]\))\s+", "", plain)
    words = re.sub(r"[^A-Za-z0-9]+", " ", plain.replace("'", "")).upper().split()
    code = "_".join(words)
    while len(code) > 40 and "_" in code:
        code = code.rsplit("_", 1)[0]
    if style == "code":
        return f"Q{n:02d}_{code}"
    if style == "dotted":
        return f"RF.{n:02d} {code}"
    return code


def export_value(v, style):
    if v.kind == "date" and getattr(v, "date", None):
        d = v.date
        return {"iso-time": f"{d.isoformat()} 00:00:00", "uk-time": f"{d.day:02d}/{d.month:02d}/{d.year} 00:00",
                "iso": d.isoformat()}[style["date"]]
    if v.kind == "yn":
        return style["yn"][0] if v.flag else style["yn"][1]
    if v.kind == "blank":
        return style["blank"]
    return v.text


def export_style(rng):
    return {"label": rng.choice(["caps", "code", "dotted"]), "date": rng.choice(["iso-time", "uk-time", "iso"]),
            "yn": rng.choice([("Y", "N"), ("TRUE", "FALSE"), ("Yes", "No"), ("1", "0")]),
            "blank": rng.choice(["NULL", "", "N/A", "null"])}


def table_bilingual(fields, w, rng):
    """Welsh and English labels side by side (Cymraeg | English | Ateb / Answer) or one over the other in the label's
    cell, as Welsh public bodies print their forms (WELSH in heldout6, tuned9)."""
    three = rng.random() < 0.5
    rows = []
    if three and rng.random() < 0.7:
        rows.append("<tr>" + "".join(f"<td><b>{esc(h)}</b></td>" for h in rng.choice(w.WELSH_TABLE_HEADERS)) + "</tr>")
    cols = 3 if three else 2
    for label, v in fields:
        between = heading_or_note_row(label, v, cols)
        if between:
            rows.append(between)
        else:
            welsh = w.WELSH.get(getattr(v, "form", ""), {}).get(getattr(v, "key", ""), "")
            if three:
                rows.append(f'<tr><td width="28%">{esc(welsh) or "&nbsp;"}</td><td width="28%">{esc(label)}</td>'
                            f'<td>{cell(v.text) or "&nbsp;"}</td></tr>')
            else:
                lab = (f"<b>{esc(welsh)}</b><br>{esc(label)}" if welsh else esc(label))
                rows.append(f'<tr><td width="45%">{lab}</td><td>{cell(v.text) or "&nbsp;"}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def table_ticks(fields, w, rng):
    """A form whose yes/no questions are a grid of tick boxes under "Yes" and "No" columns (heldout6, tuned9)."""
    on, off = rng.choice(w.TICK_MARKS)
    yes, no = rng.choice(w.TICK_COLUMNS)
    head = rng.choice(w.TICK_HEADERS)
    rows = [f"<tr><td><b>{esc(head)}</b></td><td><b>{esc(yes)}</b></td><td><b>{esc(no)}</b></td></tr>"] \
        if any(v.kind == "yn" for _, v in fields) else []
    for label, v in fields:
        if label == "\u00a7":
            rows.append(f'<tr><td colspan="3" bgcolor="#d9d9d9"><b>{esc(v.text)}</b></td></tr>')
        elif label == NOTE:
            rows.append(note(v.text, 3))
        elif v.kind == "yn":
            rows.append(f'<tr><td width="55%">{esc(label)}</td><td align="center">{esc(on if v.flag else off) or "&nbsp;"}</td>'
                        f'<td align="center">{esc(off if v.flag else on) or "&nbsp;"}</td></tr>')
        else:
            rows.append(f'<tr><td width="55%">{esc(label)}</td><td colspan="2">{cell(v.text) or "&nbsp;"}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def void_table_html(m, rng):
    """A void return as a table in a Word document or a PDF from the provider's own system (heldout6, tuned9)."""
    vd, h = m["void"], m["void"]["headers"]
    top = (f"<p>{esc(vd['provider_label'].rstrip(':'))}: {esc(vd['provider'])}<br>"
           f"{esc(vd['week_label'].rstrip(':'))}: {esc(vd['week'].text)}</p>")
    if rng.random() < 0.5:
        top = ('<table border="1" cellpadding="3" cellspacing="0">'
               f"<tr><td><b>{esc(vd['provider_label'])}</b></td><td>{esc(vd['provider'])}</td></tr>"
               f"<tr><td><b>{esc(vd['week_label'])}</b></td><td>{esc(vd['week'].text)}</td></tr></table><p></p>")
    head = "".join(f"<td><b>{esc(h[k])}</b></td>" for k in VOID_COLUMNS)
    rows = "".join("<tr>" + "".join(f"<td>{esc(void_cell_text(r, k)) or '&nbsp;'}</td>" for k in VOID_COLUMNS) + "</tr>"
                   for r in vd["rows"])
    if rng.random() < 0.5:
        sums = {k: sum(r[k] for r in vd["rows"]) for k in ("total", "occupied", "vacant")}
        rows += "<tr>" + "".join(f"<td><b>{sums[k]}</b></td>" if k in sums else
                                 (f"<td><b>{esc(rng.choice(m['wordings'].VOID_TOTALS))}</b></td>" if k == "ref" else "<td></td>")
                                 for k in VOID_COLUMNS) + "</tr>"
    return top + f'<table border="1" cellpadding="2" cellspacing="0" width="100%"><tr>{head}</tr>{rows}</table>'


def office_box(w, rng):
    heading, labels = rng.choice(w.OFFICE_USE)
    cells = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in labels)
    return (f'<p></p><table border="1" cellpadding="3" cellspacing="0" width="60%"><tr><td colspan="2" bgcolor="#bfbfbf">'
            f"<b>{esc(heading)}</b></td></tr>{cells}</table><p></p>")


def document_extras(m, rng, inner):
    """Instructions at the top and a "For office use only" box, for a part that has them (heldout6, tuned9)."""
    w = m["wordings"]
    if hasattr(w, "INSTRUCTIONS") and rng.random() < getattr(w, "INSTRUCTIONS_CHANCE", 0.4):
        inner = f"<p>{esc_lines(rng.choice(w.INSTRUCTIONS))}</p>" + inner
    if hasattr(w, "OFFICE_USE") and rng.random() < getattr(w, "OFFICE_USE_CHANCE", 0.3):
        inner = office_box(w, rng) + inner if rng.random() < 0.5 else inner + office_box(w, rng)
    return inner


def fods_cell(text, span=1, bold=False, italic=False):
    style = ' table:style-name="ce2"' if bold else (' table:style-name="ce4"' if italic else "")
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    cov = "<table:covered-table-cell/>" * (span - 1)
    paras = "".join(f"<text:p>{esc(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell office:value-type="string"{style}{spanned}>{paras}</table:table-cell>{cov}'


ITALIC_STYLE = (' <style:style style:name="ce4" style:family="table-cell"><style:text-properties fo:font-style="italic"/>'
                '</style:style>\n')


def fods_date(d, style):
    return (f'<table:table-cell office:value-type="date" office:date-value="{d.isoformat()}" '
            f'table:style-name="{style}"><text:p>{d.strftime("%d/%m/%Y")}</text:p></table:table-cell>')


def fods_number(x, bold=False):
    """A number cell, bold (a total's) when asked."""
    style = ' table:style-name="ce2"' if bold else ""
    return f'<table:table-cell office:value-type="float" office:value="{x}"{style}><text:p>{x}</text:p></table:table-cell>'


def fods_void_row(r, cols, rng, date_style):
    """One property's row of a void return workbook: counts as number cells, an available date as a date cell in most
    rows, the rest as text (an empty cell where there is none)."""
    cells = []
    for k in cols:
        if k in ("total", "occupied", "vacant"):
            cells.append(fods_number(r[k]))
        elif k == "available" and r[k].kind == "date" and rng.random() < 0.7:
            cells.append(fods_date(r[k].date, date_style))
        else:
            text = void_cell_text(r, k)
            cells.append(fods_cell(text) if text.strip() else "<table:table-cell/>")
    return cells


def fods_document(rows, width, sheet, before="", italic_style=True, after=""):
    """A flat ODS of one sheet; italic_style=False writes it as the older parts' void returns were (no ce4 style)."""
    body = "".join("<table:table-row>" + "".join(c) + "</table:table-row>" for c in rows)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="N38"><number:day/><number:text>-</number:text><number:month number:textual="true"/><number:text>-</number:text><number:year/></number:date-style>
 <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/>
 <style:style style:name="ce3" style:family="table-cell" style:data-style-name="N38"/>
 <style:style style:name="ce2" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
{ITALIC_STYLE if italic_style else ""}</office:automatic-styles>
<office:body><office:spreadsheet>{before}<table:table table:name="{esc(sheet)}">
<table:table-column table:number-columns-repeated="{width}"/>
{body}
</table:table>{after}</office:spreadsheet></office:body></office:document>
'''


def fods_form(m, rng):
    """A form that is not a void return as a spreadsheet: a workbook with labels in one column and answers in the next
    (xlsx-form), or a case system's export, one field a line with its code (csv-export) (heldout6, tuned9)."""
    w = m["wordings"]
    rows = []
    if m["layout"] == "csv-export":
        st = export_style(rng)
        head = rng.choice(w.EXPORT_HEADERS)
        coded = len(head) == 3
        rows.append([fods_cell(h) for h in head])
        system = rng.choice(w.EXPORT_SYSTEMS)
        meta = [("FORM_NAME", m["title"].upper()), ("SOURCE_SYSTEM", system)]
        n = 0
        for k, (a, b) in enumerate(meta):
            rows.append(([fods_cell(f"SYS{k + 1:02d}")] if coded else []) + [fods_cell(a), fods_cell(b)])
        for label, v in m["fields"]:
            if label in ("\u00a7", NOTE):
                continue
            n += 1
            code = f"{rng.choice(['F', 'FLD', 'Q'])}{n:03d}" if coded else None
            lab = export_label(label, "caps" if coded else st["label"], n)
            rows.append(([fods_cell(code)] if coded else []) + [fods_cell(lab), fods_cell(export_value(v, st))])
        return fods_document(rows, 3 if coded else 2, "Export")
    date_style = rng.choice(["ce1", "ce3"])
    rows.append([fods_cell(m["title"], 2, bold=True)])
    if hasattr(w, "INSTRUCTIONS") and rng.random() < 0.5:
        rows.append([fods_cell(rng.choice(w.INSTRUCTIONS), 2, italic=True)])
    rows.append([])
    for label, v in m["fields"]:
        if label == "\u00a7":
            rows.append([fods_cell(v.text, 2, bold=True)])
        elif label == NOTE:
            rows.append([fods_cell(v.text, 2, italic=True)])
        elif v.kind == "date" and getattr(v, "date", None) and rng.random() < 0.7:
            rows.append([fods_cell(label), fods_date(v.date, date_style)])
        else:
            rows.append([fods_cell(label)] + ([fods_cell(v.text)] if v.text.strip() else ["<table:table-cell/>"]))
    if hasattr(w, "OFFICE_USE") and rng.random() < 0.3:
        heading, labels = rng.choice(w.OFFICE_USE)
        rows += [[], [fods_cell(heading, 2, bold=True)]] + [[fods_cell(a)] + ([fods_cell(b)] if b.strip() else [])
                                                          for a, b in labels]
    return fods_document(rows, 2, rng.choice(["Form", "Sheet1", m["title"][:28]]))


def fods_transposed(m, rng):
    """A void return with a column per property and a row per field, as some providers lay out their sheet."""
    vd, h = m["void"], m["void"]["headers"]
    date_style = rng.choice(["ce1", "ce3"])
    n = len(vd["rows"])
    rows = [[fods_cell(m["title"], n + 1, bold=True)],
            [fods_cell(vd["provider_label"]), fods_cell(vd["provider"])]]
    week = vd["week"]
    rows.append([fods_cell(vd["week_label"]),
                 fods_date(week.date, date_style) if week.kind == "date" and rng.random() < 0.7 else fods_cell(week.text)])
    rows.append([])
    for k in VOID_COLUMNS:
        cells = [fods_cell(h[k], bold=True)]
        for r in vd["rows"]:
            if k in ("total", "occupied", "vacant"):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{r[k]}"><text:p>{r[k]}</text:p>'
                             "</table:table-cell>")
            elif k == "available" and r[k].kind == "date" and rng.random() < 0.7:
                cells.append(fods_date(r[k].date, date_style))
            else:
                text = void_cell_text(r, k)
                cells.append(fods_cell(text, bold=k == "ref") if text.strip() else "<table:table-cell/>")
        rows.append(cells)
    return fods_document(rows, n + 1, rng.choice(["Voids", "Weekly return"]))


def body_export(m, rng):
    """A case system's notification with the form's answers under exported labels (heldout6, tuned9)."""
    w = m["wordings"]
    st = export_style(rng)
    sep = rng.choice([": ", " = ", " : ", "\t"])
    out = [rng.choice(w.EXPORT_BANNERS), "", f"FORM{sep}{m['title'].upper()}",
           f"SYSTEM{sep}{rng.choice(w.EXPORT_SYSTEMS)}", ""]
    n = 0
    for label, v in m["fields"]:
        if label == "\u00a7":
            out += ["", f"--- {export_label(v.text, 'caps', 0)} ---"]
        elif label == NOTE:
            continue
        else:
            n += 1
            out.append(f"{export_label(label, st['label'], n)}{sep}{export_value(v, st)}")
    return "\n".join(out + ["", m["signoff"], signed(m)]) + "\n"


def body_reply(m, rng):
    """A reply to a request for the form's details, the answers typed under each quoted question (heldout6, tuned9)."""
    w = m["wordings"]
    quoted = rng.random() < 0.6
    initials = "".join(p[0] for p in m["sender_name"].split()[:2]).upper()
    mark = rng.choice(["", "- ", "A: ", "Answer: ", f"[{initials}] "])
    requester = rng.choice(w.REQUESTERS)
    sent = m["received"] - dt.timedelta(hours=rng.randint(2, 70))
    out = [m["intro"], "", rng.choice(w.REPLY_LINES), "", m["signoff"], signed(m), "",
           "-----Original Message-----" if rng.random() < 0.5 else "________________________________",
           f"From: {requester[0]} <{requester[1]}>", f"Sent: {sent.strftime('%d %B %Y %H:%M')}",
           f"To: {m['sender_name']} <{m['sender']}>", f"Subject: {rng.choice(w.REQUEST_SUBJECTS).format(title=m['title'])}",
           ""]
    q = "> " if quoted else ""
    out += [q + line for line in rng.choice(w.REQUESTS).split("\n")] + [q.rstrip()]
    for label, v in m["fields"]:
        if label == "\u00a7":
            out += [q + v.text.upper(), q.rstrip()]
        elif label == NOTE:
            continue
        else:
            out.append(q + label)
            out += [mark + line for line in (v.text or " ").split("\n")]
            out.append(q.rstrip())
    out += [q + requester[0], q + requester[2]]
    return "\n".join(out) + "\n"


def forwarded(m, original):
    """The mail forwards a colleague's: a short note, the forwarder's name, then the forwarded message's header and the
    colleague's mail as it was (heldout6, tuned9)."""
    f = m["forward"]
    sent = f["sent"]
    subject = m["subject"].split(": ", 1)[1]
    if f["style"] == "gmail":
        head = ["---------- Forwarded message ---------", f"From: {f['name']} <{f['address']}>",
                f"Date: {sent.strftime('%a, %-d %b %Y at %H:%M')}", f"Subject: {subject}", f"To: <{m['sender']}>"]
    elif f["style"] == "outlook":
        head = ["________________________________", f"From: {f['name']} <{f['address']}>",
                f"Sent: {sent.strftime('%d %B %Y %H:%M')}", f"To: {m['sender_name']} <{m['sender']}>", f"Subject: {subject}"]
    elif f["style"] == "outlook-full":
        # Outlook's long form, the day written out (heldout8, tuned11)
        head = ["-----Original Message-----", f"From: {f['name']} <{f['address']}>",
                f"Sent: {sent.strftime('%A, %-d %B %Y %H:%M')}", f"To: {m['sender_name']} <{m['sender']}>", "Cc: ",
                f"Subject: {subject}"]
    elif f["style"] == "outlook-fw":
        # a manager's forward from Outlook with the Cc line filled and the importance flag (heldout10, tuned13)
        head = ["________________________________", f"From: {f['name']} <{f['address']}>",
                f"Sent: {sent.strftime('%A, %B %-d, %Y %-I:%M %p')}", f"To: {m['sender_name']} <{m['sender']}>",
                f"Cc: {m['wordings'].FORWARD_CC[int(m['id'].split('-')[-1]) % len(m['wordings'].FORWARD_CC)]}", f"Subject: {subject}", "Importance: High"]
    else:
        head = ["Begin forwarded message:", "", f"From: {f['name']} <{f['address']}>", f"Subject: {subject}",
                f"Date: {sent.strftime('%-d %B %Y at %H:%M:%S')} GMT", f"To: {m['sender_name']} <{m['sender']}>"]
    return "\n".join([f["note"], "", signed(m), "", ""] + head + ["", original.rstrip("\n")]) + "\n"


def forwarded_original(m):
    """The colleague's mail as the forward quotes it: the same content, signed by the colleague."""
    return dict(m, sender_name=m["forward"]["name"], footer=None, disclaimer=None, thread=None)


# -- layouts only heldout7 and tuned10 ask for -----------------------------------------------------------------
DATE_KEYS = {"fgc_date", "date", "needed", "available", "dob"}
CHOICE_KEYS = {"grading", "handling", "locality", "legal_status", "category", "severity", "status"}


def control_text(v, w, rng):
    """An answer in a Word template's content control: an optional field left unfilled keeps the control's placeholder
    ("Click or tap here to enter text.", "Choose an item.") or a legacy form field's five blank spaces, and a yes/no is
    a pair of check-box controls ("☒ Yes ☐ No") (CONTROL_PLACEHOLDERS, CONTROL_BOXES in heldout7, tuned10)."""
    if v.kind == "blank":
        key = getattr(v, "key", "")
        kind = "date" if key in DATE_KEYS else "choice" if key in CHOICE_KEYS else "text"
        return rng.choice(w.CONTROL_PLACEHOLDERS[kind]), True
    if v.kind == "yn" and rng.random() < 0.8:
        on, off = rng.choice(w.CONTROL_BOXES)
        yes, no = rng.choice(w.CONTROL_YN)
        return f"{on if v.flag else off} {yes}    {off if v.flag else on} {no}", False
    return v.text, False


def table_controls(fields, w, rng):
    """A Word template's two-column table of content controls, the unfilled ones showing their grey placeholder."""
    rows = []
    for label, v in fields:
        between = heading_or_note_row(label, v, 2)
        if between:
            rows.append(between)
            continue
        text, placeholder = control_text(v, w, rng)
        shown = f'<font color="#808080">{esc(text)}</font>' if placeholder else cell(text)
        rows.append(f'<tr><td width="40%" bgcolor="#f2f2f2">{esc(label)}</td><td>{shown}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def long_answer(v):
    return len(v.text) > 45 or "\n" in v.text


def table_bands(fields, rng):
    """A form laid out across the page: a shaded row of labels and the answers in the row under it, band after band in
    one table; a long answer has a label row and an answer row of its own across the table (heldout7, tuned10)."""
    per = rng.choice([3, 4, 5])
    rows, band = [], []

    def flush():
        if band:
            spare = per - len(band)
            span = lambda i: f' colspan="{spare + 1}"' if spare and i == len(band) - 1 else ""
            rows.append("<tr>" + "".join(f'<td bgcolor="#e7e6e6"{span(i)}><b>{esc(label)}</b></td>'
                                         for i, (label, _) in enumerate(band)) + "</tr>")
            rows.append("<tr>" + "".join(f"<td{span(i)}>{cell(v.text) or '&nbsp;'}</td>"
                                         for i, (_, v) in enumerate(band)) + "</tr>")
            band.clear()
    for label, v in fields:
        if label in ("\u00a7", NOTE):
            flush()
            rows.append(heading_or_note_row(label, v, per))
        elif long_answer(v):
            flush()
            rows.append(f'<tr><td colspan="{per}" bgcolor="#e7e6e6"><b>{esc(label)}</b></td></tr>')
            rows.append(f'<tr><td colspan="{per}">{cell(v.text) or "&nbsp;"}</td></tr>')
        else:
            band.append((label, v))
            if len(band) == per:
                flush()
    flush()
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def table_4wide(fields):
    """Two label/value pairs to a row, and a long answer's label in a row across the table with the answer in the row
    under it, as Word templates with free-text boxes lay them out (heldout7, tuned10)."""
    rows, pair = [], []

    def flush():
        if pair:
            cells = "".join(f'<td bgcolor="#f2f2f2">{esc(label)}</td><td>{cell(v.text) or "&nbsp;"}</td>' for label, v in pair)
            rows.append(f"<tr>{cells}{'<td></td><td></td>' if len(pair) == 1 else ''}</tr>")
            pair.clear()
    for label, v in fields:
        if label in ("\u00a7", NOTE):
            flush()
            rows.append(heading_or_note_row(label, v, 4))
        elif long_answer(v):
            flush()
            rows.append(f'<tr><td colspan="4" bgcolor="#f2f2f2">{esc(label)}</td></tr>')
            rows.append(f'<tr><td colspan="4">{cell(v.text) or "&nbsp;"}</td></tr>')
        else:
            pair.append((label, v))
            if len(pair) == 2:
                flush()
    flush()
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def split_fields(m, rng):
    """A mail whose body gives the first few answers and whose attached form gives the rest (the "-split" layouts of
    heldout7 and tuned10): the body's fields leave the document."""
    k = rng.choice([2, 3, 4])
    body, rest, taken = [], [], 0
    for label, v in m["fields"]:
        if taken < k and label not in ("\u00a7", NOTE):
            body.append((label, v))
            taken += 1
        elif taken < k:
            continue  # a heading over the fields typed in the body stays out of both
        else:
            rest.append((label, v))
    m["body_fields"], m["fields"] = body, rest
    m["split_line"] = rng.choice(m["wordings"].SPLIT_LINES)


def covering_text(m):
    """The covering mail of an attachment; with the fields a "-split" mail types in its body (heldout7, tuned10)."""
    middle = m.get("covering", "Please find attached.")
    if m.get("body_fields"):
        lines = [joined(label, v.text) for label, v in m["body_fields"]]
        middle = m["split_line"] + "\n\n" + "\n".join(lines) + "\n\n" + middle
    return f"{m['intro']}\n\n{middle}\n\n{m['signoff']}\n{signed(m)}\n"


def body_mobile(m, rng):
    """A form typed on a phone: "Label - value" lines with no blank line between them, the values often in capitals,
    blank answers left out, the phone's own sign-off (MOBILE_SIGNATURES in heldout7, tuned10)."""
    w = m["wordings"]
    caps = rng.random() < 0.5
    out = [m["intro"]]
    if rng.random() < 0.5:
        out.append(m["title"])
    for label, v in m["fields"]:
        if label in ("\u00a7", NOTE) or (v.kind == "blank" and rng.random() < 0.7):
            continue
        text = " ".join(v.text.split())
        if caps and "@" not in text:
            text = text.upper()
        out.append(f"{label} {text}" if label.endswith("?") else f"{label.rstrip(' *:')} - {text}")
    return "\n".join(out + ["", f"{m['signoff']} {m['sender_name'].split()[0]}", "", rng.choice(w.MOBILE_SIGNATURES)]) + "\n"


def fods_schemes(m, rng):
    """A provider's return with its properties grouped by scheme: a totals row at the top (or the foot), a heading and a
    subtotal row per scheme, and each property's notes in a row of their own under it (heldout7, tuned10)."""
    w = m["wordings"]
    vd, h = m["void"], m["void"]["headers"]
    notes_rows = rng.random() < 0.6
    cols = [k for k in VOID_COLUMNS if not (notes_rows and k == "notes")]
    width = len(cols)
    date_style = rng.choice(["ce1", "ce3"])
    empty = "<table:table-cell/>"

    def counts(label, rs):
        return [fods_number(sum(r[k] for r in rs), True) if k in ("total", "occupied", "vacant") else
                (fods_cell(label, bold=True) if i == 0 else empty) for i, k in enumerate(cols)]
    week = vd["week"]
    rows = [[fods_cell(m["title"], width, bold=True)], [fods_cell(vd["provider_label"]), fods_cell(vd["provider"])],
            [fods_cell(vd["week_label"]), fods_date(week.date, date_style) if week.kind == "date" and rng.random() < 0.6
             else fods_cell(week.text)], [], [fods_cell(h[k], bold=True) for k in cols]]
    top = rng.random() < 0.6
    if top:
        rows.append(counts(rng.choice(w.VOID_TOTALS), vd["rows"]))
    groups = {}
    for r in vd["rows"]:
        groups.setdefault(r["locality"].lower(), []).append(r)
    for rs in groups.values():
        rows.append([fods_cell(rng.choice(w.VOID_SCHEMES).format(locality=rs[0]["locality"].title().replace(" Of ", " of ")),
                                width, bold=True)])
        for r in rs:
            rows.append(fods_void_row(r, cols, rng, date_style))
            note_text = void_cell_text(r, "notes")
            if notes_rows and note_text.strip() and note_text.strip() not in ("-", "n/a", "N/A"):
                rows.append([fods_cell(rng.choice(w.VOID_NOTE_PREFIXES) + note_text, width, italic=True)])
        if len(groups) > 1 or rng.random() < 0.5:
            rows.append(counts(rng.choice(w.VOID_SUBTOTALS), rs))
    if not top:
        rows.append([])
        rows.append(counts(rng.choice(w.VOID_TOTALS), vd["rows"]))
    return fods_document(rows, width, rng.choice(["Voids", "By scheme", "Return"]))


# -- layouts only heldout8 and tuned11 ask for -----------------------------------------------------------------
def leaders(fields, w, rng):
    """A paper form typed over: "Name of young person ........ Jane Smith", "DOB: ____12/03/2009____", the dots or
    rules a printed form leaves for the answer kept around it (LEADER_STYLES in heldout8, tuned11)."""
    style = rng.choice(w.LEADER_STYLES)
    out = []
    for label, v in fields:
        if label == "\u00a7":
            out.append(f"<p><b>{esc(v.text.upper())}</b></p>")
        elif label == NOTE:
            out.append(note(v.text))
        elif long_answer(v):
            # a long answer on the ruled lines under its label
            out.append(f"<p>{esc(label.rstrip(' :'))}</p><p>{cell(v.text) or '&nbsp;'}</p>"
                       f"<p>{'.' * 70}</p>")
        else:
            lab = label.rstrip(" :")
            text = v.text.strip()
            if style == "dots":
                line = f"{lab} {'.' * max(4, 44 - len(lab))} {text}"
            elif style == "rules":
                line = f"{lab}: ____{text}____" if text else f"{lab}: ______________"
            elif style == "dots-colon":
                line = f"{lab}:{'.' * max(3, 30 - len(lab))}{text}{'.' * 6}"
            else:  # underscores after the label, the answer typed on them
                line = f"{lab} __{text.replace(' ', '_') if rng.random() < 0.0 else text}__________"
            out.append(f"<p>{esc(line)}</p>")
    return "".join(out)


def qa_html(fields, w, rng):
    """Numbered questions, each answer on the next line after "A:" or "Answer:" (QA_MARKS in heldout8, tuned11)."""
    q, a = rng.choice(w.QA_MARKS)
    out, n = [], 0
    for label, v in fields:
        if label == "\u00a7":
            out.append(f"<p><b>{esc(v.text)}</b></p>")
        elif label == NOTE:
            out.append(note(v.text))
        else:
            n += 1
            out.append(f"<p>{esc(q.format(n=n))}{esc(label)}</p><p>{esc(a)}{cell(v.text) or '&nbsp;'}</p>")
    return "".join(out)


def continued(fields, w, rng, title):
    """A two-column form over two pages, the table's header row repeated at the top of the second page under the title
    and "(continued)", as Word repeats a header row (CONTINUED in heldout8, tuned11)."""
    head = rng.choice(w.TABLE_HEADERS)
    more, cont = rng.choice(w.CONTINUED)
    cut = len(fields) // 2
    while cut < len(fields) - 1 and fields[cut][0] in ("\u00a7", NOTE):
        cut += 1
    top = "<tr>" + "".join(f'<td bgcolor="#d9d9d9"><b>{esc(h)}</b></td>' for h in head) + "</tr>"
    first = table_2col(fields[:cut]).replace('width="100%">', 'width="100%">' + top, 1)
    second = table_2col(fields[cut:]).replace('width="100%">', 'width="100%">' + top, 1)
    return (first + f'<p align="right"><i>{esc(more)}</i></p>'
            f'<p style="page-break-before: always"><b>{esc(title)} {esc(cont)}</b></p>' + second)


def cymraeg_value(v, w, rng):
    """A value as a Welsh-only form gives it: yes/no in Welsh, a choice in Welsh with the English after it, a date
    sometimes with the Welsh month (CYMRAEG_VALUES in heldout8, tuned11)."""
    if v.kind == "yn":
        yes, no = w.CYMRAEG_YN.get(getattr(v, "key", ""), w.CYMRAEG_YN["-"])
        word = yes if v.flag else no
        return rng.choice([word, word, f"{word} / {'Yes' if v.flag else 'No'}"])
    if v.kind == "date" and getattr(v, "date", None) and rng.random() < 0.4:
        return date_text(v.date, "d mis yyyy")
    key = getattr(v, "key", "")
    for english, welsh in w.CYMRAEG_VALUES.get(key, {}).items():
        if v.text.strip().lower() == english.lower():
            return rng.choice(["{cy} / {en}", "{cy} ({en})"]).format(cy=welsh, en=v.text)
    return v.text


def table_cymraeg(fields, w, rng):
    """A Welsh-only form: Welsh labels, Welsh headings, yes/no answered in Welsh (CYMRAEG in heldout8, tuned11)."""
    rows, section = [], 0
    for label, v in fields:
        if label == "\u00a7":
            section += 1
            rows.append(f'<tr><td colspan="2" bgcolor="#d9d9d9"><b>{esc(w.CYMRAEG_SECTION.format(n=section))}</b></td></tr>')
        elif label == NOTE:
            continue
        else:
            form, key = getattr(v, "form", ""), getattr(v, "key", "")
            welsh = w.CYMRAEG.get(form, {}).get(key)
            lab = rng.choice(welsh) if isinstance(welsh, list) else (welsh or label)
            rows.append(f'<tr><td width="42%">{esc(lab)}</td><td>{cell(cymraeg_value(v, w, rng)) or "&nbsp;"}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def body_tabs(m, rng):
    """"Label<TAB>value" lines, as a form copied out of a Word table into a plain-text mail (heldout8, tuned11)."""
    out = [m["intro"], "", m["title"], ""]
    for label, v in m["fields"]:
        if label == "\u00a7":
            out += ["", v.text]
        elif label == NOTE:
            continue
        else:
            text = v.text.replace("\n", " ")
            out.append(f"{label.rstrip(' :')}\t{text}" if rng.random() < 0.7 else f"{label.rstrip(' :')}\t\t{text}")
    return "\n".join(out + ["", m["signoff"], signed(m)]) + "\n"


def body_qa(m, rng):
    """Numbered questions, the answer on the next line after "A:" or "Answer:" (heldout8, tuned11)."""
    q, a = rng.choice(m["wordings"].QA_MARKS)
    out, n = [m["intro"], "", m["title"], ""], 0
    for label, v in m["fields"]:
        if label == "\u00a7":
            out += [v.text.upper(), ""]
        elif label == NOTE:
            continue
        else:
            n += 1
            lines = (v.text or "").split("\n")
            out += [q.format(n=n) + label, a + lines[0]] + lines[1:] + [""]
    return "\n".join(out + [m["signoff"], signed(m)]) + "\n"


def body_dotted(m, rng):
    """A paper form's lines typed into the mail, leaders and all (heldout8, tuned11)."""
    text = leaders(m["fields"], m["wordings"], rng)
    lines = [html.unescape(re.sub(r"<[^>]+>", "", p.replace("<br>", "\n"))) for p in re.split(r"</p>", text) if p.strip()]
    lines = [l.replace("\u00a0", " ") for l in lines]
    return "\n".join([m["intro"], "", m["title"], ""] + lines + ["", m["signoff"], signed(m)]) + "\n"


# -- a Word document with changes tracked, margin comments and the title in the page header only (flat ODT) ----
def fodt_tracked(m, rng):
    """The form as a Word user leaves it: one or two answers corrected with Track Changes on (the old answer deleted,
    the new one inserted, never accepted), a comment in the margin, and the form's title only in the page header
    (TRACKED in heldout8, tuned11). The accepted text is what the form says."""
    w = m["wordings"]
    author, initials = rng.choice(w.TRACK_AUTHORS)
    when = (m["received"] - dt.timedelta(hours=rng.randint(1, 20))).strftime("%Y-%m-%dT%H:%M:00")
    changes, n = [], [0]

    def region(kind, text=""):
        n[0] += 1
        cid = f"ct{n[0]}"
        inner = f"<text:p>{esc(text)}</text:p>" if kind == "deletion" else ""
        changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:{kind}><office:change-info>'
                       f"<dc:creator>{esc(author)}</dc:creator><dc:date>{when}</dc:date></office:change-info>{inner}"
                       f"</text:{kind}></text:changed-region>")
        return cid

    fields = [(label, v) for label, v in m["fields"]]
    plain = [i for i, (label, v) in enumerate(fields) if label not in ("\u00a7", NOTE) and v.text.strip()]
    keys = [i for i in plain if getattr(fields[i][1], "key", "") in w.TRACK_KEYS]
    tracked = set(rng.sample(keys, min(len(keys), rng.choice([1, 2]))))
    commented = set(rng.sample(plain, 1)) if rng.random() < 0.7 else set()

    def old_of(v):
        if v.kind == "date" and getattr(v, "date", None):
            return date_text(v.date - dt.timedelta(days=rng.choice([1, 7, 10, 31, 365])), "dd/mm/yyyy")
        words = v.text.split(" ")
        if getattr(v, "key", "") in ("name", "yp", "worker", "ref_name"):
            w0 = words[0]
            return " ".join([w0[:-2] + w0[-1] if len(w0) > 3 else w0 + "e"] + words[1:])
        return rng.choice(w.TRACK_OLD_TEXT)

    def para(text, i):
        body = "".join(f"<text:line-break/>{esc(t)}" if k else esc(t) for k, t in enumerate(text.split("\n")))
        if i in tracked:
            old = old_of(fields[i][1])
            d, ins = region("deletion", old), region("insertion")
            body = (f'<text:change text:change-id="{d}"/><text:change-start text:change-id="{ins}"/>{body}'
                    f'<text:change-end text:change-id="{ins}"/>')
        if i in commented:
            body += (f"<office:annotation><dc:creator>{esc(author)}</dc:creator><dc:date>{when}</dc:date>"
                     f"<text:p>{esc(rng.choice(w.TRACK_COMMENTS))}</text:p></office:annotation>")
        return f'<text:p text:style-name="P1">{body}</text:p>'

    rows = []
    for i, (label, v) in enumerate(fields):
        if label == "\u00a7":
            rows.append(f'<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string">'
                        f'<text:p text:style-name="P2">{esc(v.text)}</text:p></table:table-cell><table:covered-table-cell/>'
                        "</table:table-row>")
        elif label == NOTE:
            rows.append(f'<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string">'
                        f'<text:p text:style-name="P1">{esc(v.text)}</text:p></table:table-cell><table:covered-table-cell/>'
                        "</table:table-row>")
        else:
            rows.append(f'<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="P1">'
                        f'{esc(label)}</text:p></table:table-cell><table:table-cell office:value-type="string">'
                        f"{para(v.text, i)}</table:table-cell></table:table-row>")
    header = esc(m["title"])
    footer = esc(rng.choice(w.TRACK_FOOTERS))
    intro = f'<text:p text:style-name="P1">{esc(rng.choice(w.INSTRUCTIONS))}</text:p>' \
        if hasattr(w, "INSTRUCTIONS") and rng.random() < 0.4 else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 <style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="10.5cm"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="P2">{header}</text:p></style:header><style:footer><text:p text:style-name="P1">{footer}</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
<text:tracked-changes text:track-changes="true">{"".join(changes)}</text:tracked-changes>
{intro}<table:table table:name="Form" table:style-name="T1"><table:table-column table:style-name="T1.A"/><table:table-column table:style-name="T1.B"/>
{"".join(rows)}
</table:table>
</office:text></office:body></office:document>
"""


def fods_hidden(m, rng):
    """A provider's return as its own workbook keeps it: a hidden column left from an older layout, a comment on a
    row's cell, and a second sheet with last week's return (heldout8, tuned11)."""
    w = m["wordings"]
    vd, h = m["void"], m["void"]["headers"]
    hidden_at = rng.randrange(1, len(VOID_COLUMNS))
    hidden_name = rng.choice(w.VOID_HIDDEN_COLUMNS)
    date_style = rng.choice(["ce1", "ce3"])

    def sheet(name, rows_, week_value, stale):
        cols = list(VOID_COLUMNS)
        out = [[fods_cell(m["title"] + (f" - {stale}" if stale else ""), len(cols) + 1, bold=True)],
               [fods_cell(vd["provider_label"]), fods_cell(vd["provider"])],
               [fods_cell(vd["week_label"]), fods_date(week_value.date, date_style)
                if week_value.kind == "date" and getattr(week_value, "date", None) else fods_cell(week_value.text)], []]
        head = [fods_cell(h[k], bold=True) for k in cols]
        head.insert(hidden_at, fods_cell(hidden_name, bold=True))
        out.append(head)
        for r in rows_:
            cells = []
            for k in cols:
                if k in ("total", "occupied", "vacant"):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{r[k]}"><text:p>{r[k]}'
                                 "</text:p></table:table-cell>")
                elif k == "available" and r[k].kind == "date" and getattr(r[k], "date", None):
                    cells.append(fods_date(r[k].date, date_style))
                else:
                    text = void_cell_text(r, k)
                    if k == "ref" and r.get("comment"):
                        cells.append(f'<table:table-cell office:value-type="string"><office:annotation><dc:creator>'
                                     f'{esc(r["comment"][0])}</dc:creator><text:p>{esc(r["comment"][1])}</text:p>'
                                     f"</office:annotation><text:p>{esc(text)}</text:p></table:table-cell>")
                    else:
                        cells.append(fods_cell(text) if text.strip() else "<table:table-cell/>")
            old = rng.randint(0, 9)
            cells.insert(hidden_at, f'<table:table-cell office:value-type="float" office:value="{old}"><text:p>{old}'
                                    "</text:p></table:table-cell>")
            out.append(cells)
        body = "".join("<table:table-row>" + "".join(c) + "</table:table-row>" for c in out)
        columns = "".join('<table:table-column table:visibility="collapse"/>' if i == hidden_at else "<table:table-column/>"
                          for i in range(len(cols) + 1))
        return f'<table:table table:name="{esc(name)}">{columns}{body}</table:table>'

    rows_ = [dict(r) for r in vd["rows"]]
    for r in rows_:
        if rng.random() < 0.4:
            r["comment"] = (rng.choice(w.TRACK_AUTHORS)[0], rng.choice(w.VOID_CELL_COMMENTS))
    this = sheet(rng.choice(w.VOID_SHEET_NAMES[0]), rows_, vd["week"], None)
    last = ""
    if rng.random() < 0.7 and vd["week"].kind == "date" and getattr(vd["week"], "date", None):
        prev = vd["week"].date - dt.timedelta(days=7)
        old_rows = [dict(r, occupied=min(r["total"], r["occupied"] + 1), vacant=r["total"] - min(r["total"], r["occupied"] + 1),
                         comment=None) for r in vd["rows"]]
        last = sheet(rng.choice(w.VOID_SHEET_NAMES[1]), old_rows, Value(date_text(prev, "dd/mm/yyyy"), "date", date=prev),
                     rng.choice(w.VOID_STALE_TITLES))
    doc = fods_document([], 1, "x").replace("<office:document ", '<office:document xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1)
    start = doc.index('<table:table table:name="x">')
    end = doc.index("</table:table>", start) + len("</table:table>")
    return doc[:start] + this + last + doc[end:]


# -- the part ---------------------------------------------------------------------------------------------------
# -- layouts only heldout9 and tuned12 ask for -----------------------------------------------------------------
SIGN_KEYS = {"referral": ("ref_name", "ref_role", "ref_org", "ref_email", "ref_phone"),
             "intelligence": ("worker", "role", "email", "phone")}


def long_form(m, rng):
    """A council's long form (heldout9, tuned12): "Section 3 of 7" at the top of each page, the young person's details
    two label/value pairs to a row, fields the hub does not need (GP, school, family, professionals, chronology) between
    the ones it does, and the referrer's or worker's details in a signed declaration at the end (LONG_EXTRAS,
    SECTION_OF, DECLARATIONS, SIGN_LABELS)."""
    w = m["wordings"]
    form = next((getattr(v, "form", "") for _, v in m["fields"] if getattr(v, "form", "")), "")
    sign = [(label, v) for label, v in m["fields"] if getattr(v, "key", "") in SIGN_KEYS.get(form, ())]
    # a heading over the fields that go to the declaration goes with them ("Referrer" must not head the allocated
    # worker's fields), and so does a heading left with nothing under it
    fields = m["fields"]
    keep = []
    for i, (label, v) in enumerate(fields):
        if (label, v) in sign:
            continue
        if label == "\u00a7":
            j = i + 1
            while j < len(fields) and fields[j][0] == NOTE:
                j += 1
            if j == len(fields) or fields[j][0] == "\u00a7" or fields[j] in sign:
                continue
        keep.append((label, v))
    rest = [(label, v) for label, v in keep if not (label == NOTE and keep.index((label, v)) > 0
                                                  and keep[keep.index((label, v)) - 1][0] not in ("\u00a7", NOTE))]
    groups, cur = [], []
    for label, v in rest:
        if label == "\u00a7" and cur and any(lab not in ("\u00a7", NOTE) for lab, _ in cur):
            groups.append(cur)
            cur = []
        cur.append((label, v))
    if cur:
        groups.append(cur)
    while len(groups) > 1 and sum(1 for lab, _ in groups[0] if lab not in ("\u00a7", NOTE)) < 2:
        groups[0:2] = [groups[0] + groups[1]]  # a lone question over the first section goes into it
    if len(groups) == 1:
        flat = groups[0]
        size = rng.choice([5, 6, 7])
        groups = [flat[i:i + size] for i in range(0, len(flat), size)]
    extras = list(w.LONG_EXTRAS.get(form, []))
    rng.shuffle(extras)
    for g in groups[1:]:
        for _ in range(rng.choice([1, 2, 2, 3])):
            if extras:
                label, text = extras.pop()
                g.insert(rng.randrange(1, len(g) + 1) if len(g) > 1 else len(g), (label, Value(text)))
    total = len(groups) + (1 if sign else 0)
    head = rng.choice(w.SECTION_OF)
    parts = []
    for n, g in enumerate(groups, 1):
        brk = ' style="page-break-before: always"' if n > 1 else ""
        parts.append(f'<p{brk}><font size="1">{esc(head.format(k=n, n=total, title=m["title"]))}</font></p>')
        parts.append(table_4wide(g) if n == 1 else table_2col(g))
    if sign:
        parts.append(f'<p><font size="1">{esc(head.format(k=total, n=total, title=m["title"]))}</font></p>')
        parts.append(f"<p><b>{esc(rng.choice(w.DECLARATIONS))}</b></p>")
        for label, v in sign:
            parts.append(f"<p>{esc(joined(label, v.text))}</p>")
        sig, dated = rng.choice(w.SIGN_LABELS)
        parts.append(f"<p>{esc(sig)} ............................................</p>")
        parts.append(f"<p>{esc(dated)} {esc(m['received'].strftime('%d/%m/%Y'))}</p>")
    return "".join(parts)


def supporting_html(m, rng):
    """The document sent with the form (heldout9, tuned12): a chronology, a care plan, a risk assessment, as a
    worker attaches one; the mail lists it first. SUPPORTING[form] gives (file name, title, lines), where a line
    "{d-N}|event" is a chronology row N days before the mail."""
    w = m["wordings"]
    key = {"referral": "referral", "risk-concern": "risk", "safeguarding-incident": "safeguarding",
           "intelligence-submission": "intelligence", "mash-referral": "mash", "mash-notice": "mash"}[m["form"]]
    name, title, lines = rng.choice(w.SUPPORTING[key])
    yp = next((v.text for _, v in m["fields"] if getattr(v, "key", "") in ("name", "yp")), "the young person")
    first = yp.split()[0] if yp.strip() else "the young person"
    m["support_name"] = name.format(i=m["id"].split("-")[-1])
    rows, paras = [], []
    for line in lines:
        if line.startswith("{d-"):
            days, event = line[3:].split("}|", 1)
            when = (m["received"] - dt.timedelta(days=int(days))).strftime("%d/%m/%Y")
            rows.append(f"<tr><td>{when}</td><td>{esc(event.format(yp=first))}</td></tr>")
        else:
            paras.append(f"<p>{esc_lines(line.format(yp=first))}</p>")
    table = ('<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr><td><b>Date</b></td><td><b>Event</b>'
             f'</td></tr>{"".join(rows)}</table>') if rows else ""
    return page(title.format(yp=yp), "".join(paras) + table)


def fodt_fields(m, rng):
    """A Word form of legacy form fields (heldout9, tuned12): each answer in a text form field (FORMTEXT, grey in Word,
    five spaces when left empty), a yes/no as two check-box form fields, written as a flat ODT with fieldmarks that
    LibreOffice saves as Word 97-2003 or Word 2007 form fields (FIELDS_INTRO, FIELDS_YN)."""
    w = m["wordings"]
    count = [0]

    def text_field(text):
        count[0] += 1
        lines = text.split("\n") if text.strip() else ["\u2002" * 5]
        shown = "<text:line-break/>".join(esc(x) for x in lines)
        return (f'<field:fieldmark-start text:name="Text{count[0]}" field:type="vnd.oasis.opendocument.field.FORMTEXT"/>'
                f"{shown}<field:fieldmark-end/>")

    def box(on):
        count[0] += 1
        return (f'<field:fieldmark text:name="Check{count[0]}" field:type="vnd.oasis.opendocument.field.FORMCHECKBOX">'
                f'<field:param field:name="Checkbox_Checked" field:value="{"true" if on else "false"}"/></field:fieldmark>')

    def c(inner, span=1, style=""):
        st = f' table:style-name="{style}"' if style else ""
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f"<table:table-cell{st}{sp}>{inner}</table:table-cell>" + "<table:covered-table-cell/>" * (span - 1)

    yes, no = rng.choice(w.FIELDS_YN)
    rows = []
    for label, v in m["fields"]:
        if label == "\u00a7":
            rows.append(c(f'<text:p><text:span text:style-name="B">{esc(v.text)}</text:span></text:p>', 2, "Shade"))
        elif label == NOTE:
            rows.append(c(f"<text:p>{esc(v.text)}</text:p>", 2))
        elif v.kind == "yn":
            rows.append(c(f"<text:p>{esc(label)}</text:p>") +
                        c(f"<text:p>{box(v.flag)} {esc(yes)}    {box(not v.flag)} {esc(no)}</text:p>"))
        else:
            rows.append(c(f"<text:p>{esc(label)}</text:p>") + c(f"<text:p>{text_field(v.text)}</text:p>"))
    intro = f"<text:p>{esc(rng.choice(w.FIELDS_INTRO))}</text:p>" if rng.random() < 0.6 else ""
    body = "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Shade" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9d9d9" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="T">{esc(m["title"])}</text:p>{intro}
<table:table table:name="Form"><table:table-column table:number-columns-repeated="2"/>{body}</table:table>
</office:text></office:body></office:document>
'''


def fods_provider(m, rng):
    """A provider's own weekly availability sheet (heldout9, tuned12): a title block with the provider and the week in a
    merged cell above the table, the provider's column order, each property by its address and its reference, blank
    spacer rows between localities, a notes column, the emergency bed as a tick in a green cell (or Y/N), dates as
    date cells or as typed, and a total row and a summary line under the table. As CSV: quoted, with a byte-order mark,
    with or without the block above (VOID_TITLE_LINES, VOID_TICKS, VOID_SUMMARY_LINES, VOID_ADDRESS_HEADERS)."""
    w = m["wordings"]
    vd, h = m["void"], dict(m["void"]["headers"])
    csv = m["layout"] == "csv-bom"
    cols = ["ref", "locality", "service", "total", "occupied", "vacant", "available", "emergency", "notes"]
    order = rng.choice([cols, ["locality", "ref", "service", "occupied", "vacant", "total", "emergency", "available", "notes"],
                        ["ref", "service", "locality", "total", "vacant", "occupied", "available", "notes", "emergency"]])
    addressed = rng.random() < 0.6
    if addressed:
        order = list(order)
        order.insert(order.index("ref") + (0 if rng.random() < 0.5 else 1), "address")
        h["address"] = rng.choice(w.VOID_ADDRESS_HEADERS)
    width = len(order)
    date_style = rng.choice(["ce1", "ce3"])
    ticks = rng.random() < 0.5
    on, off = rng.choice(w.VOID_TICKS)

    def s(text, span=1, bold=False, style=""):
        st = f' table:style-name="{style or "ce2"}"' if (bold or style) else ""
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return (f'<table:table-cell office:value-type="string"{st}{sp}><text:p>{esc(text)}</text:p></table:table-cell>'
                + "<table:covered-table-cell/>" * (span - 1))

    def n(x):
        return f'<table:table-cell office:value-type="float" office:value="{x}"><text:p>{x}</text:p></table:table-cell>'

    def d(value, span=1):
        if value.kind == "date" and (rng.random() < 0.7 and not csv):
            sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
            return (f'<table:table-cell office:value-type="date" office:date-value="{value.date.isoformat()}" '
                    f'table:style-name="{date_style}"{sp}><text:p>{value.date.strftime("%d/%m/%Y")}</text:p>'
                    "</table:table-cell>" + "<table:covered-table-cell/>" * (span - 1))
        return s(value.text, span) if value.text.strip() else "<table:table-cell/>"

    rows = []
    block = not csv or rng.random() < 0.6
    if block:
        rows.append([s(rng.choice(w.VOID_TITLE_LINES).format(title=m["title"], provider=vd["provider"]), width, True)])
        rows.append([s(vd["provider_label"]), s(vd["provider"], 3)])
        rows.append([s(vd["week_label"]), d(vd["week"], 3)])
        rows.append([])
        rows.append([s(h[k], bold=True) for k in order])
    else:
        rows.append([s(h["provider"], bold=True), s(h["week"], bold=True)] + [s(h[k], bold=True) for k in order])
    last_loc = None
    for r in vd["rows"]:
        loc = r["locality"].lower()
        if not csv and last_loc is not None and loc != last_loc and rng.random() < 0.7:
            rows.append([])
        last_loc = loc
        cells = [] if block else [s(vd["provider"]), s(vd["week"].text)]
        for k in order:
            if k in ("total", "occupied", "vacant"):
                cells.append(n(r[k]))
            elif k == "available":
                cells.append(d(r[k]))
            elif k == "address":
                towns = {"cherwell": "Banbury", "west oxfordshire": "Witney", "oxford city": "Oxford",
                         "south oxfordshire": "Didcot", "vale of white horse": "Abingdon"}
                town = towns.get(r["locality"].lower()) or rng.choice(["Swindon", "Reading", "Northampton"])
                cells.append(s(f"{rng.randint(1, 90)} {rng.choice(people.STREETS)}, {town}"))
            elif k == "emergency" and ticks:
                flag = r["emergency"].flag
                cells.append(s(on, style="ceG") if flag else (s(off) if off else "<table:table-cell/>"))
            else:
                text = void_cell_text(r, k)
                cells.append(s(text) if text.strip() else "<table:table-cell/>")
        rows.append(cells)
    if rng.random() < 0.7:
        label = rng.choice(w.VOID_TOTALS)
        first = order[0] if block else "provider"
        cells = [] if block else [s(label, bold=True), "<table:table-cell/>"]
        for i, k in enumerate(order):
            if k in ("total", "occupied", "vacant"):
                cells.append(n(sum(r[k] for r in vd["rows"])))
            elif i == 0 and block:
                cells.append(s(label, bold=True))
            else:
                cells.append("<table:table-cell/>")
        rows.append(cells)
        del first
    if rng.random() < 0.6:
        vac = sum(r["vacant"] for r in vd["rows"])
        rows.append([])
        rows.append([s(rng.choice(w.VOID_SUMMARY_LINES).format(v=vac, p=len(vd["rows"])), width)])
    if ticks and not csv:
        rows.append([s(rng.choice(w.VOID_TICK_LEGENDS).format(on=on), width)])
    doc = fods_document(rows, width, rng.choice(w.VOID_SHEETS))
    green = ('<style:style style:name="ceG" style:family="table-cell"><style:table-cell-properties '
             'fo:background-color="#92d050"/></style:style>\n')
    return doc.replace("</office:automatic-styles>", green + "</office:automatic-styles>", 1)


def void_lines(m, rng):
    """A return typed in the mail, one line per property (heldout9, tuned12): "OCC-CHE-01 (Cherwell, 16/17 Shared) -
    total 4, occupied 3, vacant 1, available from 9/12, emergency bed Y", the words the part's VOID_LINE gives."""
    w = m["wordings"]
    vd = m["void"]
    pattern = rng.choice(w.VOID_LINE)
    out = [m["intro"], "", f"{vd['provider_label'].rstrip(':')} {vd['provider']}".replace("? ", ": ") if
           vd["provider_label"].endswith("?") else f"{vd['provider_label'].rstrip(':')}: {vd['provider']}",
           f"{vd['week_label'].rstrip(':')}: {vd['week'].text}", ""]
    bullet = rng.choice(["", "- ", "\u2022 ", "* "])
    for r in vd["rows"]:
        avail = r["available"].text.strip() or rng.choice(w.VOID_LINE_NONE)
        out.append(bullet + pattern.format(ref=r["ref"], loc=r["locality"], svc=r["service"], t=r["total"],
                                           o=r["occupied"], v=r["vacant"], a=avail, e=r["emergency"].text,
                                           notes=(" - " + r["notes"]) if r["notes"].strip() else ""))
    return "\n".join(out + ["", m["signoff"], signed(m)]) + "\n"


# -- layouts only heldout10 and tuned13 ask for -----------------------------------------------------------------
def coloured(fields, w, rng):
    """Questions as paragraphs, each answer typed in a coloured paragraph under its question, as staff fill a Word form
    that has no table; a yes/no as "please tick" boxes on the question's line (heldout10, tuned13: ANSWER_COLOURS,
    TICK_PAIRS, TICK_WORDS)."""
    colour = rng.choice(w.ANSWER_COLOURS)
    on, off = rng.choice(w.TICK_PAIRS)
    yes, no = rng.choice(w.TICK_WORDS)
    out = []
    for label, v in fields:
        if label == "\u00a7":
            out.append(f"<p><b><u>{esc(v.text)}</u></b></p>")
        elif label == NOTE:
            out.append(note(v.text))
        elif v.kind == "yn":
            out.append(f"<p>{esc(label)}&nbsp;&nbsp; {esc(on if v.flag else off)} {esc(yes)}&nbsp;&nbsp;&nbsp; "
                       f"{esc(off if v.flag else on)} {esc(no)}</p>")
        else:
            out.append(f'<p><b>{esc(label)}</b></p><p><font color="{colour}">{cell(v.text) or "&nbsp;"}</font></p>')
    return "".join(out)


def body_spaced(m, rng):
    """A Word table pasted into a plain-text mail as the mail program turns it into text (heldout10, tuned13): the
    label column padded with spaces, a long label wrapped inside its column with the answer beside its first line,
    an answer of several paragraphs one paragraph to a line under the first."""
    width = rng.choice([26, 30, 34])
    out = [m["intro"], "", m["title"], ""]
    for label, v in m["fields"]:
        if label == "\u00a7":
            out += ["", v.text.upper() if rng.random() < 0.4 else v.text]
        elif label == NOTE:
            continue
        else:
            labs = textwrap.wrap(label.rstrip(" :"), width - 2) or [""]
            vals = v.text.split("\n")
            for i in range(max(len(labs), len(vals))):
                left = labs[i] if i < len(labs) else ""
                right = vals[i] if i < len(vals) else ""
                out.append((left.ljust(width) + right).rstrip())
    return "\n".join(out + ["", m["signoff"], signed(m)]) + "\n"


# -- layouts only heldout11 and tuned14 ask for -----------------------------------------------------------------
# the options a form offers for a choice, to mark the chosen one among them (struck through or Wingdings boxes)
CHOICE_OPTIONS = {
    "severity": ["Low", "Medium", "High", "Critical"],
    "category": ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff", "Police involvement",
                 "Hospital admission", "Other"],
    "status": ["Homeless", "Threatened with homelessness"],
    "legal_status": ["Looked after", "Care leaver", "Child in need", "Not known to social care"],
}


def chosen_option(v):
    """The option of CHOICE_OPTIONS a written choice means, or None (a value the form's list does not hold)."""
    key = getattr(v, "key", "")
    options = CHOICE_OPTIONS.get(key)
    if not options or "\n" in v.text:
        return None
    low = re.sub(r"[^a-z]", "", v.text.lower())
    if key == "legal_status":
        words = v.text.lower()
        return "Looked after" if words in ("lac", "looked after", "looked after child (s20)") else \
            "Care leaver" if "leaver" in words else "Child in need" if words in ("cin", "child in need") else \
            "Not known to social care" if words.startswith("not known") else None
    if key == "status":
        return "Homeless" if low.startswith("homeless") else "Threatened with homelessness" \
            if low.startswith("threatened") else None
    for o in options:
        if low.startswith(re.sub(r"[^a-z]", "", o.lower())):
            return o
    return None


def marked_answer(v, mark):
    """A yes/no or a choice written as the whole list of the form's options with the chosen one marked: mark(option,
    chosen) gives each option's markup. None for any other answer."""
    if v.kind == "yn":
        yes, no = ("YES", "NO") if v.text.isupper() and len(v.text) > 1 else ("Yes", "No")
        return mark(yes, v.flag) + " / " + mark(no, not v.flag)
    chosen = chosen_option(v)
    if chosen is None:
        return None
    return " / ".join(mark(o, o == chosen) for o in CHOICE_OPTIONS[v.key])


def table_struck(fields, w, rng):
    """A Word form whose yes/no and choice answers offer every option, the ones that do not apply struck through
    ("Yes / ~~No~~", "(delete as appropriate)"), as staff fill a printed-style template (heldout11, tuned14)."""
    hint = rng.choice(w.STRUCK_HINTS)
    rows = []
    for label, v in fields:
        between = heading_or_note_row(label, v, 2)
        if between:
            rows.append(between)
            continue
        answer = marked_answer(v, lambda o, on: esc(o) if on else f"<s>{esc(o)}</s>")
        lab = esc(label)
        if answer is not None and v.kind == "yn" and rng.random() < 0.6:
            lab += f' <font size="1"><i>{esc(hint)}</i></font>'
        rows.append(f'<tr><td width="40%">{lab}</td><td>{answer if answer is not None else cell(v.text) or "&nbsp;"}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def table_wingdings(fields, w, rng):
    """Yes/no and choice answers as check boxes typed in a symbol font, as Word's Insert Symbol puts them: the text
    holds the font's letters ("þ Yes ¨ No" in Wingdings, "R" / "£" in Wingdings 2) (heldout11, tuned14)."""
    font, on, off = rng.choice(w.WINGDINGS)
    across = rng.random() < 0.5

    def mark(o, chosen):
        return f'<font face="{font}">{esc(on if chosen else off)}</font> {esc(o)}'

    rows = []
    for label, v in fields:
        between = heading_or_note_row(label, v, 2)
        if between:
            rows.append(between)
            continue
        answer = marked_answer(v, mark)
        if answer is not None and not across:
            answer = answer.replace(" / ", "<br>")
        elif answer is not None:
            answer = answer.replace(" / ", "&nbsp;&nbsp;&nbsp; ")
        rows.append(f'<tr><td width="40%">{esc(label)}</td><td>{answer if answer is not None else cell(v.text) or "&nbsp;"}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def table_sections(fields, w, rng, caps=False):
    """A table to each section, each with its own dark header row across three columns and a column-heading row, the
    label in a shaded left cell and the answer in a merged wide cell, a date's format hint in the third column, and
    empty rows left at the end of a section (heldout11, tuned14: SECTION_HEADS, SECTION_EMPTY_LABELS)."""
    groups, title = [], rng.choice(w.SECTION_FIRST)
    for label, v in fields:
        if label == "\u00a7":
            groups.append((v.text, []))
        elif label == NOTE:
            continue
        else:
            if not groups:
                groups.append((title, []))
            groups[-1][1].append((label, v))
    heads = rng.choice(w.SECTION_HEADS) if rng.random() < 0.7 else None
    out = []
    for head, rows_ in groups:
        if not rows_:
            continue
        rows = [f'<tr><td colspan="3" bgcolor="#1f3864"><font color="#ffffff"><b>{esc(head)}</b></font></td></tr>']
        if heads:
            rows.append(f'<tr><td width="35%"><b>{esc(heads[0])}</b></td><td colspan="2"><b>{esc(heads[1])}</b></td></tr>')
        for label, v in rows_:
            text = v.text.upper() if caps and "@" not in v.text else v.text
            if v.kind == "date" and rng.random() < 0.5:
                rows.append(f'<tr><td width="35%" bgcolor="#d9d9d9">{esc(label)}</td><td width="45%">{cell(text)}</td>'
                            f'<td><font color="#808080" size="1">{esc(rng.choice(w.DATE_HINTS))}</font></td></tr>')
            else:
                rows.append(f'<tr><td width="35%" bgcolor="#d9d9d9">{esc(label)}</td>'
                            f'<td colspan="2">{cell(text) or "&nbsp;"}</td></tr>')
        for _ in range(rng.choice([0, 1, 1, 2])):
            extra = rng.choice(w.SECTION_EMPTY_LABELS)
            rows.append(f'<tr><td width="35%" bgcolor="#d9d9d9">{esc(extra) or "&nbsp;"}</td><td colspan="2">&nbsp;</td></tr>')
        out.append('<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table><p>&nbsp;</p>")
    top = f"<p><b>{esc(rng.choice(w.CAPS_NOTES))}</b></p>" if caps else ""
    return top + "".join(out)


DRAFT_KEYS = ("dob", "needed", "fgc_date", "date")


def draft_of(m, rng):
    """The earlier draft of a form sent with the final (heldout11, tuned14): a date not yet right or still "TBC", a
    free-text answer not yet written, "DRAFT" over the title."""
    w = m["wordings"]
    fields, dated, texted = [], False, 0
    for label, v in m["fields"]:
        if label in ("\u00a7", NOTE):
            fields.append((label, v))
        elif v.kind == "date" and getattr(v, "key", "") in DRAFT_KEYS and not dated:
            dated = True
            old = v.date.replace(year=v.date.year - 1) if v.date.month != 2 or v.date.day != 29 else v.date
            fields.append((label, Value(rng.choice([date_text(old, "dd/mm/yyyy"), rng.choice(w.DRAFT_BLANKS)]), "text")))
        elif v.kind == "text" and len(v.text) > 60 and texted < 2 and rng.random() < 0.6:
            texted += 1
            fields.append((label, Value(rng.choice(w.DRAFT_BLANKS), "text")))
        else:
            fields.append((label, v))
    return dict(m, fields=fields, title=rng.choice(w.DRAFT_TITLES).format(title=m["title"]))


def hurried_label(label, w, rng):
    """A label as typed in a hurry: lower case, no colon or star, office abbreviations, now and then a typo."""
    text = label.rstrip(" *:").lower()
    for long, short in w.HURRIED_WORDS:
        if long in text and rng.random() < 0.6:
            text = text.replace(long, short, 1)
    if rng.random() < w.TYPO_CHANCE:
        words = text.split(" ")
        long_words = [i for i, x in enumerate(words) if len(x) >= 5 and x.isalpha()]
        if long_words:
            i = rng.choice(long_words)
            x, k = words[i], rng.randrange(1, len(words[i]) - 2)
            kind = rng.choice(["drop", "swap", "double"])
            words[i] = x[:k] + x[k + 1:] if kind == "drop" else x[:k] + x[k + 1] + x[k] + x[k + 2:] \
                if kind == "swap" else x[:k] + x[k] + x[k:]
            text = " ".join(words)
    return text


def body_hurried(m, rng):
    """A form typed in a hurry into the mail (heldout11, tuned14): lower-case labels with typos and abbreviations, no
    colon (the answer after two spaces, one space or a dash), answers in capitals in some mails, no blank lines,
    headings dropped, a long answer running on over the lines under it, a first-name sign-off."""
    w = m["wordings"]
    sep = rng.choice(w.HURRIED_SEPS)
    caps = rng.random() < w.HURRIED_CAPS
    out = [rng.choice(w.HURRIED_INTROS), ""]
    if rng.random() < 0.4:
        out.append(m["title"].lower())
    for label, v in m["fields"]:
        if label == "\u00a7":
            if rng.random() < 0.3:
                out.append(v.text.lower())
            continue
        if label == NOTE or (v.kind == "blank" and rng.random() < 0.5):
            continue
        lab = hurried_label(label, w, rng)
        text = v.text.upper() if caps and "@" not in v.text else v.text
        lines = [x for x in text.split("\n") if x.strip()] or [""]
        if lab.endswith("?"):
            out.append(f"{lab} {lines[0]}")
        else:
            out.append(f"{lab}{sep}{lines[0]}")
        out += lines[1:]
    first = m["sender_name"] if m["sender_name"].endswith("Returns") else m["sender_name"].split()[0]
    return "\n".join(out + ["", rng.choice(w.HURRIED_SIGNOFFS).format(first=first)]) + "\n"


RESEND_DROP = {"referral": ["dob", "needed", "reason", "fgc", "consent"], "risk-concern": ["enable", "why", "ref"],
               "safeguarding-incident": ["description", "severity", "dob", "category"],
               "intelligence-submission": ["handling", "source", "location"], "mash-referral": ["dob", "status", "address"],
               "mash-notice": ["dob", "date"]}


def body_resend(m, rng):
    """A reply to the hub's own "could not accept" mail with the form typed again, corrected, above the quoted thread:
    the hub's reply naming the field that was missing, and under it the sender's first mail with that field left out
    (heldout11, tuned14: RESEND_LINES, RESEND_REPLIES)."""
    w = m["wordings"]
    keys = [getattr(v, "key", "") for label, v in m["fields"] if label not in ("\u00a7", NOTE)]
    drop = next((k for k in RESEND_DROP.get(m["form"], []) if k in keys), keys[0])
    dropped = next(label for label, v in m["fields"] if getattr(v, "key", "") == drop and label not in ("\u00a7", NOTE))
    old_fields = [(label, v) for label, v in m["fields"] if getattr(v, "key", "") != drop or label in ("\u00a7", NOTE)]
    first_sent = m["received"] - dt.timedelta(days=rng.randint(1, 3), minutes=rng.randint(5, 300))
    hub_sent = first_sent + dt.timedelta(minutes=rng.randint(3, 40))
    ref = "YPSA-" + "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(5)) + "-" + \
          "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(5))
    original_subject = m["subject"]
    m["subject"] = rng.choice(w.RESEND_SUBJECTS).format(subject=original_subject)
    new = body_lines(dict(m, layout="body-plain", intro=rng.choice(w.RESEND_LINES).format(field=dropped.rstrip(" *:?"))), rng)
    old = body_lines(dict(m, layout="body-plain", fields=old_fields, footer=None, disclaimer=None, thread=None), rng)
    hub = rng.choice(w.RESEND_REPLIES).format(field=dropped.rstrip(" *:?"), ref=ref, subject=original_subject)
    if rng.random() < 0.5:
        quoted = ["", "________________________________", "From: YPSA Intake <intake@ypsa.test>",
                  f"Sent: {hub_sent.strftime('%A, %-d %B %Y %H:%M')}", f"To: {m['sender_name']} <{m['sender']}>",
                  f"Subject: {rng.choice(w.HUB_SUBJECTS).format(subject=original_subject, ref=ref)}", "", hub, "",
                  "________________________________", f"From: {m['sender_name']} <{m['sender']}>",
                  f"Sent: {first_sent.strftime('%A, %-d %B %Y %H:%M')}", "To: YPSA Intake <intake@ypsa.test>",
                  f"Subject: {original_subject}", "", old.rstrip("\n")]
    else:
        quoted = ["", f"On {hub_sent.strftime('%a, %-d %b %Y at %H:%M')}, YPSA Intake <intake@ypsa.test> wrote:"]
        quoted += ["> " + x if x else ">" for x in hub.split("\n")] + [">",
                   f"> On {first_sent.strftime('%a, %-d %b %Y at %H:%M')}, {m['sender_name']} <{m['sender']}> wrote:"]
        quoted += [">> " + x if x else ">>" for x in old.rstrip("\n").split("\n")]
    return new.rstrip("\n") + "\n" + "\n".join(quoted) + "\n"


# -- layouts only heldout12 and tuned15 ask for: real office mail ----------------------------------------------
# Outlook's HTML (the Word editor's filtered HTML), Excel ranges pasted into Outlook, void workbooks with a filter and a
# frozen header, Word forms printed to PDF with a running header and footer, free-text answers as bullet points.
MSO_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""
MSO_TAIL = "</div>\n</body>\n</html>\n"
MSO_BLANK = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
FREE_KEYS = ("reason", "safety", "diversion", "support", "risk", "why", "enable", "description", "actions", "information",
             "mediation_outcome", "concerns", "outcome", "risk_self", "risk_others", "risk_from", "exploitation",
             "substance", "offending", "mental_health")


def mso_esc(text):
    return html.escape(text, quote=False)


def mso_lines(text):
    """Text of several lines as Outlook writes it: a paragraph to a line."""
    return "".join(mso_p(mso_esc(x)) if x.strip() else MSO_BLANK for x in text.split("\n"))


def mso_p(inner, style=""):
    return f"<p class=MsoNormal{style}>{inner}<o:p></o:p></p>\n"


def mso_span(text, rng=None):
    colour = "" if rng is None or rng.random() < 0.7 else ";color:#1F3864"
    return f"<span style='font-size:11.0pt{colour}'>{mso_esc(text)}</span>"


def bullet_pieces(v):
    """A free-text answer cut into the points a worker would bullet: its sentences (and its own lines). None when the
    answer is short or one sentence. Cut only after a full stop, a semicolon, "!" or "?", so no expected phrase is cut."""
    if getattr(v, "key", "") not in FREE_KEYS or v.kind != "text" or len(v.text) < 50:
        return None
    pieces = []
    for line in v.text.split("\n"):
        pieces += [x.strip() for x in re.split(r"(?<=[.;!?])\s+", line) if x.strip()]
    return pieces if len(pieces) >= 2 else None


def mso_bullets(pieces, mark):
    """Bullet points as Outlook writes a list: the bullet ("\u00b7" in Symbol, "o" in Courier New, "\u00a7" in
    Wingdings) in a span Word marks to be ignored, or typed before the point ("- ", "\u2022 ")."""
    fonts = {"\u00b7": "Symbol", "o": "\"Courier New\"", "\u00a7": "Wingdings"}
    out = []
    for x in pieces:
        if mark in fonts:
            out.append(f"<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
                       f"<span style='font-family:{fonts[mark]}'><span style='mso-list:Ignore'>{mso_esc(mark)}<span style='font:7.0pt "
                       f"\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                       f"{mso_esc(x)}<o:p></o:p></p>\n")
        else:
            out.append(mso_p(mso_esc(mark + x)))
    return "".join(out)


def mso_answer(v, w, rng, bullets):
    """An answer's paragraphs: one per line, or bullet points for a long free-text answer."""
    pieces = bullet_pieces(v) if bullets else None
    if pieces and rng.random() < w.BULLET_CHANCE:
        return mso_bullets(pieces, rng.choice(["\u00b7", "o", "\u00a7"]) if rng.random() < 0.5 else rng.choice(w.BULLET_MARKS))
    lines = v.text.split("\n") if v.text.strip() else ["\u00a0"]
    return "".join(mso_p(mso_span(x, rng)) if x.strip() else MSO_BLANK for x in lines)


def mso_signature(m, rng):
    w = m["wordings"]
    out = mso_lines(m["signoff"]) + MSO_BLANK
    out += mso_p(f"<b><span style='color:#1F3864'>{mso_esc(m['sender_name'])}</span></b>")
    for line in (m.get("footer") or "").split("\n"):
        if line.strip():
            out += mso_p(f"<span style='font-size:10.0pt;color:#1F3864'>{mso_esc(line)}</span>")
    out += MSO_BLANK + mso_p(f"<span style='font-size:8.0pt;color:gray'>{mso_esc(rng.choice(w.CONFIDENTIALITY))}</span>")
    return out


def mso_form_paragraphs(m, rng):
    """The form as Outlook paragraphs: the label bold in its own paragraph with the answer under it, or "Label: answer"
    with the label bold in one paragraph; a blank paragraph between questions; headings bold and underlined."""
    w = m["wordings"]
    inline = rng.random() < 0.5
    out = mso_p(f"<b><span style='font-size:14.0pt'>{mso_esc(m['title'])}</span></b>") + MSO_BLANK
    for label, v in m["fields"]:
        if label == "\u00a7":
            out += MSO_BLANK + mso_p(f"<b><u><span style='color:#2F5496'>{mso_esc(v.text)}</span></u></b>")
            continue
        if label == NOTE:
            out += mso_p(f"<i><span style='font-size:9.0pt'>{mso_esc(v.text)}</span></i>")
            continue
        pieces = bullet_pieces(v)
        one = inline if rng.random() < 0.85 else not inline
        if one and "\n" not in v.text and not (pieces and rng.random() < w.BULLET_CHANCE):
            lab = label if label.endswith(("?", ":")) else label.rstrip(" *") + ":"
            out += mso_p(f"<b>{mso_esc(lab)}</b> {mso_span(v.text, rng) if v.text.strip() else '&nbsp;'}")
        else:
            out += mso_p(f"<b>{mso_esc(label)}</b>") + mso_answer(v, w, rng, True)
            if rng.random() < 0.6:
                out += MSO_BLANK
    return out


def mso_cell(inner, width, shade=None, span=0):
    bg = f";background:{shade}" if shade else ""
    cs = f" colspan={span}" if span else ""
    return (f"<td width={width}%{cs} valign=top style='width:{width}.0%;border:solid windowtext 1.0pt{bg};padding:0cm 5.4pt "
            f"0cm 5.4pt'>\n{inner}</td>\n")


def mso_form_tables(m, rng):
    """The form as Outlook tables: an outer layout table holding one bordered table per section, the label shaded on
    the left, the answer's paragraphs (or bullet points) on the right, a long label wrapped over two paragraphs."""
    w = m["wordings"]
    groups, first = [], rng.choice(w.SECTION_FIRST)
    for label, v in m["fields"]:
        if label == "\u00a7":
            groups.append((v.text, []))
        elif label == NOTE:
            continue
        else:
            if not groups:
                groups.append((first, []))
            groups[-1][1].append((label, v))
    shade = rng.choice(["#D9E2F3", "#E7E6E6", "#DEEAF6", "#F2F2F2"])
    inner = []
    for head, rows_ in groups:
        if not rows_:
            continue
        rows = [f"<tr>{mso_cell(mso_p('<b>' + mso_esc(head) + '</b>'), 100, '#B4C6E7', 2)}</tr>\n"]
        for label, v in rows_:
            words = label.split(" ")
            if len(label) > 28 and len(words) > 3 and rng.random() < 0.3:
                cut = (len(words) + 1) // 2
                lab = mso_p("<b>" + mso_esc(" ".join(words[:cut])) + "</b>") + mso_p("<b>" + mso_esc(" ".join(words[cut:])) + "</b>")
            else:
                lab = mso_p("<b>" + mso_esc(label) + "</b>")
            rows.append(f"<tr>{mso_cell(lab, 38, shade)}{mso_cell(mso_answer(v, w, rng, True), 62)}</tr>\n")
        table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=100% style='width:100.0%;"
                 "border-collapse:collapse;border:none'>\n" + "".join(rows) + "</table>\n")
        inner.append(f"<tr><td style='padding:0cm 0cm 6.0pt 0cm'>\n{table}{MSO_BLANK}</td></tr>\n")
    title = mso_p(f"<b><span style='font-size:13.0pt;color:#1F3864'>{mso_esc(m['title'])}</span></b>")
    outer = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=100% style='width:100.0%'>\n"
             f"<tr><td style='padding:0cm 0cm 6.0pt 0cm'>\n{title}</td></tr>\n" + "".join(inner) + "</table>\n")
    return outer


def mso_plain(markup):
    """Outlook's text/plain part beside its HTML: a paragraph to a line, cells one after another."""
    text = re.sub(r"<!--.*?-->|<head>.*?</head>|<!\[if !supportLists\]>|<!\[endif\]>", "", markup, flags=re.S)
    text = re.sub(r"<span style='mso-list:Ignore'>(.*?)<span[^>]*>.*?</span></span>", "\\1\t", text, flags=re.S)
    text = re.sub(r"</p>|<br>|</tr>", "\n", text)
    text = re.sub(r"</td>", "\t", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("\u00a0", " ")
    lines = [x.strip(" \t") for x in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n") + "\n"


def mso_header_block(name, address, sent, to_name, to_address, subject):
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            f"<p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> {mso_esc(name)} &lt;{mso_esc(address)}&gt; "
            f"<br><b>Sent:</b> {sent.strftime('%A, %-d %B %Y %H:%M')}<br><b>To:</b> {mso_esc(to_name)} &lt;{mso_esc(to_address)}&gt;"
            f"<br><b>Subject:</b> {mso_esc(subject)}<o:p></o:p></span></p>\n</div>\n")


def body_outlook(m, rng):
    """A form written in Outlook (heldout12, tuned15: body-outlook, body-outlook-table, body-outlook-fw): the Word
    editor's HTML, and in some mails Outlook's plain-text part beside it. A forward puts the forwarder's line and
    signature over an Outlook header block and the colleague's mail."""
    w = m["wordings"]
    layout = m["layout"]
    form = mso_form_tables(m, rng) if layout == "body-outlook-table" or (
        layout == "body-outlook-fw" and rng.random() < 0.5) else mso_form_paragraphs(m, rng)
    if layout == "body-outlook-fw":
        first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
        colleague = f"{first} {last}"
        local = re.sub(r"[^a-z.-]", "", unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore")
                       .decode().lower())
        address = f"{local}@{m['sender'].split('@')[1]}"
        sent = m["received"] - dt.timedelta(minutes=rng.randint(15, 900))
        subject = m["subject"]
        m["subject"] = rng.choice(["FW: ", "FW: ", "Fw: "]) + subject
        inner = (mso_p(mso_esc(rng.choice(w.FORWARD_LINES))) + MSO_BLANK + mso_signature(m, rng) + MSO_BLANK +
                 mso_header_block(colleague, address, sent, m["sender_name"], m["sender"], subject) + MSO_BLANK +
                 mso_lines(m["intro"]) + MSO_BLANK + form + MSO_BLANK + mso_p(mso_esc(rng.choice(w.SIGNOFFS))) +
                 mso_p(mso_esc(colleague)))
    else:
        inner = mso_lines(m["intro"]) + MSO_BLANK + form + MSO_BLANK + mso_signature(m, rng)
    markup = MSO_HEAD + inner + MSO_TAIL
    plain = mso_plain(markup) if rng.random() < w.OUTLOOK_PLAIN else None
    return plain, markup


def excel_paste_html(m, rng):
    """A void return pasted from Excel into Outlook: the range as an HTML table with Excel's mso- styles, empty cells
    as &nbsp;, numbers right-aligned, dates as the sheet showed them and a totals row (heldout12, tuned15)."""
    w = m["wordings"]
    vd, h = m["void"], m["void"]["headers"]
    date_style = rng.choice(["dd/mm/yyyy", "d-Mon-yy", "dd/mm/yyyy"])
    widths = {"ref": 80, "locality": 90, "service": 150, "total": 55, "occupied": 65, "vacant": 55, "available": 85,
              "emergency": 70, "notes": 220}

    def td(text, k, bold=False, head=False, right=False):
        bg = ";background:#D9E1F2" if head else ""
        align = " align=right style='text-align:right'" if right else ""
        body = mso_esc(text) if text.strip() else "&nbsp;"
        if bold:
            body = f"<b>{body}</b>"
        return (f"<td width={widths[k]} nowrap valign=bottom style='width:{widths[k] * 0.75:.1f}pt;border:solid windowtext "
                f"1.0pt;border-top:none{bg};padding:0cm 5.4pt 0cm 5.4pt;height:15.0pt'>\n<p class=MsoNormal{align}>"
                f"<span style='color:black;mso-fareast-language:EN-GB'>{body}<o:p></o:p></span></p>\n</td>\n")

    def shown(v):
        if getattr(v, "kind", "") == "date" and v.date and rng.random() < 0.8:
            return date_text(v.date, date_style)
        return v.text

    rows = []
    in_range = rng.random() < 0.5
    if in_range:
        week = vd["week"]
        rows.append("<tr style='height:15.0pt'>" + td(vd["provider_label"], "ref", bold=True) + td(vd["provider"], "locality")
                    + "".join(td("", k) for k in VOID_COLUMNS[2:]) + "</tr>\n")
        rows.append("<tr style='height:15.0pt'>" + td(vd["week_label"], "ref", bold=True) + td(shown(week), "locality")
                    + "".join(td("", k) for k in VOID_COLUMNS[2:]) + "</tr>\n")
        rows.append("<tr style='height:15.0pt'>" + "".join(td("", k) for k in VOID_COLUMNS) + "</tr>\n")
    rows.append("<tr style='height:15.0pt'>" + "".join(td(h[k], k, bold=True, head=True) for k in VOID_COLUMNS) + "</tr>\n")
    for r in vd["rows"]:
        cells = []
        for k in VOID_COLUMNS:
            if k in ("total", "occupied", "vacant"):
                cells.append(td(str(r[k]), k, right=True))
            elif k == "available":
                cells.append(td(shown(r[k]) if r[k].kind == "date" else r[k].text, k, right=r[k].kind == "date"))
            else:
                cells.append(td(void_cell_text(r, k), k))
        rows.append("<tr style='height:15.0pt'>" + "".join(cells) + "</tr>\n")
    sums = {k: sum(r[k] for r in vd["rows"]) for k in ("total", "occupied", "vacant")}
    rows.append("<tr style='height:15.0pt'>" + "".join(
        td(str(sums[k]), k, bold=True, right=True) if k in sums else td(rng.choice(w.VOID_TOTALS), k, bold=True)
        if k == "ref" else td("", k) for k in VOID_COLUMNS) + "</tr>\n")
    table = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=0 style='width:666.0pt;"
             "border-collapse:collapse'>\n<tbody>\n" + "".join(rows) + "</tbody>\n</table>\n")
    top = "" if in_range else (mso_p(f"<b>{mso_esc(vd['provider_label'].rstrip(':'))}:</b> {mso_esc(vd['provider'])}") +
                               mso_p(f"<b>{mso_esc(vd['week_label'].rstrip(':'))}:</b> {mso_esc(vd['week'].text)}") + MSO_BLANK)
    inner = mso_lines(m["intro"]) + MSO_BLANK + top + table + MSO_BLANK + mso_signature(m, rng)
    markup = MSO_HEAD + inner + MSO_TAIL
    return (mso_plain(markup) if rng.random() < w.OUTLOOK_PLAIN else None), markup


def fods_filtered(m, rng):
    """A provider's void workbook as kept in Excel (heldout12, tuned15): a title and the provider and week over the
    table, the header row frozen and filtered, real date cells, numbers as numbers and a totals row of SUM formulas."""
    w = m["wordings"]
    vd, h = m["void"], m["void"]["headers"]
    date_style = rng.choice(["ce1", "ce3"])
    cols = list(VOID_COLUMNS)
    if rng.random() < 0.5:
        cols.remove("notes")
        cols.append("notes")
        cols.remove("service")
        cols.insert(1, "service")
    letters = "ABCDEFGHIJKLMNOP"
    num = lambda x: f'<table:table-cell office:value-type="float" office:value="{x}"><text:p>{x}</text:p></table:table-cell>'
    empty = "<table:table-cell/>"
    rows = [[fods_cell(f"{m['title']}", len(cols), bold=True)],
            [fods_cell(vd["provider_label"], bold=True), fods_cell(vd["provider"])]]
    week = vd["week"]
    rows.append([fods_cell(vd["week_label"], bold=True),
                 fods_date(week.date, date_style) if week.kind == "date" else fods_cell(week.text)])
    rows.append([])
    head_row = len(rows) + 1  # 1-based
    rows.append([fods_cell(h[k], bold=True) for k in cols])
    for r in vd["rows"]:
        cells = []
        for k in cols:
            if k in ("total", "occupied", "vacant"):
                cells.append(num(r[k]))
            elif k == "available":
                cells.append(fods_date(r[k].date, date_style) if r[k].kind == "date" else
                             (fods_cell(r[k].text) if r[k].text.strip() else empty))
            else:
                text = void_cell_text(r, k)
                cells.append(fods_cell(text) if text.strip() else empty)
        rows.append(cells)
    last = len(rows)
    total = []
    for i, k in enumerate(cols):
        if k in ("total", "occupied", "vacant"):
            c = letters[i]
            s = sum(r[k] for r in vd["rows"])
            total.append(f'<table:table-cell table:style-name="ce2" table:formula="of:=SUM([.{c}{head_row + 1}:.{c}{last}])" '
                         f'office:value-type="float" office:value="{s}"><text:p>{s}</text:p></table:table-cell>')
        elif i == 0:
            total.append(fods_cell(rng.choice(w.VOID_TOTALS), bold=True))
        else:
            total.append(empty)
    rows.append(total)
    sheet = rng.choice(w.VOID_SHEETS)
    doc = fods_document(rows, len(cols), sheet, italic_style=False)
    end = letters[len(cols) - 1]
    ranges = (f'<table:database-ranges><table:database-range table:name="__Anonymous_Sheet_DB__0" '
              f'table:target-range-address="\'{sheet}\'.A{head_row}:\'{sheet}\'.{end}{last}" '
              f'table:display-filter-buttons="true"/></table:database-ranges>')
    doc = doc.replace("</office:spreadsheet>", ranges + "</office:spreadsheet>", 1)
    settings = f'''<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry><config:config-item config:name="ViewId" config:type="string">view1</config:config-item><config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="{mso_esc(sheet)}"><config:config-item config:name="HorizontalSplitMode" config:type="short">0</config:config-item><config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item><config:config-item config:name="HorizontalSplitPosition" config:type="int">0</config:config-item><config:config-item config:name="VerticalSplitPosition" config:type="int">{head_row}</config:config-item><config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item><config:config-item config:name="PositionLeft" config:type="int">0</config:config-item><config:config-item config:name="PositionRight" config:type="int">0</config:config-item><config:config-item config:name="PositionTop" config:type="int">0</config:config-item><config:config-item config:name="PositionBottom" config:type="int">{head_row}</config:config-item></config:config-item-map-entry></config:config-item-map-named><config:config-item config:name="ActiveTable" config:type="string">{mso_esc(sheet)}</config:config-item></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings>
'''
    doc = doc.replace(' office:version="1.2"', ' xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
                      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"', 1)
    m["frozen_row"] = head_row
    doc = doc.replace("<office:automatic-styles>", settings + "<office:automatic-styles>", 1)
    return doc


def freeze_header(path, row):
    """Freezes the rows down to the header in an XLSX LibreOffice wrote headless (it keeps no view settings there): the
    pane Excel writes when the top rows are frozen (heldout12, tuned15)."""
    import zipfile
    data = {}
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for n in names:
            data[n] = (z.getinfo(n), z.read(n))
    info, sheet = data["xl/worksheets/sheet1.xml"]
    pane = (f'<pane xSplit="0" ySplit="{row}" topLeftCell="A{row + 1}" activePane="bottomLeft" state="frozen"/>'
            f'<selection pane="bottomLeft" activeCell="A{row + 1}" sqref="A{row + 1}"/>')
    sheet = re.sub(rb"<selection [^>]*/>", pane.encode(), sheet, count=1)
    data["xl/worksheets/sheet1.xml"] = (info, sheet)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(data[n][0], data[n][1])


def page_cut(text, phrase):
    """Where a long answer runs over the page: a space near its middle that does not cut the expected phrase."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    spaces.sort(key=lambda i: abs(i - len(text) // 2))
    flat = lambda s: " ".join(s.lower().split())
    for i in spaces:
        a, b = text[:i], text[i + 1:]
        if not phrase or phrase.lower() in flat(a) or phrase.lower() in flat(b):
            return a, b
    return None


def fodt_word_pdf(m, rng):
    """A Word form printed to PDF (heldout12, tuned15: pdf-word): the council's name and the protective marking in a
    page header, "Page 1 of 2" or "- 1 -" and the form's version code in the footer, on every page; the longest
    free-text answer runs over a page break and goes on under the next page's header, now and then "(continued)"."""
    w = m["wordings"]
    council, marking = rng.choice(w.PAGE_HEADERS)
    numbering = rng.choice(w.PAGE_NUMBERS)
    code = rng.choice(w.FORM_CODES)
    number = (numbering.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
              .replace("{pages}", "<text:page-count>2</text:page-count>"))
    as_table = rng.random() < 0.6
    bullets = rng.random() < 0.5
    texts = [(i, v) for i, (label, v) in enumerate(m["fields"])
             if label not in ("\u00a7", NOTE) and getattr(v, "key", "") in FREE_KEYS and len(v.text) > 80]
    cut_at, halves = None, None
    if texts:
        cut_at, v = max(texts, key=lambda t: len(t[1].text))
        halves = page_cut(v.text, m["expect"].get("text~"))
        if halves is None:
            cut_at = None
    cont = rng.choice(w.CONTINUED) if rng.random() < 0.5 else ""

    def paras(text, style="P1"):
        return "".join(f'<text:p text:style-name="{style}">{mso_esc(x)}</text:p>' for x in text.split("\n")) or \
            f'<text:p text:style-name="{style}"/>'

    def answer(v):
        pieces = bullet_pieces(v) if bullets else None
        if pieces:
            mark = rng.choice(w.BULLET_MARKS)
            return "".join(f'<text:p text:style-name="P1">{mso_esc(mark + x)}</text:p>' for x in pieces)
        return paras(v.text)

    body = [f'<text:p text:style-name="P3">{mso_esc(m["title"])}</text:p>']
    if as_table:
        rows, tables = [], []

        def close(break_after=False):
            tables.append(("".join(rows), break_after))
            rows.clear()

        for i, (label, v) in enumerate(m["fields"]):
            if label == "\u00a7":
                rows.append('<table:table-row><table:table-cell table:style-name="C3" table:number-columns-spanned="2" '
                            f'office:value-type="string"><text:p text:style-name="P2">{mso_esc(v.text)}</text:p>'
                            '</table:table-cell><table:covered-table-cell/></table:table-row>')
            elif label == NOTE:
                continue
            elif i == cut_at:
                a, b = halves
                rows.append(f'<table:table-row><table:table-cell table:style-name="C2" office:value-type="string">{paras(label, "P2")}'
                            f'</table:table-cell><table:table-cell table:style-name="C1" office:value-type="string">{paras(a)}'
                            "</table:table-cell></table:table-row>")
                close(True)
                cont_left = bool(cont) and rng.random() < 0.5
                left = paras(cont, "P2") if cont_left else '<text:p text:style-name="P2"/>'
                right = paras((cont + " " if cont and not cont_left else "") + b)
                rows.append(f'<table:table-row><table:table-cell table:style-name="C2" office:value-type="string">{left}'
                            f'</table:table-cell><table:table-cell table:style-name="C1" office:value-type="string">{right}'
                            "</table:table-cell></table:table-row>")
            else:
                rows.append(f'<table:table-row><table:table-cell table:style-name="C2" office:value-type="string">{paras(label, "P2")}'
                            f'</table:table-cell><table:table-cell table:style-name="C1" office:value-type="string">{answer(v)}'
                            "</table:table-cell></table:table-row>")
        close()
        for n, (content, _) in enumerate(tables):
            style = "TB" if n and tables[n - 1][1] else "T1"
            body.append(f'<table:table table:name="Form{n + 1}" table:style-name="{style}"><table:table-column '
                        f'table:style-name="TA"/><table:table-column table:style-name="TC"/>{content}</table:table>')
    else:
        for i, (label, v) in enumerate(m["fields"]):
            if label == "\u00a7":
                body.append(f'<text:p text:style-name="P4">{mso_esc(v.text)}</text:p>')
            elif label == NOTE:
                continue
            elif i == cut_at:
                a, b = halves
                body.append(paras(label, "P2") + paras(a))
                body.append(f'<text:p text:style-name="PB">{mso_esc((cont + " ") if cont else "")}{mso_esc(b.split(chr(10))[0])}</text:p>'
                            + "".join(f'<text:p text:style-name="P1">{mso_esc(x)}</text:p>' for x in b.split("\n")[1:]))
            else:
                body.append(paras(label, "P2") + answer(v) + '<text:p text:style-name="P1"/>')
    header = f'{mso_esc(council)}<text:tab/>{mso_esc(marking)}'
    footer = f'{mso_esc(code)}<text:tab/>{number}' if rng.random() < 0.5 else f'{number}<text:tab/>{mso_esc(code)}'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="Liberation Sans" fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="PH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="TB" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:break-before="page"/></style:style>
 <style:style style:name="TA" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TC" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="C2" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#f2f2f2" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="C3" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#bfbfbf" fo:border="0.5pt solid #000000"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="PH">{header}</text:p></style:header><style:footer><text:p text:style-name="PH">{footer}</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document>
"""


def table_bullets(fields, w, rng):
    """A Word form whose free-text answers are bullet points (heldout12, tuned15: docx-bullets): a Word list in the
    cell, or points typed with "- ", "o " or "•" one to a line."""
    listed = rng.random() < 0.5
    mark = rng.choice(w.BULLET_MARKS)
    rows = []
    for label, v in fields:
        between = heading_or_note_row(label, v, 2)
        if between:
            rows.append(between)
            continue
        pieces = bullet_pieces(v)
        if pieces and listed:
            answer = "<ul>" + "".join(f"<li>{mso_esc(x)}</li>" for x in pieces) + "</ul>"
        elif pieces:
            answer = "<br>".join(mso_esc(mark + x) for x in pieces)
        else:
            answer = cell(v.text) or "&nbsp;"
        rows.append(f'<tr><td width="38%">{mso_esc(label)}</td><td>{answer}</td></tr>')
    return '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


# -- layouts only heldout13 and tuned16 ask for: forms as councils make them -------------------------------------
# Council Word templates (numbered sections, instructions, questions spanning the width, tick grids, an office-use box,
# a page header and footer), split fields, typed bodies in a hurry or in sentences, replies with the form quoted,
# providers' void logs with a sheet per scheme, void returns told in sentences beside a short table.
COUNCIL_GRID_KEYS = ("legal_status", "category", "severity", "status")


def first_name_of(m):
    """The young person's first name as the form writes it (for a sentence that names them)."""
    v = next((v for label, v in m["fields"] if getattr(v, "key", "") in ("name", "yp") and label not in ("\u00a7", NOTE)),
             None)
    if v is None or not v.text.strip():
        return "the young person"
    text = v.text.strip()
    if "," in text:
        return text.split(",", 1)[1].split()[0]
    return text.split()[0]


def tick_grid(v, w, rng):
    """A yes/no or a status written as a row of tick boxes, the chosen one ticked ("\u2610 Yes \u2612 No"); None for
    any other answer."""
    on, off = rng.choice(w.TICKS)
    grids = w.GRIDS
    if v.kind == "yn":
        return f"{on if v.flag else off} Yes   {off if v.flag else on} No"
    key = getattr(v, "key", "")
    if key not in COUNCIL_GRID_KEYS:
        return None
    chosen = chosen_option(v)
    if chosen is None:
        return None
    sep = "\n" if key == "category" and rng.random() < 0.5 else "   "
    return sep.join((on if o == chosen else off) + " " + grids.get(key, {}).get(o, o) for o in CHOICE_OPTIONS[key])


def council_html(m, rng):
    """A council's Word template filled in (heldout13, tuned16: docx-council, pdf-council): a cover block with the
    council's name, the form's title and code, numbered sections ("Section A - ...", "Part 2:") each with an italic
    instruction under its heading, numbered questions ("1.1", "2a)"), a question spanning the table's width with its
    answer in the row under it for long answers, tick grids for yes/no and statuses, and at the end an empty "For office
    use only" box. A running header (marking, council) and footer (page of pages, the form's code) on every page."""
    w = m["wordings"]
    council, marking = rng.choice(w.COUNCILS)
    code = rng.choice(w.COUNCIL_CODES)
    section_style = rng.choice(w.SECTION_FORMS)
    question_style = rng.choice(w.QUESTION_FORMS)
    stacked_all = rng.random() < 0.35
    grids = rng.random() < 0.8
    fields = list(m["fields"])
    if not fields or fields[0][0] != "\u00a7":
        fields.insert(0, ("\u00a7", Value(rng.choice(w.FIRST_SECTIONS))))
    rows, section, q = [], 0, 0
    for label, v in fields:
        if label == "\u00a7":
            section, q = section + 1, 0
            title = re.sub(r"^(section|part)?\s*[0-9A-Za-z]{1,2}[.):]?\s*[-\u2013:]\s*|^\d+[.)]\s*", "", v.text, flags=re.I)
            heading = section_style.format(A="ABCDEFGHIJ"[section - 1], n=section, t=title)
            rows.append(f'<tr><td colspan="2" bgcolor="#1f3864"><font color="#ffffff"><b>{esc(heading)}</b></font></td></tr>')
            if rng.random() < 0.8:
                rows.append(f'<tr><td colspan="2"><i><font size="1">{esc(rng.choice(w.SECTION_NOTES))}</font></i></td></tr>')
            continue
        if label == NOTE:
            rows.append(note(v.text, 2))
            continue
        q += 1
        number = question_style.format(n=max(section, 1), q=q, a="abcdefghijklmnopqrstuvwxyz"[(q - 1) % 26])
        lab = number + label
        answer = (tick_grid(v, w, rng) if grids else None) or v.text
        long = getattr(v, "key", "") in FREE_KEYS or len(label) > 48
        # the boxes in a run of their own, in a font that has them, as Word writes a check box's glyph (MS Gothic)
        shown = re.sub("([\u2610-\u2612\u2714\u25a0\u25a1])", '<font face="DejaVu Sans">\\1</font>', cell(answer))
        if stacked_all or long:
            rows.append(f'<tr><td colspan="2" bgcolor="#e7e6e6"><b>{esc(lab)}</b></td></tr>')
            rows.append(f'<tr><td colspan="2">{shown or "&nbsp;"}</td></tr>')
        else:
            rows.append(f'<tr><td width="42%" bgcolor="#e7e6e6"><b>{esc(lab)}</b></td><td>{shown or "&nbsp;"}</td></tr>')
    heading, labels = rng.choice(w.OFFICE_BOXES)
    office = "".join(f'<tr><td width="35%">{esc(x)}</td><td>&nbsp;</td></tr>' for x in labels)
    cover = "".join(f"<p>{esc(x)}</p>" for x in rng.choice(w.COVER_LINES))
    number = (rng.choice(w.PAGE_FORMS).replace("{page}", '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>')
              .replace("{pages}", '<sdfield type=DOCSTAT subtype=PAGE format=PAGE>2</sdfield>'))
    return (f'<html><head><meta charset="utf-8"><title>{esc(m["title"])}</title></head>'
            f'<body style="font-family:Arial;font-size:10pt">'
            f'<div title="header"><p align="right"><font size="1"><b>{esc(marking)}</b> &nbsp; {esc(council)}</font></p></div>'
            f'<p align="center"><b><font size="4">{esc(council)}</font></b></p>'
            f'<p align="center"><b><font size="3">{esc(m["title"])}</font></b></p>'
            f'<p align="center"><font size="1">{esc(code)}</font></p>{cover}'
            f'<table border="1" cellpadding="4" cellspacing="0" width="100%">{"".join(rows)}</table><p></p>'
            f'<table border="2" cellpadding="3" cellspacing="0" width="70%"><tr><td colspan="2" bgcolor="#bfbfbf">'
            f'<b>{esc(heading)}</b></td></tr>{office}</table>'
            f'<div title="footer"><p><font size="1">{esc(code)} &nbsp;&nbsp; {number}</font></p></div>'
            f"</body></html>")


def split_name(text):
    """A name's surname and forenames, as a form with a box for each asks for them."""
    t = re.sub(r"\s*\(.*?\)", "", text).strip()
    if "," in t:
        last, first = [x.strip() for x in t.split(",", 1)]
        return last.title() if last.isupper() else last, first
    words = t.split()
    return " ".join(words[1:]), words[0]


def split_html(m, rng):
    """A form whose boxes split what other forms ask in one (heldout13, tuned16: docx-split-fields, pdf-split-fields):
    the name as "Surname" and "First name(s)", the date of birth in three cells (day, month, year), an incident's date
    and time in two cells, a phone number and an email in one "Contact details" cell. A four-column table."""
    w = m["wordings"]
    s = w.SPLIT
    day_l, month_l, year_l = rng.choice(s["dmy"])
    month_words = rng.random() < 0.3
    rows, fields, i = [], m["fields"], 0
    contact_keys = {"ref_phone": "ref_email", "phone": "email", "ref_email": "ref_phone", "email": "phone"}
    done = set()

    def row(label, *cells):
        if len(cells) == 1:
            return f'<tr><td width="34%">{esc(label)}</td><td colspan="3">{cell(cells[0]) or "&nbsp;"}</td></tr>'
        tds = "".join(f"<td>{cell(c) or '&nbsp;'}</td>" for c in cells)
        return f'<tr><td width="34%">{esc(label)}</td>{tds}</tr>'
    expect = m["expect"]
    while i < len(fields):
        label, v = fields[i]
        key = getattr(v, "key", "")
        nxt = fields[i + 1][1] if i + 1 < len(fields) else None
        if label == "\u00a7":
            rows.append(f'<tr><td colspan="4" bgcolor="#d9d9d9"><b>{esc(v.text)}</b></td></tr>')
        elif label == NOTE:
            rows.append(note(v.text, 4))
        elif key in ("name", "yp") and v.text.strip():
            last, first = split_name(v.text)
            if rng.random() < 0.5:
                rows.append(row(rng.choice(s["surname"]), last))
                rows.append(row(rng.choice(s["forename"]), first))
            else:
                rows.append(f'<tr><td width="34%">{esc(rng.choice(s["surname"]))}</td><td>{esc(last)}</td>'
                            f'<td>{esc(rng.choice(s["forename"]))}</td><td>{esc(first)}</td></tr>')
        elif key == "dob" and v.kind == "date":
            d = v.date
            month = d.strftime("%B") if month_words else f"{d.month:02d}"
            if rng.random() < 0.5:
                rows.append(row(label, f"{day_l}: {d.day:02d}", f"{month_l}: {month}", f"{year_l}: {d.year}"))
            else:
                rows.append(row(f"{label.rstrip(' *:')} ({day_l} / {month_l} / {year_l})", f"{d.day:02d}", month, str(d.year)))
        elif key == "dob" and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", v.text.strip()):
            dd, mm, yy = v.text.strip().split("/")
            rows.append(row(f"{label.rstrip(' *:')} ({day_l} / {month_l} / {year_l})", dd, mm, yy))
        elif key == "date" and nxt is not None and getattr(nxt, "key", "") == "time":
            rows.append(f'<tr><td width="34%">{esc(rng.choice(s["incident_date"]))}</td><td>{cell(v.text)}</td>'
                        f'<td>{esc(rng.choice(s["incident_time"]))}</td><td>{cell(nxt.text)}</td></tr>')
            i += 1
        elif key == "when" and "date" in expect and "time" in expect and m["form"] == "safeguarding-incident":
            d, t = dt.date.fromisoformat(expect["date"]), dt.time.fromisoformat(expect["time"])
            rows.append(f'<tr><td width="34%">{esc(rng.choice(s["incident_date"]))}</td>'
                        f'<td>{esc(date_text(d, rng.choice(s["date_styles"])))}</td>'
                        f'<td>{esc(rng.choice(s["incident_time"]))}</td><td>{esc(time_text(t, rng.choice(s["time_styles"])))}</td></tr>')
        elif key in contact_keys and v.text.strip() and key not in done:
            other = next((x for _, x in fields if getattr(x, "key", "") == contact_keys[key]), None)
            done.update({key, contact_keys[key]})
            phone, mail = (v, other) if "phone" in key else (other, v)
            parts = [x for x in (phone.text.strip() if phone else "", mail.text.strip() if mail else "") if x]
            text = rng.choice(s["contact_forms"]).format(phone=parts[0], email=parts[-1]) if len(parts) == 2 else parts[0]
            rows.append(row(rng.choice(s["contact"]), text))
        elif key in done:
            pass
        else:
            rows.append(row(label, v.text))
        i += 1
    return page(m["title"], '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>")


def typed_lines(m, rng, share):
    """A form typed into a mail by someone in a hurry (body-typed) or in sentences (body-sentences): lower-case labels,
    abbreviated and now and then misspelt, no colons, the answer on the next line; some fields told in a sentence
    ("She was born on 4 March 2009", "it happened on Tue 1 Dec at about 9.40pm") among the label lines."""
    w = m["wordings"]
    yp = first_name_of(m)
    gap = rng.random() < 0.5
    out = []
    fields, i = m["fields"], 0
    while i < len(fields):
        label, v = fields[i]
        key, form = getattr(v, "key", ""), getattr(v, "form", "")
        nxt = fields[i + 1][1] if i + 1 < len(fields) else None
        if label == "\u00a7":
            if rng.random() < 0.3:
                out += ["", v.text.lower()]
            i += 1
            continue
        if label == NOTE or (v.kind == "blank" and rng.random() < 0.4):
            i += 1
            continue
        if key == "date" and nxt is not None and getattr(nxt, "key", "") == "time" and rng.random() < max(share, 0.5):
            out.append(rng.choice(w.TYPED_WHEN[form]).format(d=v.text, t=nxt.text, yp=yp))
            if gap:
                out.append("")
            i += 2
            continue
        said = w.SENTENCES.get(form, {}).get(key)
        if said and v.kind != "blank" and "\n" not in v.text and rng.random() < share:
            out.append(rng.choice(said).format(v=v.text, yp=yp))
        else:
            out.append(hurried_label(label, w, rng).rstrip(" ?") if rng.random() < 0.8 else label.rstrip(" *:").lower())
            out += v.text.split("\n")
        if gap:
            out.append("")
        i += 1
    return out


def typed_signature(m, rng):
    w = m["wordings"]
    return [m["signoff"], m["sender_name"], rng.choice(w.JOB_TITLES), rng.choice(w.PHONE_LINES).format(
        n=f"{rng.randint(100000, 999999)}", m=f"{rng.randint(100, 999)}")]


def gmail_html(lines, signature):
    body = "<br>".join(mso_esc(x) for x in lines)
    sig = "<br>".join(mso_esc(x) for x in signature)
    return (f'<div dir="ltr">{body}<br><br><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
            f'<div dir="ltr">{sig}</div></div></div></div>\n')


def body_typed(m, rng):
    """body-typed and body-sentences (heldout13, tuned16): the form typed in Outlook (Word's HTML, now and then with its
    plain part) or Gmail (a div with line breaks, and the plain part)."""
    w = m["wordings"]
    share = w.SENTENCE_SHARE[m["layout"]]
    lines = [m["intro"], ""] + typed_lines(m, rng, share)
    sig = typed_signature(m, rng)
    plain = "\n".join(lines + [""] + sig) + "\n"
    if rng.random() < 0.5:
        return plain, "<html><head></head><body>" + gmail_html(lines, sig) + "</body></html>"
    markup = MSO_HEAD + "".join(mso_p(mso_esc(x)) if x.strip() else MSO_BLANK for x in lines) + MSO_BLANK + \
        "".join(mso_p(mso_esc(x)) for x in sig) + MSO_TAIL
    return (mso_plain(markup) if rng.random() < 0.4 else None), markup


def body_quoted(m, rng):
    """A reply with the form in the quoted part (heldout13, tuned16: body-quoted): the sender's own short line and
    signature on top, then "On Tue, 1 Dec 2026 at 09:14, ... wrote:" and the earlier mail as "> " lines, or in HTML in a
    blockquote. The earlier mail is the sender's own or a colleague's."""
    w = m["wordings"]
    own = rng.random() < 0.5
    if own:
        name, address = m["sender_name"], m["sender"]
    else:
        first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
        name = f"{first} {last}"
        local = re.sub(r"[^a-z.-]", "", unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore")
                       .decode().lower())
        address = f"{local}@{m['sender'].split('@')[1]}"
    sent = m["received"] - dt.timedelta(minutes=rng.randint(20, 1500))
    original = body_lines(dict(m, layout=rng.choice(["body-plain", "body-lines"]), sender_name=name, footer=None,
                               disclaimer=None, thread=None), rng).rstrip("\n").split("\n")
    m["subject"] = rng.choice(["RE: ", "Re: ", "RE: "]) + m["subject"]
    top = [rng.choice(w.QUOTE_LINES), ""] + typed_signature(m, rng)
    said = f"On {sent.strftime('%a, %-d %b %Y at %H:%M')}, {name} <{address}> wrote:"
    plain = "\n".join(top + ["", said] + ["> " + x if x else ">" for x in original]) + "\n"
    if rng.random() < 0.5:
        return plain, None
    quoted = "<br>".join(mso_esc(x) for x in original)
    markup = (f'<html><head></head><body>{gmail_html(top[:1], top[2:])}<br><div class="gmail_quote">'
              f'<div dir="ltr" class="gmail_attr">{mso_esc(said)}<br></div><blockquote class="gmail_quote" '
              f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              f'<div dir="ltr">{quoted}</div></blockquote></div></body></html>')
    return plain, markup


def fods_provider_log(m, rng):
    """A provider's own void log (heldout13, tuned16: xlsx-provider-log): one sheet per scheme (the properties of a
    locality), each with a title, the provider and the week, a row of merged group headings over the columns
    ("Property" over three, "Units" over three, "Availability" over two), the column headings, the properties and a wide
    notes column; now and then a summary sheet first."""
    w = m["wordings"]
    vd, h = m["void"], m["void"]["headers"]
    date_style = rng.choice(["ce1", "ce3"])
    groups = {}
    for r in vd["rows"]:
        groups.setdefault(r["locality"].lower(), []).append(r)
    g_prop, g_units, g_avail, g_notes = rng.choice(w.VOID_GROUPS)
    width = len(VOID_COLUMNS)
    week = vd["week"]
    week_cell = fods_date(week.date, date_style) if week.kind == "date" and rng.random() < 0.7 else fods_cell(week.text)
    sheets = []
    sheet_name, title = rng.choice(w.SCHEME_SHEETS), rng.choice(w.SCHEME_TITLES)
    if len(groups) > 1 and rng.random() < 0.4:
        rows = [[fods_cell(f"{m['title']} - {vd['provider']}", 4, bold=True)],
                [fods_cell(vd["provider_label"]), fods_cell(vd["provider"])], [fods_cell(vd["week_label"]), week_cell], [],
                [fods_cell(x, bold=True) for x in rng.choice(w.SUMMARY_HEADS)]]
        for rs in groups.values():
            rows.append([fods_cell(rs[0]["locality"].title().replace(" Of ", " of "))] +
                        [fods_number(sum(r[k] for r in rs)) for k in ("total", "occupied", "vacant")])
        sheets.append((rng.choice(w.SUMMARY_SHEETS), rows, 4))
    for rs in groups.values():
        place = rs[0]["locality"].title().replace(" Of ", " of ")
        rows = [[fods_cell(title.format(provider=vd["provider"], locality=place), width, bold=True)],
                [fods_cell(vd["provider_label"]), fods_cell(vd["provider"])], [fods_cell(vd["week_label"]), week_cell], [],
                [fods_cell(g_prop, 3, bold=True), fods_cell(g_units, 3, bold=True), fods_cell(g_avail, 2, bold=True),
                 fods_cell(g_notes, bold=True)],
                [fods_cell(h[k], bold=True) for k in VOID_COLUMNS]]
        for r in rs:
            rows.append(fods_void_row(r, VOID_COLUMNS, rng, date_style))
        sheets.append((sheet_name.format(locality=place)[:31], rows, width))
    first = fods_document(sheets[0][1], sheets[0][2], sheets[0][0])
    more = "".join(f'<table:table table:name="{esc(name)}"><table:table-column table:number-columns-repeated="{wd}"/>'
                   + "".join("<table:table-row>" + "".join(c) + "</table:table-row>" for c in rows) + "</table:table>"
                   for name, rows, wd in sheets[1:])
    return first.replace("</table:table></office:spreadsheet>", "</table:table>" + more + "</office:spreadsheet>", 1)


def body_void_typed(m, rng):
    """A void return typed into the mail (heldout13, tuned16: body-void-typed): a sentence per property ("Flat 2 at
    RSP-CHE-01 is empty from Monday ...") beside a short table of the counts, as text and as HTML."""
    w = m["wordings"]
    vd, h = m["void"], m["void"]["headers"]
    opener = rng.choice(w.VOID_OPENERS).format(provider=vd["provider"], week=vd["week"].text)
    said = []
    for r in vd["rows"]:
        avail = void_cell_text(r, "available").strip()
        kind = "empty" if r["vacant"] and avail and avail not in ("-", "n/a", "N/A", "none", "None") else \
            "empty-now" if r["vacant"] else "full"
        said.append(rng.choice(w.VOID_SENTENCES[kind]).format(
            ref=r["ref"], locality=r["locality"], vacant=r["vacant"], total=r["total"], occupied=r["occupied"],
            available=avail, service=r["service"]))
    cols = ["ref", "total", "occupied", "vacant"]
    head = [h[k].rstrip(":") for k in cols]
    table = [head] + [[str(r[k]) for k in cols] for r in vd["rows"]]
    sig = typed_signature(m, rng)
    before = rng.random() < 0.5
    plain_table = ["\t".join(x) for x in table]
    lines = [m["intro"], "", opener, ""] + (said + [""] + plain_table if before else plain_table + [""] + said)
    plain = "\n".join(lines + [""] + sig) + "\n"
    trs = "".join("<tr>" + "".join(f"<td style='border:1px solid #999;padding:2px 6px'>{mso_esc(c)}</td>" for c in x)
                  + "</tr>" for x in table)
    tab = f"<table style='border-collapse:collapse'>{trs}</table>"
    sentences = "".join(f"<p>{mso_esc(x)}</p>" for x in said)
    markup = (f"<html><body><div dir='ltr'><p>{esc_lines(m['intro'])}</p><p>{mso_esc(opener)}</p>"
              f"{sentences + tab if before else tab + sentences}<p>{'<br>'.join(mso_esc(x) for x in sig)}</p></div></body></html>")
    return plain, markup


# -- layouts only heldout14 and tuned17 ask for ----------------------------------------------------------------
def groups_of(fields, first):
    """The form's questions grouped under their section headings (the guidance notes left out); the questions before
    the first heading under `first`."""
    groups = []
    for label, v in fields:
        if label == "\u00a7":
            groups.append((v.text, []))
        elif label == NOTE:
            continue
        else:
            if not groups:
                groups.append((first, []))
            groups[-1][1].append((label, v))
    return [g for g in groups if g[1]]


def is_long(label, v):
    return getattr(v, "key", "") in FREE_KEYS or "\n" in v.text or len(v.text) > 60 or len(label) > 50


def nested_html(m, rng):
    """A Word form built of merged and nested tables (heldout14, tuned17: docx-nested): a masthead of three cells with
    the crest's cell merged down two rows, a dark heading row per section, the first section (and some others) as a
    table nested in one cell of the outer table with two questions to a row, a long answer's cell merged across three
    columns, and a yes/no question's label cell merged down over its answer and an empty "if yes, give details" line."""
    w = m["wordings"]
    crest, strap = rng.choice(w.MASTHEADS)
    office = rng.choice(w.OFFICE_LINES)
    shade = rng.choice(["#1F4E79", "#385623", "#5B2C6F", "#404040"])
    top = (f'<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr>'
           f'<td rowspan="2" width="18%" align="center"><font size="1">{esc(crest)}</font></td>'
           f'<td width="54%"><b><font size="4">{esc(m["title"])}</font></b></td>'
           f'<td width="28%"><font size="1">{esc(office[0])}</font></td></tr>'
           f'<tr><td><font size="1">{esc(strap)}</font></td><td><font size="1">{esc(office[1])}</font></td></tr></table><p></p>')
    rows = []
    for n, (heading, items) in enumerate(groups_of(m["fields"], rng.choice(w.FIRST_GROUPS))):
        rows.append(f'<tr><td colspan="2" bgcolor="{shade}"><font color="#ffffff"><b>{esc(heading)}</b></font></td></tr>')
        if n == 0 or rng.random() < 0.35:
            inner, pending = [], []

            def flush():
                if pending:
                    cells = "".join(f'<td width="20%" bgcolor="#f2f2f2">{esc(lab)}</td><td width="30%">{cell(val.text) or "&nbsp;"}</td>'
                                    for lab, val in pending)
                    if len(pending) == 1:
                        cells += '<td width="20%" bgcolor="#f2f2f2">&nbsp;</td><td width="30%">&nbsp;</td>'
                    inner.append(f"<tr>{cells}</tr>")
                    pending.clear()

            for label, v in items:
                if is_long(label, v):
                    flush()
                    inner.append(f'<tr><td width="20%" bgcolor="#f2f2f2">{esc(label)}</td>'
                                 f'<td colspan="3">{cell(v.text) or "&nbsp;"}</td></tr>')
                else:
                    pending.append((label, v))
                    if len(pending) == 2:
                        flush()
            flush()
            rows.append(f'<tr><td colspan="2"><table border="1" cellpadding="3" cellspacing="0" width="100%">'
                        f'{"".join(inner)}</table></td></tr>')
            continue
        for label, v in items:
            if v.kind == "yn" and rng.random() < 0.6:
                rows.append(f'<tr><td rowspan="2" width="38%">{esc(label)}</td><td>{cell(v.text) or "&nbsp;"}</td></tr>'
                            f'<tr><td><font size="1"><i>{esc(rng.choice(w.DETAIL_PROMPTS))}</i></font></td></tr>')
            else:
                rows.append(f'<tr><td width="38%">{esc(label)}</td><td>{cell(v.text) or "&nbsp;"}</td></tr>')
    return (f'<html><head><meta charset="utf-8"><title>{esc(m["title"])}</title></head>'
            f'<body style="font-family:Arial;font-size:10pt">{top}'
            f'<table border="1" cellpadding="4" cellspacing="0" width="100%">{"".join(rows)}</table></body></html>')


def frames_fodt(m, rng):
    """A Word form whose answers sit in text boxes (heldout14, tuned17: docx-frames): each question a paragraph, its
    answer in a bordered text box anchored under it or set in the line after the question; Word keeps a text box's
    text in the drawing and again in its VML fallback. Section headings bold, the title in the page header too."""
    w = m["wordings"]
    inline = rng.random() < 0.4
    paras, n = [], 0
    for label, v in m["fields"]:
        if label == "\u00a7":
            paras.append(f'<text:p text:style-name="P2">{esc(v.text)}</text:p>')
            continue
        if label == NOTE:
            paras.append(f'<text:p text:style-name="P3">{esc(v.text)}</text:p>')
            continue
        n += 1
        lines = v.text.split("\n") if v.text.strip() else [""]
        box = "".join(f'<text:p text:style-name="P1">{esc(x)}</text:p>' for x in lines)
        tall = max(0.6, 0.45 * (len(v.text) // 70 + len(lines)))
        if inline and not is_long(label, v):
            paras.append(f'<text:p text:style-name="P1">{esc(label)} <draw:frame draw:style-name="fr2" draw:name="Text Box {n}" '
                         f'text:anchor-type="as-char" svg:width="8.5cm" svg:height="0.6cm" draw:z-index="{n}">'
                         f'<draw:text-box>{box}</draw:text-box></draw:frame></text:p>')
        else:
            paras.append(f'<text:p text:style-name="P4">{esc(label)}</text:p>')
            paras.append(f'<text:p text:style-name="P1"><draw:frame draw:style-name="fr1" draw:name="Text Box {n}" '
                         f'text:anchor-type="paragraph" svg:width="16.5cm" draw:z-index="{n}">'
                         f'<draw:text-box fo:min-height="{tall:.2f}cm">{box}</draw:text-box></draw:frame></text:p>')
            paras.append('<text:p text:style-name="P1"/>')
    header = esc(rng.choice(w.FRAME_HEADERS).format(title=m["title"]))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic" fo:font-size="9pt"/></style:style>
 <style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="left" style:horizontal-rel="paragraph"/></style:style>
 <style:style style:name="fr2" style:family="graphic"><style:graphic-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm" style:vertical-pos="middle" style:vertical-rel="baseline"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="P3">{header}</text:p></style:header></style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="P5">{esc(m["title"])}</text:p>
{"".join(paras)}
</office:text></office:body></office:document>
"""


def browser_html(m, rng):
    """An online form printed to PDF from a browser (heldout14, tuned17: pdf-browser): the browser's line at the top of
    every page (when it was printed, the page's title) and at the foot (the address, "1/2"), the portal's banner, each
    question over its answer in a grey box, yes/no as radio buttons, the buttons under the form."""
    w = m["wordings"]
    portal, base = rng.choice(w.PORTALS)
    printed = m["received"] - dt.timedelta(minutes=rng.randint(3, 90))
    stamp = printed.strftime(rng.choice(["%d/%m/%Y, %H:%M", "%d/%m/%Y %H:%M", "%-d/%-m/%y, %-I:%M %p"]))
    slug = re.sub(r"[^a-z0-9]+", "-", m["title"].lower()).strip("-")[:40]
    url = f"{base}/{slug}?submission={rng.randint(100000, 999999)}"
    on, off = rng.choice([("\u25c9", "\u25cb"), ("\u25cf", "\u25cb"), ("(\u2022)", "( )")])
    body = []
    for label, v in m["fields"]:
        if label == "\u00a7":
            body.append(f'<p style="margin-top:12pt;border-bottom:1px solid #999999"><b><font size="3" color="#00506e">'
                        f'{esc(v.text)}</font></b></p>')
            continue
        if label == NOTE:
            body.append(f'<p><font size="1" color="#555555">{esc(v.text)}</font></p>')
            continue
        body.append(f'<p style="margin-bottom:2pt"><b>{esc(label)}</b></p>')
        if v.kind == "yn" and v.flag is not None:
            body.append(f'<p><font face="DejaVu Sans">{on if v.flag else off}</font> Yes &nbsp;&nbsp; '
                        f'<font face="DejaVu Sans">{off if v.flag else on}</font> No</p>')
        else:
            body.append(f'<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr><td bgcolor="#f3f3f3">'
                        f'{cell(v.text) or "&nbsp;"}</td></tr></table>')
    page_no = ('<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>/'
               '<sdfield type=DOCSTAT subtype=PAGE format=PAGE>2</sdfield>')
    return (f'<html><head><meta charset="utf-8"><title>{esc(m["title"])}</title></head>'
            f'<body style="font-family:Arial;font-size:10pt">'
            f'<div title="header"><p><font size="1">{esc(stamp)} &nbsp;&nbsp;&nbsp;&nbsp; {esc(m["title"])} | {esc(portal)}</font></p></div>'
            f'<table border="0" cellpadding="6" cellspacing="0" width="100%"><tr><td bgcolor="#00506e"><font color="#ffffff">'
            f'<b>{esc(portal)}</b></font></td></tr></table>'
            f'<p><font size="4"><b>{esc(m["title"])}</b></font></p>'
            f'<p><font size="1">{esc(rng.choice(w.PORTAL_LINES))}</font></p>{"".join(body)}'
            f'<p></p><p><b>[ {esc(rng.choice(w.PORTAL_BUTTONS))} ]</b></p>'
            f'<div title="footer"><p><font size="1">{esc(url)} &nbsp;&nbsp;&nbsp;&nbsp; {page_no}</font></p></div>'
            f"</body></html>")


def phone_lines(m, rng):
    """The form thumbed into a phone: "Label: value" lines, the blank answers left out, the first letter of each line a
    capital as the keyboard makes it, the part's autocorrections of the labels (heldout14, tuned17)."""
    w = m["wordings"]
    out = []
    for label, v in m["fields"]:
        if label in ("\u00a7", NOTE) or (v.kind == "blank" and rng.random() < 0.8):
            continue
        lab = label.rstrip(" *:")
        # no one types a form's guidance on a phone: "(e.g. ...)", "- as known to services" left off
        lab = re.sub(r"(\s+(\([^()]*\)|\[[^\]]*\]|-\s[^-/]*))+$", "", lab) or lab
        for wrong, right in w.AUTOCORRECT:
            lab = re.sub(r"\b" + re.escape(wrong) + r"\b", right, lab)
        lab = lab[:1].upper() + lab[1:]
        text = " ".join(x.strip() for x in v.text.split("\n") if x.strip())
        out.append(f"{lab} {text}" if lab.endswith("?") else f"{lab}: {text}")
    return out


def body_phone(m, rng):
    """A form sent from a phone (heldout14, tuned17: body-phone): a line or two, the answers, the first name and the
    phone's own line ("Sent from my iPhone"); iOS Mail's HTML with its plain part, or Outlook for Android's with the
    phone numbers as links."""
    w = m["wordings"]
    lines = [rng.choice(w.PHONE_INTROS), ""] + phone_lines(m, rng) + ["", m["sender_name"].split()[0]]
    device = rng.choice(w.PHONE_SIGNATURES)
    plain = "\n".join(lines + ["", device]) + "\n"
    if "Android" in device or "Outlook" in device:
        def linked(x):
            return re.sub(r"(\+?\(?0[\d() ]{9,}\d)", lambda g: f'<a href="tel:{re.sub(r"[^0-9+]", "", g.group(1))}">'
                          f'{g.group(1)}</a>', mso_esc(x))
        inner = "".join(f'<div dir="auto">{linked(x) if x else "<br>"}</div>' for x in lines)
        markup = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                  f'<div dir="auto">{inner}</div><div dir="auto"><br></div><div dir="auto">{mso_esc(device)}</div>'
                  f'</body></html>')
    else:
        markup = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                  f'<body dir="auto">{"<br>".join(mso_esc(x) for x in lines)}<div><br></div>'
                  f'<div dir="ltr">{mso_esc(device)}</div></body></html>')
    return plain, markup


UNIT_KEYS = ("total", "occupied", "vacant")


def unit_text(n, key, w, rng):
    """A count as providers type it into a sheet with its unit ("5 units", "1 bed", "nil")."""
    if n == 0 and rng.random() < 0.6:
        return rng.choice(w.UNIT_NONE)
    words = w.UNIT_WORDS[key]
    return rng.choice(words).format(n=n, s="" if n == 1 else "s")


def fods_units(m, rng):
    """A provider's void sheet whose counts are typed with their units (heldout14, tuned17: xlsx-units, csv-units):
    "6 units", "5 occ", "1 void", "nil" as text cells, a title, the provider and the week over the columns."""
    vd = m["void"]
    w = m["wordings"]
    h = vd["headers"]
    cols = [k for k in VOID_COLUMNS if k not in ("emergency",)] if rng.random() < 0.5 else list(VOID_COLUMNS)
    rows = [[fods_cell(f"{m['title']} - {vd['provider']}", bold=True)],
            [fods_cell(vd["provider_label"]), fods_cell(vd["provider"])],
            [fods_cell(vd["week_label"]), fods_cell(vd["week"].text)], [],
            [fods_cell(h[k], bold=True) for k in cols]]
    for r in vd["rows"]:
        cells = []
        for k in cols:
            if k in UNIT_KEYS:
                cells.append(fods_cell(unit_text(r[k], k, w, rng)))
            else:
                text = void_cell_text(r, k)
                cells.append(fods_cell(text) if text.strip() else "<table:table-cell/>")
        rows.append(cells)
    return fods_document(rows, len(cols), rng.choice(w.UNIT_SHEETS))


def eml_attached(m, msg, out, converted, rng):
    """The form forwarded as an attachment (heldout14, tuned17: eml-attached): a colleague's short note and signature,
    and the original mail attached whole as message/rfc822 ("<subject>.eml"), the form in its body or in a document
    attached to it."""
    w = m["wordings"]
    inner = EmailMessage(policy=email.policy.SMTP)
    inner["From"] = formataddr((m["sender_name"], m["sender"]))
    inner["To"] = formataddr(m["outer"])
    inner["Subject"] = m["subject"]
    inner["Date"] = format_datetime(m["received"] - dt.timedelta(minutes=rng.randint(25, 2000)))
    inner["Message-ID"] = f"<{hashlib.sha256((m['id'] + '-inner').encode()).hexdigest()[:24].upper()}@{m['sender'].split('@')[1]}>"
    if m["attachment"]:
        inner.set_content(covering_text(m))
        data = (converted / m["attachment"]).read_bytes()
        (out / "docs" / m["attachment"]).write_bytes(data)
        ext = m["attachment"].rsplit(".", 1)[1]
        maintype, subtype = TYPES[ext].split("/")
        inner.add_attachment(data, maintype=maintype, subtype=subtype,
                             filename=rng.choice(w.ATTACHMENT_NAMES[m["form"]]).format(i=m["id"].split("-")[-1]) + "." + ext)
    elif m["form"] == "void-return":
        inner.set_content(void_body(dict(m, layout="body-pasted"), rng)[0])
    else:
        inner.set_content(body_lines(dict(m, layout=rng.choice(["body-plain", "body-lines"])), rng))
    note = rng.choice(w.FORWARD_NOTES)
    msg.replace_header("From", formataddr(m["outer"]))
    msg.replace_header("Subject", rng.choice(["FW: ", "Fw: ", "Fwd: "]) + m["subject"])
    msg.set_content(f"{note}\n\n{rng.choice(w.SIGNOFFS)}\n{m['outer'][0]}\n{rng.choice(w.OUTER_ROLES)}\n")
    name = re.sub(r'[\\/:*?"<>|]', "_", m["subject"])
    msg.add_attachment(inner, disposition="attachment", filename=f"{name}.eml")
    if not m["attachment"]:
        # the forwarded mail itself is the document the manifest names
        m["attachment"] = f"{m['id']}.eml"
        (out / "docs" / m["attachment"]).write_bytes(inner.as_bytes())


# -- layouts only heldout15 and tuned18 ask for ---------------------------------------------------------------------
GENERIC_GROUPS = {
    # (form, key) -> (whose section, the generic word); a field not here keeps its label under the form's own heading
    ("referral", "name"): ("yp", "name"), ("referral", "dob"): ("yp", "dob"), ("referral", "address"): ("yp", "address"),
    ("referral", "gender"): ("yp", None), ("referral", "lcs"): ("yp", None), ("referral", "locality"): ("yp", None),
    ("referral", "legal_status"): ("yp", None), ("referral", "uasc"): ("yp", None), ("referral", "parent"): ("yp", None),
    ("referral", "age"): ("yp", None),
    ("referral", "ref_name"): ("you", "name"), ("referral", "ref_role"): ("you", None), ("referral", "ref_org"): ("you", None),
    ("referral", "ref_email"): ("you", "email"), ("referral", "ref_phone"): ("you", "phone"),
    ("referral", "sw_name"): ("sw", "name"), ("referral", "sw_email"): ("sw", "email"),
    ("risk", "yp"): ("yp", "name"),
    ("safeguarding", "name"): ("yp", "name"), ("safeguarding", "dob"): ("yp", "dob"), ("safeguarding", "lcs"): ("yp", None),
    ("safeguarding", "sw_name"): ("sw", "name"), ("safeguarding", "sw_email"): ("sw", "email"),
    ("intelligence", "worker"): ("you", "name"), ("intelligence", "role"): ("you", None),
    ("intelligence", "email"): ("you", "email"), ("intelligence", "phone"): ("you", "phone"),
    ("intelligence", "agency"): ("you", None),
    ("mash", "name"): ("yp", "name"), ("mash", "dob"): ("yp", "dob"), ("mash", "address"): ("yp", "address"),
    ("mash", "age"): ("yp", None),
    ("mash-notice", "name"): ("yp", "name"), ("mash-notice", "dob"): ("yp", "dob"),
}


def generic_fields(m, rng):
    """The form's fields with generic labels ("Name", "Date of birth", "Email") under headings that say whose they are
    (heldout15, tuned18: docx-generic, body-generic): "About the young person", "Your details (person making the
    referral)", "Allocated social worker"; the other fields keep their labels and their form's own headings."""
    w = m["wordings"]
    out, group, pending = [], None, []
    for label, v in m["fields"]:
        if label in ("\u00a7", NOTE):
            pending.append((label, v))
            continue
        whose, word = GENERIC_GROUPS.get((getattr(v, "form", None), getattr(v, "key", None)), (None, None))
        if whose and whose != group:
            out.append(("\u00a7", Value(rng.choice(w.GENERIC_SECTIONS[whose]))))
            pending = []
        elif pending:
            out += pending
            pending = []
        group = whose
        if word:
            label = rng.choice(w.GENERIC_WORDS[word])
            label = label if label.endswith((":", "?")) or rng.random() < 0.5 else label + ":"
        out.append((label, v))
    return out


def longest_label(label, v, w):
    """The online form's question: the longest of the part's wordings for the field."""
    key, form = getattr(v, "key", None), getattr(v, "form", None)
    options = w.LABELS.get(form, {}).get(key) if key else None
    return max(options, key=len) if options else label.rstrip(" *:")


def fods_datetime(when, style="ce5"):
    return (f'<table:table-cell office:value-type="date" office:date-value="{when.strftime("%Y-%m-%dT%H:%M:%S")}" '
            f'table:style-name="{style}"><text:p>{when.strftime("%d/%m/%Y %H:%M:%S")}</text:p></table:table-cell>')


DATETIME_STYLE = (' <number:date-style style:name="N50"><number:day number:style="long"/><number:text>/</number:text>'
                  '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>'
                  '<number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text>'
                  '<number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/>'
                  '</number:date-style>\n <style:style style:name="ce5" style:family="table-cell" '
                  'style:data-style-name="N50"/>\n')


def fods_responses(m, rng):
    """An online form's responses exported (heldout15, tuned18: xlsx-responses, csv-responses): Microsoft Forms' columns
    (ID, Start time, Completion time, Email, Name) or Google Forms' (Timestamp, Email address) first, then each question
    as the online form asked it as a column heading, and the response in the row under it; a void return one response
    (row) per property, the provider and the week asked in each."""
    w = m["wordings"]
    # a CSV from Google Forms' sheet; a workbook from Microsoft Forms, or from Google's sheet downloaded (a quarter)
    service = "google" if m["layout"].startswith("csv") or rng.random() < 0.25 else "microsoft"
    done = m["received"].replace(tzinfo=None) - dt.timedelta(minutes=rng.randint(2, 90))
    if service == "microsoft":
        head = ["ID", "Start time", "Completion time", "Email", "Name"]
        if rng.random() < 0.4:
            head.append("Last modified time")
    else:
        head = ["Timestamp", "Email address"]
    csv = m["layout"].startswith("csv")

    def meta(n, finished):
        started = finished - dt.timedelta(minutes=rng.randint(6, 40), seconds=rng.randint(0, 59))
        cells = []
        for h in head:
            if h == "ID":
                cells.append(fods_number(n))
            elif h in ("Start time",):
                cells.append(fods_datetime(started) if not csv else fods_cell(started.strftime("%d/%m/%Y %H:%M:%S")))
            elif h in ("Completion time", "Timestamp"):
                cells.append(fods_datetime(finished) if not csv else fods_cell(finished.strftime("%d/%m/%Y %H:%M:%S")))
            elif h == "Last modified time":
                cells.append("<table:table-cell/>")
            elif h in ("Email", "Email address"):
                cells.append(fods_cell(m["sender"] if "returns@" not in m["sender"] else m["sender"]))
            else:
                cells.append(fods_cell(m["sender_name"]))
        return cells
    first_id = rng.randint(3, 260)
    if m["form"] == "void-return":
        vd, h = m["void"], m["void"]["headers"]
        questions = [rng.choice(w.RESPONSE_VOID_PROVIDER), rng.choice(w.RESPONSE_VOID_WEEK)] + \
                    [h[k].rstrip(" *:") for k in VOID_COLUMNS]
        rows = [[fods_cell(x, bold=not csv) for x in head + questions]]
        for n, r in enumerate(vd["rows"]):
            cells = meta(first_id + n, done + dt.timedelta(minutes=3 * n, seconds=rng.randint(0, 59)))
            cells += [fods_cell(vd["provider"]), fods_cell(vd["week"].text)]
            for k in VOID_COLUMNS:
                if k in ("total", "occupied", "vacant"):
                    cells.append(fods_number(r[k]))
                else:
                    text = void_cell_text(r, k)
                    cells.append(fods_cell(text) if text.strip() else "<table:table-cell/>")
            rows.append(cells)
        width = len(head) + len(questions)
    else:
        fields = [(label, v) for label, v in m["fields"] if label not in ("\u00a7", NOTE)]
        questions = [longest_label(label, v, w) for label, v in fields]
        rows = [[fods_cell(x, bold=not csv) for x in head + questions]]
        cells = meta(first_id, done)
        for _, v in fields:
            text = v.text.replace("\u00a0", "").strip()
            cells.append(fods_cell(v.text) if text else "<table:table-cell/>")
        rows.append(cells)
        width = len(head) + len(questions)
    sheet = "Form1" if service == "microsoft" else "Form responses 1"
    doc = fods_document(rows, width, sheet)
    return doc.replace("</office:automatic-styles>", DATETIME_STYLE + "</office:automatic-styles>", 1)


def table_across(m, rng):
    """A council template laid out across the page (heldout15, tuned18: docx-across): a table to each section under its
    heading, its labels in a row of three or four cells and the answers in the row beneath, the pair of rows repeated
    down the page; a long answer's label across the table with its box under it."""
    per = 4 if rng.random() < 0.5 else 3
    shade = rng.choice(["#dbe5f1", "#e7e6e6", "#ffffff", "#f2f2f2"])
    parts, rows, band = [], [], []

    def flush():
        if band:
            cells = band + [("", None)] * (per - len(band))
            rows.append("<tr>" + "".join(f'<td bgcolor="{shade}" width="{100 // per}%"><font size="2"><b>{esc(label)}'
                                         f"</b></font></td>" for label, _ in cells) + "</tr>")
            rows.append("<tr>" + "".join(f"<td>{cell(v.text) if v is not None and v.text.strip() else '&nbsp;'}</td>"
                                         for _, v in cells) + "</tr>")
            band.clear()

    def close():
        flush()
        if rows:
            parts.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
            rows.clear()
    for label, v in m["fields"]:
        if label == "\u00a7":
            close()
            parts.append(f"<p><b>{esc(v.text)}</b></p>")
        elif label == NOTE:
            close()
            parts.append(note(v.text))
        elif long_answer(v):
            flush()
            rows.append(f'<tr><td colspan="{per}" bgcolor="{shade}"><font size="2"><b>{esc(label)}</b></font></td></tr>')
            rows.append(f'<tr><td colspan="{per}" height="60">{cell(v.text) or "&nbsp;"}</td></tr>')
        else:
            band.append((label, v))
            if len(band) == per:
                flush()
    close()
    return page(m["title"], "<p></p>".join(parts) if rng.random() < 0.5 else "".join(parts))


def generic_html(m, rng):
    """The form with generic labels under whose-section headings, as a 2-column Word table (docx-generic)."""
    fields = generic_fields(m, rng)
    return page(m["title"], table_2col(fields))


def body_generic(m, rng):
    """The form with generic labels under whose-section headings, typed into the mail (body-generic)."""
    fields = generic_fields(m, rng)
    out = [m["intro"], "", m["title"]]
    sep = rng.choice([": ", ": ", " - "])
    for label, v in fields:
        if label == "\u00a7":
            out += ["", v.text.upper() if rng.random() < 0.4 else v.text]
        elif label == NOTE:
            out += [v.text]
        elif label.endswith(("?", ":")):
            out.append(f"{label} {v.text}")
        else:
            out.append(f"{label.rstrip(' *')}{sep}{v.text}")
    plain = "\n".join(out + ["", m["signoff"], signed(m)]) + "\n"
    if rng.random() < 0.5:
        return plain, None
    inner = "".join(f"<p><b><u>{esc(v.text)}</u></b></p>" if label == "\u00a7" else note(v.text) if label == NOTE else
                    f"<p>{esc(label)} {cell(v.text)}</p>" for label, v in fields)
    markup = (f'<html><body><div style="font-family:Arial,sans-serif;font-size:11pt"><p>{esc_lines(m["intro"])}</p>'
              f'<p><b>{esc(m["title"])}</b></p>{inner}<p>{esc_lines(m["signoff"])}<br>{esc_lines(signed(m))}</p>'
              f"</div></body></html>")
    return plain, markup


def chain_person(m, rng):
    w = m["wordings"]
    first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
    local = re.sub(r"[^a-z.-]", "", unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore")
                   .decode().lower())
    return f"{first} {last}", f"{local}@{m['sender'].split('@')[1]}"


def body_chain(m, rng):
    """The form sent again in a reply chain (heldout15, tuned18: body-chain): the sender's new text on top (a
    correction of a detail no one checks, or "see below"), then Outlook's "From: / Sent: / To: / Subject:" block and
    the earlier mails, the form as `Label: value` lines in the oldest; in a third of the chains with ">" quoting as
    Gmail or Thunderbird do, a level deeper for each older mail. In some the intake's question sits between."""
    w = m["wordings"]
    subject = m["subject"]
    own = rng.random() < 0.6
    name, address = (m["sender_name"], m["sender"]) if own else chain_person(m, rng)
    # the first sending after what it tells of: an urgent submission minutes ago, an incident's report within the hour
    urgent = m["urgent"] == "yes"
    gap = rng.randint(2, 4) if urgent else rng.randint(20, 55) if m["form"] == "safeguarding-incident" else \
        rng.randint(40, 2600)
    first_sent = m["received"] - dt.timedelta(minutes=gap)
    if m["form"] == "void-return":
        original = void_body(dict(m, layout="body-pasted", sender_name=name, footer=None, disclaimer=None,
                                  thread=None), rng)[0]
    else:
        original = body_lines(dict(m, layout=rng.choice(["body-plain", "body-plain", "body-lines"]), sender_name=name,
                                   footer=None, disclaimer=None, thread=None), rng)
    hops = [(name, address, first_sent, "YPSA Intake <intake@ypsa.test>", subject, original.rstrip("\n"))]
    if not urgent and rng.random() < 0.5:
        asked = first_sent + dt.timedelta(minutes=rng.randint(5, gap - 10))
        hops.append(("YPSA Intake", "intake@ypsa.test", asked, f"{name} <{address}>", "RE: " + subject,
                     rng.choice(w.CHAIN_ASKS) + "\n\nKind regards\nYPSA Intake"))
    m["subject"] = rng.choice(["RE: ", "Re: ", "RE: RE: "] if len(hops) > 1 else ["RE: ", "Re: ", "FW: "]) + subject
    top = rng.choice(w.CHAIN_NOTES).rstrip() + "\n\n" + m["signoff"] + "\n" + signed(m)
    style = rng.choice(["outlook", "outlook", "gt"])
    blocks = []
    for depth, (hname, haddr, sent, to, subj, text) in enumerate(reversed(hops)):
        if style == "outlook":
            head = ["________________________________", f"From: {hname} <{haddr}>",
                    f"Sent: {sent.strftime(rng.choice(['%d %B %Y %H:%M', '%A, %-d %B %Y %H:%M', '%d/%m/%Y %H:%M']))}",
                    f"To: {to}", f"Subject: {subj}", ""]
            blocks.append("\n".join(head) + "\n" + text)
        else:
            said = rng.choice(["On {d}, {n} <{a}> wrote:", "On {d} {n} wrote:"]).format(
                d=sent.strftime(rng.choice(["%a, %-d %b %Y at %H:%M", "%d/%m/%Y %H:%M"])), n=hname, a=haddr)
            blocks.append((said, text))
    if style == "outlook":
        plain = top + "\n\n" + "\n\n".join(blocks) + "\n"
        inner = "".join('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p>'
                        + "<br>".join(f"<b>{esc(x.split(':', 1)[0])}:</b>{esc(x.split(':', 1)[1])}" if ":" in x and i < 5
                                      else esc(x) for i, x in enumerate(b.split("\n")[1:6])) + "</p></div><p>"
                        + "<br>".join(esc(x) for x in b.split("\n")[6:]) + "</p>" for b in blocks)
        markup = (f'<html><body><div class="WordSection1" style="font-family:Calibri,sans-serif"><p>'
                  f'{esc_lines(top)}</p>{inner}</div></body></html>')
        return plain, markup if rng.random() < 0.5 else None
    lines = top.split("\n") + [""]
    for depth, (said, text) in enumerate(blocks):
        q = ">" * (depth + 1)
        prefix = ">" * depth
        lines.append((prefix + " " if prefix else "") + said)
        lines += [q + " " + x if x else q for x in text.split("\n")]
        lines.append(q)
    return "\n".join(lines).rstrip(">\n") + "\n", None


def rtf_html(m, rng):
    """A case system's export of the form, saved as Rich Text by Writer (heldout15, tuned18: rtf-2col, rtf-void): the
    system's line at the top (RTF_HEADERS) and the form as a 2-column table, or a void return's table."""
    w = m["wordings"]
    top = f'<p><font size="1">{esc(rng.choice(w.RTF_HEADERS).format(when=(m["received"] - dt.timedelta(minutes=rng.randint(3, 50))).strftime("%d/%m/%Y %H:%M")))}</font></p>'
    if m["form"] == "void-return":
        return page(m["title"], top + void_table_html(m, rng))
    return page(m["title"], top + table_2col(m["fields"]), font="Times New Roman")


# -- layouts only heldout16 and tuned19 ask for ---------------------------------------------------------------------
# Mail clients as they really encode and wrap a typed form, and a form sent among several attachments. The form's
# content is drawn as the older body and document layouts draw it; what is new is how the mail carries it.
CLIENT_LAYOUTS = ("body-flowed", "body-wrapped", "body-cp1252", "body-apple")
BUNDLE_LAYOUTS = ("docx-bundle", "pdf-bundle", "xlsx-bundle")


def typed_form(m, rng):
    """The form as typed into a mail, "Label: value" lines (a void return: its heading lines and a line to each
    property), no HTML."""
    if m["form"] == "void-return":
        plain, _ = void_body(dict(m, layout="body-blocks"), rng)
        return plain
    return body_lines(dict(m, layout="body-plain"), rng)


def flowed(text, width=72):
    """Thunderbird's text/plain; format=flowed (RFC 3676): a line longer than the width is broken at a space, the
    space kept at the end of each broken line (a soft break); lines that begin with a space, ">" or "From " are
    space-stuffed; a line's own end is a hard break, with no space before it."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        if line.startswith((" ", ">", "From ")):
            line = " " + line
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def hard_wrapped(text, width):
    """Gmail's text/plain beside its HTML: every line longer than the width broken at a space, nothing marking the
    break (the HTML alternative keeps the lines whole)."""
    out = []
    for line in text.split("\n"):
        out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(out)


def lines_html(text, wrapper):
    """Typed lines as a mail client's HTML writes them: a div to a line, an empty line as <br>."""
    return "".join(wrapper.format(esc(line) if line.strip() else "<br>") for line in text.split("\n"))


def office_typed(text, rng):
    """The form as Outlook's editor leaves it (AutoFormat as you type): " - " an en dash, a non-breaking space after a
    label's colon; the sender's own lines' apostrophes are made curly by client_body."""
    out = []
    for line in text.split("\n"):
        line = line.replace(" - ", " \u2013 ")
        if re.match(r"^[^:]{2,60}: \S", line) and rng.random() < 0.6:
            line = line.replace(": ", ":\u00a0", 1)
        out.append(line)
    return "\n".join(out)


def encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def png_image(rng, width=96, height=32):
    """A small logo as a signature carries it (image001.png): coloured bands, written with zlib alone."""
    import struct
    import zlib
    colour = bytes(rng.choice([(0, 84, 147), (118, 35, 132), (0, 122, 83), (200, 16, 46)]))
    rows = b"".join(b"\x00" + b"".join(colour if (x // 12 + y // 8) % 3 else b"\xff\xff\xff" for x in range(width))
                    for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def client_body(m, msg, rng):
    """A typed form as a mail client sends it (heldout16, tuned19): Thunderbird's format=flowed (body-flowed), Gmail's
    hard-wrapped plain text beside its HTML (body-wrapped), Outlook's windows-1252 quoted-printable with its curly
    quotes, en dashes and non-breaking spaces (body-cp1252), Apple Mail's HTML with the signature's logo inline in a
    multipart/related (body-apple)."""
    layout = m["layout"]
    if layout == "body-cp1252":
        # the sender's own lines typed in Outlook: its apostrophes curly (the form's answers pasted as they were)
        text = typed_form(dict(m, intro=re.sub(r"(?<=\w)'(?=\w)", "\u2019", m["intro"]),
                               signoff=re.sub(r"(?<=\w)'(?=\w)", "\u2019", m["signoff"])), rng)
    else:
        text = typed_form(m, rng)
    if layout == "body-flowed":
        msg.set_content(flowed(text), params={"format": "flowed"}, cte="8bit")
    elif layout == "body-wrapped":
        msg.set_content(hard_wrapped(text, rng.choice([76, 77, 78])), cte="quoted-printable")
        msg.add_alternative('<div dir="ltr">' + lines_html(text, "<div>{}</div>") + "</div>\n", subtype="html",
                            cte="quoted-printable")
    elif layout == "body-cp1252":
        text = office_typed(text, rng)
        charset = "windows-1252" if encodable(text, "windows-1252") else "utf-8"
        msg.set_content(text, charset=charset, cte="quoted-printable")
        markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">'
                  '</head><body lang=EN-GB link="#0563C1" vlink="#954F72"><div class=WordSection1>' +
                  lines_html(text, "<p class=MsoNormal>{}<o:p></o:p></p>").replace("\u00a0", "&nbsp;") +
                  "</div></body></html>\n")
        msg.add_alternative(markup, subtype="html", charset=charset, cte="quoted-printable")
    else:  # body-apple
        cid = f"{hashlib.sha256(m['id'].encode()).hexdigest()[:8].upper()}-{rng.randint(1000, 9999)}@apple.test"
        msg.set_content(text, cte="quoted-printable")
        body, sign = text.rsplit(m["signoff"], 1) if m["signoff"] in text else (text, "")
        markup = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                  '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' +
                  lines_html(body.rstrip("\n"), '<div class="">{}</div>') +
                  (lines_html(m["signoff"] + sign.rstrip("\n"), '<div class="">{}</div>') if sign else "") +
                  f'<div class=""><img src="cid:{cid}" alt="logo" width="96" height="32" class=""></div>'
                  "</body></html>\n")
        msg.add_alternative(markup, subtype="html", cte="quoted-printable")
        msg.get_payload()[1].add_related(png_image(rng), "image", "png", cid=f"<{cid}>", filename="image001.png",
                                         disposition="inline")


def bundle_letter(m, rng):
    """A covering letter in Word sent with the form (heldout16, tuned19: BUNDLE_LETTERS), naming the young person."""
    w = m["wordings"]
    yp = next((v.text for _, v in m["fields"] if getattr(v, "key", "") in ("name", "yp")), "")
    first = yp.split()[0].strip(",") if yp.strip() else ""
    lines = rng.choice(w.BUNDLE_LETTERS["void" if m["form"] == "void-return" else "form"])
    date = m["received"].strftime("%d %B %Y")
    body = "".join(f"<p>{esc_lines(line.format(yp=first or 'the young person', date=date))}</p>" for line in lines)
    return (f'<html><head><meta charset="utf-8"><title>Letter</title></head><body style="font-family:Arial;'
            f'font-size:11pt"><p align="right">{esc(m["sender_name"])}<br>{esc(date)}</p>{body}'
            f'<p>{esc_lines(m["signoff"])}<br>{esc(m["sender_name"])}</p></body></html>')


def bundle_chronology(m, rng):
    """A chronology or a plan sent with the form (BUNDLE_PAPERS): rows of events before the mail."""
    w = m["wordings"]
    yp = next((v.text for _, v in m["fields"] if getattr(v, "key", "") in ("name", "yp")), "")
    first = yp.split()[0].strip(",") if yp.strip() else "the young person"
    title, events = rng.choice(w.BUNDLE_PAPERS)
    rows = []
    for days, event in events:
        when = (m["received"] - dt.timedelta(days=days)).strftime("%d/%m/%Y")
        rows.append(f"<tr><td>{when}</td><td>{esc(event.format(yp=first))}</td></tr>")
    return page(title.format(yp=first), '<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr><td><b>'
                "Date</b></td><td><b>What happened</b></td></tr>" + "".join(rows) + "</table>")


def bundle_sources(m, rng, work, jobs):
    """The form among several attachments (heldout16, tuned19: docx-bundle, pdf-bundle, xlsx-bundle): a covering
    letter in Word, for a form also a chronology as a PDF, and the signature's logo; the form is not the first."""
    layout = m["layout"]
    if layout == "xlsx-bundle":
        src = work / f"{m['id']}.fods"
        src.write_text(fods(m, rng, titled=rng.random() < 0.5), encoding="utf-8")
        jobs.setdefault("xlsx", []).append(src)
        m["attachment"] = f"{m['id']}.xlsx"
    else:
        target = layout.split("-")[0]
        src = work / f"{m['id']}.html"
        src.write_text(document_html(dict(m, layout=rng.choice(["docx-2col", "docx-4col", "docx-2col"])), rng),
                       encoding="utf-8")
        jobs.setdefault(target, []).append(src)
        m["attachment"] = f"{m['id']}.{target}"
    letter = work / f"{m['id']}-letter.html"
    letter.write_text(bundle_letter(m, rng), encoding="utf-8")
    jobs.setdefault("docx", []).append(letter)
    others = [(f"{m['id']}-letter.docx", rng.choice(m["wordings"].BUNDLE_NAMES["letter"]) + ".docx")]
    if m["form"] != "void-return":
        chron = work / f"{m['id']}-papers.html"
        chron.write_text(bundle_chronology(m, rng), encoding="utf-8")
        jobs.setdefault("pdf", []).append(chron)
        others.append((f"{m['id']}-papers.pdf", rng.choice(m["wordings"].BUNDLE_NAMES["papers"]) + ".pdf"))
    rng.shuffle(others)
    m["bundle"] = others
    m["bundle_at"] = rng.randint(1, len(others))  # the form after the first of the others, or last
    m["bundle_logo"] = rng.random() < 0.7


def bundle_mail(m, msg, out, converted, rng):
    """The mail of a bundle: Outlook's plain and HTML covering text (the logo inline in the HTML in most), then the
    attachments in their order, the form among them."""
    w = m["wordings"]
    covering = covering_text(dict(m, intro=rng.choice(w.BUNDLE_INTROS)))
    msg.set_content(covering)
    if m["bundle_logo"]:
        cid = f"image001.png@01DB{hashlib.sha256(m['id'].encode()).hexdigest()[:12].upper()}"
        markup = ("<html><body><div class=WordSection1>" + lines_html(covering.rstrip("\n"),
                                                                     "<p class=MsoNormal>{}</p>") +
                  f'<p class=MsoNormal><img width=96 height=32 src="cid:{cid}" alt="logo"></p></div></body></html>\n')
        msg.add_alternative(markup, subtype="html")
        msg.get_payload()[1].add_related(png_image(rng), "image", "png", cid=f"<{cid}>", filename="image001.png",
                                         disposition="inline")
    ext = m["attachment"].rsplit(".", 1)[1]
    form_name = rng.choice(getattr(m["wordings"], "ATTACHMENT_NAMES", ATTACHMENT_NAMES)[m["form"]]).format(
        i=m["id"].split("-")[-1]) + "." + ext
    files = list(m["bundle"])
    files.insert(m["bundle_at"], (m["attachment"], form_name))
    for stored, name in files:
        data = (converted / stored).read_bytes()
        (out / "docs" / stored).write_bytes(data)
        maintype, subtype = TYPES[stored.rsplit(".", 1)[1]].split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)


# -- heldout17, tuned20: the long real referral form, grids read across, notices as staff send them, typed prose ----
LONG_LAYOUTS = ("docx-longform", "pdf-longform")
NOTICE_BODY_LAYOUTS = ("body-notice", "body-notice-reply")
PROSE_LAYOUTS = ("body-prose", "body-prose-chain")
# the hub's fields of each form in the groups a long form puts them under (its sections, in order)
SECTION_KEYS = {
    "referral": [("name", "dob", "gender", "lcs", "address", "locality", "legal_status", "uasc", "parent"),
                 ("ref_name", "ref_role", "ref_org", "ref_email", "ref_phone", "sw_name", "sw_email"),
                 ("fgc", "fgc_date", "diversion"),
                 ("reason", "safety", "risk_self", "risk_others", "risk_from", "exploitation", "substance", "offending",
                  "mental_health", "support", "needed", "consent")],
    "risk": [("ref", "provider", "yp"), ("risk", "why", "enable")],
    "safeguarding": [("provider", "property"), ("name", "dob", "lcs", "sw_name", "sw_email"),
                     ("date", "time", "when", "category", "severity", "description", "actions", "police_ref")],
    "intelligence": [("agency", "worker", "role", "email", "phone"),
                     ("when", "date", "time", "location", "persons", "vehicles", "information", "source", "grading",
                      "handling")],
    "mash": [("name", "dob", "address"), ("agency",), ("status", "mediation", "mediation_outcome", "concerns", "known",
                                                         "parent_contact")],
    "mash-notice": [("name", "dob"), ("date", "outcome", "agency")],
}
RISK_KEYS = ("risk_self", "risk_others", "risk_from", "exploitation", "substance", "offending", "mental_health")
BAND_KEYS = ("name", "dob", "gender", "legal_status")
NETWORK_KEYS = ("ref_name", "ref_role", "ref_org", "ref_email", "ref_phone", "sw_name", "sw_email")


def grouped(m):
    """The form's answers in its long form's groups: [(key, label, value)] per group; an answer with no key (a
    referral's type) goes to the first group."""
    form = next((getattr(v, "form", None) for _, v in m["fields"] if getattr(v, "form", None)), None)
    groups = [[] for _ in SECTION_KEYS[form]]
    for label, v in m["fields"]:
        if label in ("\u00a7", NOTE):
            continue
        key = getattr(v, "key", None)
        at = next((n for n, keys in enumerate(SECTION_KEYS[form]) if key in keys), 0)
        groups[at].append((key, label, v))
    return form, groups


def filler(template, m, rng):
    """A long form's answer to a question the hub does not ask (a parent's name, the date of referral, a GP), drawn
    from the part's names and the mail's day."""
    w = m["wordings"]
    first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
    on = m["received"].date()
    n = rng.randint(100000, 999999)
    old = on - dt.timedelta(days=rng.randint(30, 700))
    return template.format(person=f"{first} {last}", first=first, last=last,
                           phone=rng.choice([f"07700 900{n % 1000:03d}", f"01865 {n}"]),
                           today=on.strftime("%d/%m/%Y"), old=old.strftime("%d/%m/%Y"),
                           recent=(on - dt.timedelta(days=rng.randint(3, 40))).strftime("%d/%m/%Y"),
                           n=n, street=rng.choice(people.STREETS), house=rng.randint(2, 88),
                           town=rng.choice(people.TOWNS)[0])


def long_rows(rows, m, rng):
    return "".join(f'<tr><td width="40%" bgcolor="#F2F2F2">{esc(label)}</td><td>{cell(text)}</td></tr>'
                   for label, text in rows)


def longform_html(m, rng):
    """The long real form (heldout17, tuned20: docx-longform, pdf-longform): numbered sections, the hub's questions a
    minority among a council's others (ethnicity, GP, school, a parent's name and phone, the date of referral, a
    previous address, the last review), a referral's person band read across (Name | DOB | Gender | Legal status over
    its answers), its professional network as a grid (Role | Name | Agency | Phone | Email, the referrer's and social
    worker's details only there) and its risks as a grid of Yes / No / Not known ticks with details; an empty "For
    office use only" block and signature lines at the end."""
    w = m["wordings"]
    L = w.LONGFORM
    form, groups = grouped(m)
    titles = rng.choice(L["sections"][form])
    numbering = rng.choice(L["numbering"])
    on, off = rng.choice(L["ticks"])
    parts = [f'<p align="right"><small>{esc(rng.choice(L["marking"]))}</small></p>',
             f"<h1>{esc(m['title'])}</h1>", f"<p><i>{esc(rng.choice(L['notes']))}</i></p>"]
    extras = [list(x) for x in L["extra_rows"][form]]
    n = 0
    for at, group in enumerate(groups):
        n += 1
        parts.append(f"<h2>{esc(numbering.format(n=n, a='ABCDEFGHIJ'[n - 1], t=titles[at]))}</h2>")
        rows, inner = [], ""
        keys = {k: (label, v) for k, label, v in group}
        if form == "referral" and at == 0:
            band = [k for k in BAND_KEYS if k in keys]
            inner += ('<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr>' +
                      "".join(f'<td bgcolor="#D9E2F3"><b>{esc(keys[k][0].rstrip(" *:"))}</b></td>' for k in band) +
                      "</tr><tr>" + "".join(f"<td>{cell(keys[k][1].text)}</td>" for k in band) + "</tr></table><p></p>")
            group = [g for g in group if g[0] not in band]
        if form == "referral" and at == 1:
            head = rng.choice(L["network_head"])
            roles = rng.choice(L["network_roles"])
            val = {k: keys[k][1].text if k in keys else "" for k in NETWORK_KEYS}
            people_rows = [(f"{roles[0]} ({val['ref_role']})" if val["ref_role"] else roles[0], val["ref_name"],
                            val["ref_org"], val["ref_phone"], val["ref_email"]),
                           (roles[1], val["sw_name"], rng.choice(L["sw_teams"]) if val["sw_name"].strip(" -/naNA") else "",
                            "", val["sw_email"])]
            for role in roles[2:]:
                if rng.random() < 0.7:
                    people_rows.append((role, filler("{person}", m, rng), rng.choice(L["other_teams"]),
                                        filler("{phone}", m, rng), ""))
            rng.shuffle(people_rows) if rng.random() < 0.3 else None
            inner += ('<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr>' +
                      "".join(f'<td bgcolor="#D9E2F3"><b>{esc(h)}</b></td>' for h in head) + "</tr>" +
                      "".join("<tr>" + "".join(f"<td>{cell(c)}</td>" for c in r) + "</tr>" for r in people_rows) +
                      "</table><p></p>")
            group = [g for g in group if g[0] not in NETWORK_KEYS]
        risks = [g for g in group if g[0] in RISK_KEYS]
        for key, label, v in group:
            if key in RISK_KEYS:
                if key == risks[0][0]:
                    rows.append(("\x00grid", None))
                continue
            rows.append((label, v.text))
        if extras and at < len(extras):
            for extra in extras[at]:
                rows.insert(rng.randint(0, len(rows)), (extra[0], filler(extra[1], m, rng)))
        table, i = "", 0
        for label, text in rows:
            if label == "\x00grid":
                if table:
                    inner += f'<table border="1" cellpadding="4" cellspacing="0" width="100%">{table}</table><p></p>'
                    table = ""
                head = rng.choice(L["risk_head"])
                grid = "<tr>" + "".join(f'<td bgcolor="#D9E2F3"><b>{esc(h)}</b></td>' for h in head) + "</tr>"
                for key, label2, v in risks:
                    yes = v.kind != "blank"
                    col = 0 if yes else rng.choice([1, 2])
                    grid += (f"<tr><td>{esc(label2.rstrip(' *:'))}</td>" +
                             "".join(f'<td align="center">{on if c == col else off}</td>' for c in range(3)) +
                             f"<td>{cell(v.text) if yes else ''}</td></tr>")
                inner += f'<table border="1" cellpadding="4" cellspacing="0" width="100%">{grid}</table><p></p>'
            else:
                table += long_rows([(label, text)], m, rng)
        if table:
            inner += f'<table border="1" cellpadding="4" cellspacing="0" width="100%">{table}</table>'
        parts.append(inner)
    for title, rows in rng.sample(L["extra_sections"][form], min(2, len(L["extra_sections"][form]))):
        n += 1
        parts.append(f"<h2>{esc(numbering.format(n=n, a='ABCDEFGHIJ'[n - 1], t=title))}</h2>")
        parts.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">' +
                     long_rows([(label, filler(t, m, rng)) for label, t in rows], m, rng) + "</table>")
    parts.append(f"<p><b>{esc(rng.choice(L['sign']))}</b></p>")
    office, labels = rng.choice(L["office"])
    parts.append(f'<table border="2" cellpadding="4" cellspacing="0" width="100%"><tr><td colspan="2" bgcolor="#BFBFBF">'
                 f"<b>{esc(office)}</b></td></tr>" + "".join(f'<tr><td width="40%">{esc(x)}</td><td>&nbsp;</td></tr>'
                                                           for x in labels) + "</table>")
    return page(m["title"], "".join(parts), font=rng.choice(["Arial", "Liberation Sans", "Calibri"]))


def notice_values(m):
    v = {getattr(x, "key", None): x.text for _, x in m["fields"]}
    name = v.get("name", "")
    return {"name": name, "first": name.split()[0] if name else "", "dob": v.get("dob", ""), "day": v.get("date", ""),
            "agency": v.get("agency", ""), "outcome": v.get("outcome", "")}


def notice_letter_html(m, rng):
    """A mediation outcome as a letter in Word (heldout17, tuned20: docx-notice-letter): the housing service's heading,
    the date, "Re:" with the young person's name and date of birth, and paragraphs that tell what happened."""
    w = m["wordings"]
    v = notice_values(m)
    head, lines = rng.choice(w.NOTICE_LETTERS)
    body = "".join(f"<p>{esc_lines(line.format(**v))}</p>" for line in lines)
    return (f'<html><head><meta charset="utf-8"><title>Letter</title></head><body style="font-family:Arial;font-size:'
            f'11pt"><p align="center"><b>{esc(head.format(**v))}</b></p><p align="right">'
            f'{esc(m["received"].strftime("%d %B %Y"))}</p>{body}<p>{esc_lines(m["signoff"])}<br>'
            f'{esc(m["sender_name"])}</p></body></html>')


def body_notice(m, rng):
    """A mediation outcome as housing options or MASH staff type it (heldout17, tuned20): a short mail with no form
    (body-notice), or the same as a reply on the earlier MASH thread, the older mail quoted under it
    (body-notice-reply); the words seldom say "mediation notice"."""
    w = m["wordings"]
    v = notice_values(m)
    text = rng.choice(w.NOTICE_MAILS).format(**v)
    top = f"{text}\n\n{m['signoff']}\n{signed(m)}"
    if m["layout"] == "body-notice":
        return top + "\n"
    first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
    sent = m["received"] - dt.timedelta(days=rng.randint(2, 9), minutes=rng.randint(5, 400))
    subject = rng.choice(w.NOTICE_THREAD_SUBJECTS).format(**v)
    m["subject"] = rng.choice(["RE: ", "Re: ", "RE: RE: "]) + subject
    earlier = rng.choice(w.NOTICE_THREADS).format(**v)
    if rng.random() < 0.5:
        head = ["________________________________", f"From: {first} {last} <mash@council.test>",
                f"Sent: {sent.strftime('%d %B %Y %H:%M')}", f"To: {m['sender_name']} <{m['sender']}>",
                f"Subject: {subject}", ""]
        return top + "\n\n" + "\n".join(head) + "\n" + earlier + "\n"
    said = f"On {sent.strftime('%a, %-d %b %Y at %H:%M')}, {first} {last} <mash@council.test> wrote:"
    return top + "\n\n" + said + "\n" + "\n".join("> " + x if x else ">" for x in earlier.split("\n")) + "\n"


def body_prose(m, rng):
    """A form typed into the body by a hurried worker (heldout17, tuned20): the answers as sentences in the part's
    words (PROSE), a few left as "Label: value", a paragraph to a section; body-prose-chain puts it under the
    manager's note, forwarded in Outlook's way."""
    w = m["wordings"]
    form, groups = grouped(m)
    phrases = w.PROSE.get(form, {})
    first = next((v.text.split()[0] for _, v in m["fields"] if getattr(v, "key", None) in ("name", "yp")
                  and v.text.strip()), "")
    paras = []
    for group in groups:
        said = []
        for key, label, v in group:
            if v.kind == "blank" and rng.random() < 0.7:
                continue
            options = phrases.get(key)
            if options and rng.random() < 0.85:
                text = rng.choice(options).format(v=v.text, first=first)
            else:
                text = f"{label.rstrip(' *:?')}: {v.text}"
            text = text.rstrip()
            if not text.endswith((".", "!", "?")):
                text += "."
            if "\n" in v.text:
                if said:
                    paras.append(" ".join(said))
                paras.append(text)
                said = []
            else:
                said.append(text)
        if said:
            paras.append(" ".join(said))
    text = m["intro"] + "\n\n" + "\n\n".join(paras) + "\n\n" + m["signoff"] + "\n" + signed(m)
    if m["layout"] == "body-prose":
        return text + "\n"
    mfirst, mlast = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
    worker = (m["sender_name"], m["sender"])
    m["sender_name"], m["sender"] = f"{mfirst} {mlast}", f"{mfirst[0].lower()}.{re.sub('[^a-z]', '', mlast.lower())}@" \
                                                           f"{m['sender'].split('@')[1]}"
    sent = m["received"] - dt.timedelta(minutes=rng.randint(15, 300))
    note_text = rng.choice(w.PROSE_NOTES).format(first=first or "this young person")
    m["subject"] = rng.choice(["FW: ", "Fw: ", "RE: "]) + m["subject"]
    head = ["________________________________", f"From: {worker[0]} <{worker[1]}>",
            f"Sent: {sent.strftime(rng.choice(['%d %B %Y %H:%M', '%A, %-d %B %Y %H:%M']))}",
            f"To: {m['sender_name']} <{m['sender']}>", f"Subject: {m['subject'][4:].lstrip()}", ""]
    return f"{note_text}\n\n{mfirst}\n{rng.choice(w.MANAGER_ROLES)}\n\n" + "\n".join(head) + "\n" + text + "\n"


# -- heldout18, tuned21 (stop 47): a case system's form print, a manager's letter, the police's own grid, a night
# log, a reply on the referral's thread; reached only by these layout names and these parts' wordings
CASE_LAYOUTS = ("docx-case-print", "pdf-case-print")
LETTER_LAYOUTS = ("docx-letter", "body-letter")
POLICE_LAYOUTS = ("docx-police", "pdf-police")
LOG_LAYOUTS = ("xlsx-incident-log", "xlsx-risk-log")
REPLY_LAYOUTS = ("body-thread-reply",)


def worker_name(m, rng):
    w = m["wordings"]
    return f"{rng.choice(w.PEOPLE['first'])} {rng.choice(w.PEOPLE['last'])}"


def case_print_html(m, rng):
    """A case-management system's "form print" (heldout18, tuned21: docx-case-print, pdf-case-print): the system's
    lines at the top (the form, "Printed by" a worker, the step's id and workflow step), page x of y, the form's
    questions numbered 1.1, 1.2 by section, each answer on the line below after "Answer:" or in a grey box, an
    unanswered question "No answer given"."""
    w = m["wordings"]
    C = w.CASE_PRINT
    system, step_label, flow_label = rng.choice(C["systems"])
    printed = m["received"] - dt.timedelta(minutes=rng.randint(5, 90))
    printer = worker_name(m, rng)
    step = rng.randint(1000000, 9999999)
    boxed = rng.random() < 0.5
    answer_mark = rng.choice(C["answer_marks"])
    none_text = rng.choice(C["no_answer"])
    header = (f'<p><small>{esc(system)} &nbsp; | &nbsp; {esc(rng.choice(C["printed"]))} {esc(printer)} '
              f'{printed.strftime("%d/%m/%Y %H:%M")}</small></p>'
              f'<p><small>{esc(step_label)}: {step} &nbsp; | &nbsp; {esc(flow_label)}: '
              f'{esc(rng.choice(C["steps"][m["form"]]))}</small></p>')
    fields = [(l, v) for l, v in m["fields"] if l != NOTE]
    total = 2 if len(fields) > 14 else 1
    parts = [header, f'<p align="right"><small>{esc(C["page"].format(x=1, y=total))}</small></p>',
             f"<h2>{esc(m['title'])}</h2>"]
    section, q, cut = 1, 0, len(fields) // 2
    started = False
    for at, (label, v) in enumerate(fields):
        if total == 2 and at == cut:
            parts.append('<p style="page-break-before: always"></p>' + header +
                         f'<p align="right"><small>{esc(C["page"].format(x=2, y=total))}</small></p>')
        if label == "\u00a7":
            if started:
                section += 1
            q, started = 0, True
            numbered = re.match(r"(section|part|\d)", v.text, re.I)
            parts.append(f"<h3>{'' if numbered else f'{section}. '}{esc(v.text)}</h3>")
            continue
        started = True
        q += 1
        text = v.text if v.text.strip() and v.kind != "blank" else (none_text if rng.random() < 0.7 else v.text)
        parts.append(f"<p><b>{section}.{q} {esc(label.rstrip(' *:'))}</b></p>")
        if boxed:
            parts.append('<table border="0" cellpadding="4" cellspacing="0" width="100%"><tr>'
                         f'<td bgcolor="#E7E6E6">{cell(text) or "&nbsp;"}</td></tr></table>')
        else:
            parts.append(f"<p>{esc(answer_mark)} {cell(text)}</p>")
    parts.append(f'<p><small>{esc(rng.choice(C["footer"]))} &nbsp; {esc(C["page"].format(x=total, y=total))}'
                 "</small></p>")
    return page(system, "".join(parts))


def letter_parts(m, rng):
    """The answers under the letter's own headings: [(heading, answer)], blank answers mostly left out."""
    out = []
    for label, v in m["fields"]:
        if label in ("\u00a7", NOTE):
            continue
        if (not v.text.strip() or v.kind == "blank") and rng.random() < 0.7:
            continue
        out.append((label.rstrip(" *:"), v.text))
    return out


def letter_html(m, rng):
    """A manager's letter in Word (heldout18, tuned21: docx-letter): the service's name and address, the date, "Dear
    ...", an opening paragraph, then each answer as a paragraph under a heading in the manager's own words (the
    part's labels), "Yours sincerely", the name and role."""
    w = m["wordings"]
    L = w.LETTER
    on = m["received"]
    parts = [f'<p align="right"><b>{esc(rng.choice(L["letterheads"]))}</b><br>{esc(rng.choice(L["addresses"]))}</p>',
             f"<p>{on.day} {on.strftime('%B %Y')}</p>", f"<p>{esc(rng.choice(L['dear']))}</p>",
             f"<p><b>{esc(m['title'])}</b></p>", f"<p>{esc(rng.choice(L['openings']))}</p>"]
    for heading, text in letter_parts(m, rng):
        parts.append(f"<p><b><u>{esc(heading)}</u></b></p><p>{cell(text)}</p>")
    parts.append(f"<p>{esc(rng.choice(L['closings']))}</p><p>{esc(rng.choice(L['yours']))}</p>"
                 f"<p>{esc(m['sender_name'])}<br>{esc(rng.choice(L['roles']))}</p>")
    return page("", "".join(parts))


def body_letter(m, rng):
    """The manager's letter typed into the mail (heldout18, tuned21: body-letter): headings on their own lines in the
    manager's words, the answer under each, a blank line between."""
    w = m["wordings"]
    L = w.LETTER
    lines = [rng.choice(L["dear"]), "", rng.choice(L["openings"]), ""]
    upper = rng.random() < 0.3
    for heading, text in letter_parts(m, rng):
        lines += [heading.upper() if upper else heading, text, ""]
    lines += [rng.choice(L["closings"]), "", m["signoff"], signed(m)]
    return "\n".join(lines) + "\n"


def police_html(m, rng):
    """Intelligence in the police's own format (heldout18, tuned21: docx-police, pdf-police): the report's title and
    the officer's rank and collar number and station, the grading as a grid of source evaluation, intelligence evaluation and
    handling code over their values, then the partnership's questions and the report's text last."""
    w = m["wordings"]
    P = w.POLICE
    fields = [(l, v) for l, v in m["fields"] if l not in ("\u00a7", NOTE)]
    keys = {getattr(v, "key", None): (l, v) for l, v in fields}
    grid = [k for k in ("grading", "handling") if k in keys]
    rows = []
    for k in grid:
        l, v = keys[k]
        rows.append(f'<td bgcolor="#D9D9D9"><b>{esc(l.rstrip(" *:"))}</b></td>')
    # the submitter is the officer: the block gives the rank and collar number only, the name being the form's own
    officer = f'{rng.choice(P["ranks"])} {rng.randint(1000, 9999)}'
    parts = [f'<p align="center"><b>{esc(rng.choice(P["titles"]))}</b></p>',
             f'<p align="right"><small>{esc(rng.choice(P["markings"]))}</small></p>',
             '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
             f'<tr><td bgcolor="#D9D9D9"><b>{esc(P["officer"])}</b></td><td>{esc(officer)}</td></tr>'
             f'<tr><td bgcolor="#D9D9D9"><b>{esc(P["station"])}</b></td><td>{esc(rng.choice(P["stations"]))}</td></tr>'
             "</table><p></p>"]
    if grid:
        parts.append(f"<p><b>{esc(rng.choice(P['grid_heads']))}</b></p>"
                     '<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr>' + "".join(rows) + "</tr><tr>"
                     + "".join(f"<td>{cell(keys[k][1].text)}</td>" for k in grid) + "</tr></table><p></p>")
    last = [(l, v) for l, v in fields if getattr(v, "key", None) == "information"]
    rest = [(l, v) for l, v in fields if getattr(v, "key", None) not in ("grading", "handling", "information")]
    parts.append(table_2col(rest))
    for l, v in last:
        parts.append(f"<p></p><p><b>{esc(l.rstrip(' *:'))}</b></p><p>{cell(v.text)}</p>")
    return page(m["title"], "".join(parts))


def fods_incident_log(m, rng):
    """Night staff's incident log in Excel (heldout18, tuned21: xlsx-incident-log): the log's title and the scheme,
    a header row of the log's columns (the part's labels) and the night's row under it; the time as night staff
    write it ("approx 0230") where the part's NIGHT_TIMES say so."""
    w = m["wordings"]
    fields = [(l, v) for l, v in m["fields"] if l not in ("\u00a7", NOTE)]
    for l, v in fields:
        if getattr(v, "key", None) == "time" and v.text.strip() and rng.random() < 0.6:
            v.text = rng.choice(w.NIGHT_TIMES).format(t=v.text)
    date_style = rng.choice(["ce1", "ce3"])
    cells = []
    for l, v in fields:
        if v.kind == "date" and getattr(v, "date", None) and rng.random() < 0.7:
            cells.append(fods_date(v.date, date_style))
        else:
            cells.append(fods_cell(v.text) if v.text.strip() else "<table:table-cell/>")
    rows = [[fods_cell(rng.choice(w.NIGHT_LOG["titles"]), 3, bold=True)],
            [fods_cell(rng.choice(w.NIGHT_LOG["notes"]), 3, italic=True)], [],
            [fods_cell(l.rstrip(" *:"), bold=True) for l, _ in fields], cells, [],
            [fods_cell(rng.choice(w.NIGHT_LOG["handover"]), 3, italic=True)]]
    return fods_document(rows, len(fields), rng.choice(w.NIGHT_LOG["sheets"]))


def body_thread_reply(m, rng):
    """A form sent as a reply on the referral's thread (heldout18, tuned21: body-thread-reply): the provider's answers
    as "Label: value" lines above the quoted mail from Brokerage that offered the placement."""
    w = m["wordings"]
    T = w.THREAD_REPLY
    lines = [m["intro"], "", rng.choice(T["lines"]), ""]
    for label, v in m["fields"]:
        if label == "\u00a7":
            lines += ["", v.text.upper()]
        elif label != NOTE and (v.text.strip() or rng.random() < 0.5):
            lines.append(joined(label, v.text))
    lines += ["", m["signoff"], signed(m), "", ""]
    sent = m["received"] - dt.timedelta(days=rng.randint(3, 40), minutes=rng.randint(0, 600))
    yp = next((v.text for _, v in m["fields"] if getattr(v, "key", "") in ("name", "yp")), "")
    first = yp.split()[0] if yp.strip() else ""
    # the thread's subject: the placement's, with the form's own subject (its reference) after it
    subject = rng.choice(T["subjects"]).format(first=first) + " - " + m["subject"]
    m["subject"] = "RE: " + subject
    quoted = [f"From: YPSA Brokerage <brokerage@ypsa.test>", f"Sent: {sent.strftime('%d %B %Y %H:%M')}",
              f"To: {m['sender_name']} <{m['sender']}>", f"Subject: {subject}", ""] + \
        rng.choice(T["quoted"]).format(first=first or "the young person").split("\n")
    mark = rng.choice(["> ", ""])
    return "\n".join(lines) + "\n".join(mark + q if mark else q for q in quoted) + "\n"


def handover_html(m, rng):
    """An incident written up in night staff's shift handover in Word (heldout18, tuned21: docx-handover): the shift
    and the staff on it, where the other residents were, the incident's questions under the handover's own heading,
    and the tasks left for the day staff."""
    w = m["wordings"]
    H = w.HANDOVER
    staff = ", ".join(worker_name(m, rng) for _ in range(2))
    # the night the incident happened on (the day before, for one after midnight); no date where the form has none
    shift = ""
    if m["expect"].get("date") and m["expect"].get("time"):
        on = dt.date.fromisoformat(m["expect"]["date"])
        on -= dt.timedelta(days=1 if m["expect"]["time"] < "08:00" else 0)
        shift = f"<b>{esc(H['shift'])}</b> {on.strftime('%d/%m/%Y')} &nbsp; "
    parts = [f"<h2>{esc(rng.choice(H['titles']))}</h2>",
             f"<p>{shift}<b>{esc(H['staff'])}</b> {esc(staff)}</p>",
             f"<h3>{esc(H['residents'])}</h3>", '<table border="1" cellpadding="3" cellspacing="0" width="100%">']
    for n in range(rng.randint(2, 3)):
        parts.append(f"<tr><td>{esc(H['rooms'].format(n=n + 1))}</td><td>{esc(rng.choice(H['whereabouts']))}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h3>{esc(rng.choice(H['incident_heads']))}</h3>")
    parts.append(table_2col([(l, v) for l, v in m["fields"] if l != NOTE]))
    parts.append(f"<h3>{esc(H['tasks'])}</h3><ul>" + "".join(f"<li>{esc(t)}</li>" for t in rng.sample(H["task_list"], 2))
                 + "</ul>")
    return page(m["title"], "".join(parts))


def fods_risk_log(m, rng):
    """A provider's own risk log in Excel (heldout18, tuned21: xlsx-risk-log): the resident and the reference over a
    log of dated entries (Date | Concern | Action | By whom) kept before the notice, and under it the notice's
    questions (what cannot be managed, why, what would help) with their answers."""
    w = m["wordings"]
    R = w.RISK_LOG
    fields = [(l, v) for l, v in m["fields"] if l not in ("\u00a7", NOTE)]
    top = [(l, v) for l, v in fields if getattr(v, "key", None) in ("ref", "provider", "yp")]
    rest = [(l, v) for l, v in fields if getattr(v, "key", None) not in ("ref", "provider", "yp")]
    rows = [[fods_cell(rng.choice(R["titles"]), 4, bold=True)], []]
    for l, v in top:
        rows.append([fods_cell(l.rstrip(" *:"), bold=True)] + ([fods_cell(v.text)] if v.text.strip() else []))
    rows += [[], [fods_cell(c, bold=True) for c in rng.choice(R["columns"])]]
    days = sorted(rng.sample(range(3, 40), 3), reverse=True)
    for d, entry in zip(days, rng.sample(R["entries"], 3)):
        rows.append([fods_date(m["received"].date() - dt.timedelta(days=d), "ce1"), fods_cell(entry[0]),
                     fods_cell(entry[1]), fods_cell(rng.choice(R["by_whom"]))])
    rows += [[], [fods_cell(rng.choice(R["summary"]), 4, bold=True)]]
    for l, v in rest:
        rows.append([fods_cell(l.rstrip(" *:"), bold=True)] + ([fods_cell(v.text, 3)] if v.text.strip() else []))
    return fods_document(rows, 4, rng.choice(R["sheets"]))


# -- heldout19, tuned22 (stop 48): a council's own referral template, a referral forwarded with the referrer's
# signature and disclaimer, intelligence told in a worker's own sentences, an accident / incident book and a body map
# cover sheet, a provider's notice with its risk categories as a tick grid, void returns as providers keep them (a
# workbook with a summary sheet and a units sheet, an Outlook table, a nil return, a week told in sentences); reached
# only by these layout names and these parts' wordings
COUNCIL48_LAYOUTS = ("docx-council-template", "pdf-council-template")
BOOK48_LAYOUTS = ("docx-incident-book", "pdf-incident-book", "docx-bodymap")
TICKS48_LAYOUTS = ("docx-risk-ticks", "pdf-risk-ticks")
BODY48_LAYOUTS = ("body-fw-signature", "body-intel-prose", "body-intel-fw", "body-void-outlook", "body-void-nil",
                  "body-void-sentences")


def field_of(m, key):
    """The first answered field of a key: (label, value), or (None, None)."""
    for label, v in m["fields"]:
        if label not in ("\u00a7", NOTE) and getattr(v, "key", None) == key:
            return label, v
    return None, None


def boxed48(v, w, rng, marks):
    """A yes/no answer as the template's two boxes, the chosen one marked ("☒ Yes  ☐ No"); other answers as written."""
    if getattr(v, "kind", None) != "yn":
        return v.text
    on, off = marks
    yes, no = rng.choice(w.COUNCIL48["yes_no"])
    return f"{on if v.flag else off} {yes}   {off if v.flag else on} {no}"


def council48_html(m, rng):
    """A council's own referral template in Word (heldout19, tuned22: docx-council-template, pdf-council-template):
    the council's banner and the form's code, its own sections ("About the young person", "About you", "Why now",
    "What has been tried") holding the part's questions in its order, yes/no questions as two boxes, the answers in the
    cell right of a question in some sections and in a row below it in others, the later sections on a second page."""
    w = m["wordings"]
    C = w.COUNCIL48
    marks = rng.choice(C["marks"])
    sections = C["sections"].get(m["form"], [])
    fields = [(l, v) for l, v in m["fields"] if l not in ("\u00a7", NOTE)]
    placed, used = [], set()
    for heading, keys in sections:
        mine = [(l, v) for l, v in fields if getattr(v, "key", None) in keys]
        used.update(id(v) for _, v in mine)
        placed.append((heading, mine))
    rest = [(l, v) for l, v in fields if id(v) not in used]
    if placed:
        placed[0] = (placed[0][0], rest + placed[0][1])  # a type question, an age, a note beside: the first section
    else:
        placed = [(rng.choice(C["other_heads"]), rest)]
    parts = [f'<p align="right"><small>{esc(rng.choice(C["codes"]))}</small></p>',
             f'<p><b>{esc(rng.choice(C["banners"]))}</b></p>', f"<h2>{esc(m['title'])}</h2>",
             f"<p><i>{esc(rng.choice(C['guides']))}</i></p>"]
    for n, (heading, mine) in enumerate(placed):
        if not mine:
            continue
        if n == 2 and len(fields) > 12:
            parts.append('<p style="page-break-before: always"></p>')
        parts.append(f'<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr><td colspan="2" '
                     f'bgcolor="#1F3864"><font color="#FFFFFF"><b>{esc(heading)}</b></font></td></tr>')
        below = rng.random() < 0.5
        for label, v in mine:
            text = boxed48(v, w, rng, marks)
            if below or len(v.text) > 90:
                parts.append(f'<tr><td colspan="2" bgcolor="#D9E2F3"><b>{esc(label)}</b></td></tr>'
                             f'<tr><td colspan="2">{cell(text) or "&nbsp;"}</td></tr>')
            else:
                parts.append(f'<tr><td width="45%" bgcolor="#D9E2F3">{esc(label)}</td><td>{cell(text) or "&nbsp;"}</td></tr>')
        parts.append("</table><p></p>")
    parts.append(f"<p><small>{esc(rng.choice(C['footers']))}</small></p>")
    return page("", "".join(parts))


def signature48(m, rng, name):
    """The writer's signature: the name, a role and team, the team's switchboard and inbox (not the form's own number
    and address), now and then a pronoun line; the council's legal disclaimer under it."""
    S = m["wordings"].SIGNATURE48
    lines = [name, rng.choice(S["roles"]), rng.choice(S["teams"]),
             rng.choice(S["phones"]).format(n=rng.randint(100000, 999999), m=rng.randint(100, 999)),
             rng.choice(S["inboxes"])]
    if rng.random() < 0.4:
        lines.append(rng.choice(S["extras"]))
    return "\n".join(lines) + "\n\n" + rng.choice(S["disclaimers"])


def fw_header48(m, rng, name, address, sent, subject, to_name, to_address):
    style = rng.choice(["outlook", "original", "gmail"])
    if style == "outlook":
        return ["________________________________", f"From: {name} <{address}>",
                f"Sent: {sent.strftime('%A, %-d %B %Y %H:%M')}", f"To: {to_name} <{to_address}>", f"Subject: {subject}"]
    if style == "original":
        return ["-----Original Message-----", f"From: {name} [mailto:{address}]",
                f"Sent: {sent.strftime('%d %B %Y %H:%M')}", f"To: {to_name}", f"Subject: {subject}"]
    return ["---------- Forwarded message ---------", f"From: {name} <{address}>",
            f"Date: {sent.strftime('%a, %-d %b %Y at %H:%M')}", f"Subject: {subject}", f"To: {to_name} <{to_address}>"]


def body_fw48(m, rng):
    """A form typed into a mail and forwarded (heldout19, tuned22: body-fw-signature): the forwarder's note and
    signature, the forwarded header block, the writer's lines, then the writer's signature with the team's own phone
    and inbox and the council's disclaimer. The mail is from the forwarder; the form is the writer's."""
    w = m["wordings"]
    F = w.FORWARD48
    first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
    domain = m["sender"].split("@")[1]
    fw_name, fw_address = f"{first} {last}", f"{re.sub('[^a-z]', '', first.lower())}.{re.sub('[^a-z-]', '', last.lower())}@{domain}"
    sent = m["received"] - dt.timedelta(minutes=rng.randint(20, 900))
    lines = [m["intro"], "", m["title"], ""]
    for label, v in m["fields"]:
        if label == "\u00a7":
            lines += ["", v.text.upper()]
        elif label != NOTE:
            lines.append(joined(label, v.text))
    original = "\n".join(lines + ["", m["signoff"], signature48(m, rng, m["sender_name"])])
    head = fw_header48(m, rng, m["sender_name"], m["sender"], sent, m["subject"], rng.choice(F["inboxes"]),
                       rng.choice(F["inbox_addresses"]))
    m["subject"] = rng.choice(["FW: ", "Fw: ", "FW: FW: "]) + m["subject"]
    m["sender_name"], m["sender"] = fw_name, fw_address
    top = [rng.choice(F["notes"]), "", fw_name, rng.choice(F["roles"]), "", ""]
    return "\n".join(top + head + ["", ""]) + original + "\n"


def body_intel_prose(m, rng):
    """Intelligence told in the worker's own sentences (heldout19, tuned22: body-intel-prose, body-intel-fw): "Just to
    let you know ...", the information, when and where, who was there and in what car, how the worker knows, the
    grading and handling where given, and the worker's signature; body-intel-fw is the same mail forwarded by the
    worker's manager."""
    w = m["wordings"]
    P = w.PROSE48
    get = lambda k: (field_of(m, k)[1].text if field_of(m, k)[1] is not None else "")  # noqa: E731
    worker, role, agency = get("worker"), get("role"), get("agency")
    when = get("when") or " ".join(x for x in (get("date"), get("time")) if x.strip())
    lines = [rng.choice(P["greetings"]), "", rng.choice(P["openers"]).format(agency=agency, role=role.lower())]
    info = get("information")
    if info.strip():
        lines += ["", info]
    lines += ["", rng.choice(P["when_where"]).format(when=when, where=get("location"))]
    if get("persons").strip():
        lines.append(rng.choice(P["who"]).format(persons=get("persons")))
    veh = get("vehicles")
    if veh.strip() and veh.strip().lower() not in ("-", "n/a", "none"):
        lines.append(rng.choice(P["cars"]).format(vehicles=veh))
    if get("source").strip():
        lines.append(rng.choice(P["source"]).format(source=get("source").lower()))
    grade = get("grading")
    if grade.strip() and grade.strip().lower() not in ("-", "n/a", "none"):
        lines += ["", rng.choice(P["grading"]).format(grading=grade, handling=get("handling"))]
    elif get("handling").strip():
        lines += ["", rng.choice(P["handling"]).format(handling=get("handling"))]
    lines += ["", rng.choice(P["closers"]), "", m["signoff"], worker, f"{role}, {agency}", get("phone"), get("email")]
    text = "\n".join(lines) + "\n"
    # the mail is the worker's own (from the address the form gives), or the manager's forward of it
    domain = m["sender"].split("@")[1]
    m["sender_name"], m["sender"] = worker, get("email") if "@" in get("email") else m["sender"]
    if m["layout"] == "body-intel-fw":
        first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
        boss = f"{re.sub('[^a-z]', '', first.lower())}.{re.sub('[^a-z-]', '', last.lower())}@{domain}"
        sent = m["received"] - dt.timedelta(minutes=rng.randint(10, 40) if m["urgent"] == "yes" else rng.randint(60, 900))
        head = fw_header48(m, rng, worker, m["sender"], sent, m["subject"], f"{first} {last}", boss)
        m["subject"] = "FW: " + m["subject"]
        m["sender_name"], m["sender"] = f"{first} {last}", boss
        text = "\n".join([rng.choice(P["forward_notes"]), "", m["sender_name"], rng.choice(P["manager_roles"]), "", ""]
                         + head + ["", ""]) + text
    return text


def tick_row48(options, chosen, marks, rng):
    on, off = marks
    return "   ".join(f"{on if o == chosen else off} {o}" for o in options)


def chosen_of(text, options):
    """The option a written answer names ("self harm" for "Self-harm"), or None."""
    low = re.sub(r"[^a-z]+", " ", text.lower()).strip()
    for o in options:
        if re.sub(r"[^a-z]+", " ", o.lower()).strip() in low:
            return o
    return None


def incident_book48(m, rng):
    """An accident / incident book page in Word (heldout19, tuned22: docx-incident-book, pdf-incident-book) or an
    incident form with a body map cover sheet (docx-bodymap): the book's number and page, the incident's category and
    seriousness as a tick grid of every option, the other questions as rows; the body map on a second page with the
    marks table and who completed it on the day of the report."""
    w = m["wordings"]
    B = w.BOOK48
    marks = rng.choice(B["marks"])
    cats = B["categories"]
    sevs = B["severities"]
    fields = [(l, v) for l, v in m["fields"] if l not in ("\u00a7", NOTE)]
    rows = []
    for label, v in fields:
        key = getattr(v, "key", None)
        if key in ("category", "severity") and (key == "category" or rng.random() < 0.6):
            opts = cats if key == "category" else sevs
            chosen = chosen_of(v.text, [o for o, _ in opts])
            if chosen:
                grid = "<br>".join(f"{marks[0] if o == chosen else marks[1]} {esc(shown)}" for o, shown in opts) \
                    if key == "category" and rng.random() < 0.5 else \
                    " &nbsp; ".join(f"{marks[0] if o == chosen else marks[1]} {esc(shown)}" for o, shown in opts)
                rows.append(f'<tr><td width="35%" bgcolor="#F2F2F2"><b>{esc(label)}</b></td><td>{grid}</td></tr>')
                continue
        rows.append(f'<tr><td width="35%" bgcolor="#F2F2F2"><b>{esc(label)}</b></td><td>{cell(v.text) or "&nbsp;"}</td></tr>')
    on = m["received"]
    if m["layout"] == "docx-bodymap":
        parts = [f"<h2>{esc(rng.choice(B['bodymap_titles']))}</h2>", f"<p><i>{esc(rng.choice(B['bodymap_notes']))}</i></p>",
                 f"<p><b>{esc(m['title'])}</b></p>",
                 '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>",
                 '<p style="page-break-before: always"></p>', f"<h3>{esc(B['bodymap_head'])}</h3>",
                 '<table border="1" cellpadding="30" cellspacing="0" width="100%"><tr>'
                 + "".join(f'<td align="center">{esc(x)}</td>' for x in B["figures"]) + "</tr></table><p></p>",
                 '<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr>'
                 + "".join(f"<td><b>{esc(x)}</b></td>" for x in B["marks_columns"]) + "</tr>"
                 + f"<tr><td>1</td><td>{esc(rng.choice(B['no_marks']))}</td><td></td></tr></table>",
                 f"<p>{esc(B['completed'])} {esc(worker_name(m, rng))} &nbsp; {esc(B['completed_on'])} "
                 f"{on.day:02d}/{on.month:02d}/{on.year}</p>"]
        return page("", "".join(parts))
    parts = [f'<p align="right"><small>{esc(rng.choice(B["book_refs"]).format(n=rng.randint(120, 480), p=rng.randint(10, 99)))}</small></p>',
             f"<h2>{esc(rng.choice(B['titles']))}</h2>", f"<p><i>{esc(rng.choice(B['notes']))}</i></p>",
             '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>",
             f"<p>{esc(rng.choice(B['signed']))} ______________ &nbsp; {esc(B['manager'])} ______________</p>"]
    return page("", "".join(parts))


def risk_ticks48(m, rng):
    """A provider's notice template with the kinds of risk as a tick grid (heldout19, tuned22: docx-risk-ticks,
    pdf-risk-ticks): the provider's banner, the resident and reference rows, "Type of risk" with one or two boxes
    ticked, then the notice's three questions with their answers below them."""
    w = m["wordings"]
    T = w.TICKS48
    marks = rng.choice(T["marks"])
    kinds = rng.sample(T["kinds"], 2) if rng.random() < 0.5 else [rng.choice(T["kinds"])]
    fields = [(l, v) for l, v in m["fields"] if l not in ("\u00a7", NOTE)]
    top = [(l, v) for l, v in fields if getattr(v, "key", None) in ("ref", "provider", "yp")]
    rest = [(l, v) for l, v in fields if (l, v) not in top]
    grid = "".join(f"<td>{marks[0] if k in kinds else marks[1]} {esc(k)}</td>" + ("</tr><tr>" if n % 3 == 2 else "")
                   for n, k in enumerate(T["kinds"]))
    provider = next((v.text for l, v in top if getattr(v, "key", None) == "provider"), "")
    parts = [f"<p><b>{esc(rng.choice(T['banners']).format(provider=provider))}</b></p>", f"<h2>{esc(m['title'])}</h2>",
             '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
             + "".join(f'<tr><td width="35%" bgcolor="#EDEDED">{esc(l)}</td><td>{cell(v.text)}</td></tr>' for l, v in top)
             + "</table><p></p>", f"<p><b>{esc(rng.choice(T['grid_heads']))}</b></p>",
             f'<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr>{grid}</tr></table><p></p>']
    for l, v in rest:
        parts.append(f'<p><b>{esc(l)}</b></p><table border="1" cellpadding="4" cellspacing="0" width="100%"><tr>'
                     f"<td>{cell(v.text) or '&nbsp;'}</td></tr></table>")
    parts.append(f"<p>{esc(rng.choice(T['sign_lines']))} {esc(m['sender_name'])}</p>")
    return page("", "".join(parts))


UNIT_DATE_STYLE = (' <number:date-style style:name="N60"><number:day-of-week/><number:text> </number:text><number:day '
                   'number:style="long"/><number:text>-</number:text><number:month number:textual="true"/><number:text>'
                   '-</number:text><number:year/></number:date-style>\n <style:style style:name="ce60" '
                   'style:family="table-cell" style:data-style-name="N60"/>\n')


def fods_void_workbook(m, rng):
    """A provider's own void workbook (heldout19, tuned22: xlsx-void-workbook): a "Summary" sheet first (a merged title,
    the provider and the week, the properties' rows with their counts, the available dates as date cells shown as
    "Mon 14-Dec-26"), then a units sheet: each unit of each property with its status in the provider's words ("void
    since ...", "move-in booked ...", "off-line - repairs"), as many void units as the summary says."""
    w = m["wordings"]
    V = w.WORKBOOK48
    vd, h = m["void"], m["void"]["headers"]
    week = vd["week"]
    week_cell = fods_date(week.date, "ce60") if week.kind == "date" and rng.random() < 0.7 else fods_cell(week.text)
    rows = [[fods_cell(rng.choice(V["titles"]).format(provider=vd["provider"]), len(VOID_COLUMNS), bold=True)],
            [fods_cell(vd["provider_label"], bold=True), fods_cell(vd["provider"], 2)],
            [fods_cell(vd["week_label"], bold=True), week_cell], [],
            [fods_cell(h[k], bold=True) for k in VOID_COLUMNS]]
    for r in vd["rows"]:
        rows.append(fods_void_row(r, VOID_COLUMNS, rng, "ce60"))
    rows += [[], [fods_cell(rng.choice(V["summary_notes"]), 4, italic=True)]]
    units = [[fods_cell(c, bold=True) for c in rng.choice(V["unit_columns"])]]
    for r in vd["rows"]:
        statuses = [rng.choice(V["let"]) for _ in range(r["occupied"])]
        for n in range(max(r["vacant"], 0)):
            since = vd["week"].date if vd["week"].kind == "date" else m["received"].date()
            word = rng.choice(V["void_words"])
            statuses.append(word.format(d=(since - dt.timedelta(days=rng.randint(3, 40))).strftime("%d/%m/%y"),
                                        b=(since + dt.timedelta(days=rng.randint(2, 12))).strftime("%d/%m")))
        rng.shuffle(statuses)
        for n, s in enumerate(statuses):
            units.append([fods_cell(r["ref"]), fods_cell(V["unit_name"].format(n=n + 1)), fods_cell(s)])
    unit_sheet = (f'<table:table table:name="{esc(rng.choice(V["unit_sheets"]))}"><table:table-column '
                  'table:number-columns-repeated="3"/>'
                  + "".join("<table:table-row>" + "".join(c) + "</table:table-row>" for c in units) + "</table:table>")
    doc = fods_document(rows, len(VOID_COLUMNS), rng.choice(V["summary_sheets"]), after=unit_sheet)
    return doc.replace("</office:automatic-styles>", UNIT_DATE_STYLE + "</office:automatic-styles>", 1)


def body_void48(m, rng):
    """Void returns typed into the mail (heldout19, tuned22): body-void-outlook, Outlook's table with a status column in
    the provider's words; body-void-nil, a nil return (every unit let) with the properties' counts; body-void-sentences,
    each property told in a sentence. Returns (plain, markup)."""
    w = m["wordings"]
    V = w.VOIDMAIL48
    vd, h = m["void"], m["void"]["headers"]
    head = [m["intro"], "", f"{vd['provider_label'].rstrip(':')}: {vd['provider']}",
            f"{vd['week_label'].rstrip(':')}: {vd['week'].text}", ""]
    tail = ["", m["signoff"], signed(m)]
    layout = m["layout"]
    if layout == "body-void-nil":
        if m["invalid"] == "-":
            for r in vd["rows"]:
                r["occupied"], r["vacant"] = r["total"], 0
                r["available"] = Value(rng.choice(["-", "n/a", ""]), "blank")
        lines = [rng.choice(V["nil_lines"]), ""]
        for r in vd["rows"]:
            lines.append(rng.choice(V["nil_rows"]).format(**{k: void_cell_text(r, k) for k in VOID_COLUMNS},
                                                            **{"h_" + k: h[k].rstrip(":?") for k in VOID_COLUMNS}))
        return "\n".join(head + lines + tail) + "\n", None
    if layout == "body-void-sentences":
        lines = []
        for r in vd["rows"]:
            words = {k: void_cell_text(r, k) for k in VOID_COLUMNS}
            if r["vacant"] > 0:
                s = rng.choice(V["sentences_void"])
            else:
                s = rng.choice(V["sentences_full"])
            lines.append(s.format(**words, emergency_words=rng.choice(V["emergency_yes" if r["emergency"].flag else "emergency_no"])))
            if words["notes"].strip() and words["notes"].strip() not in ("-", "n/a", "N/A", "none", "None"):
                lines.append(rng.choice(V["note_lines"]).format(notes=words["notes"]))
            lines.append("")
        return "\n".join(head + lines + tail) + "\n", None
    status = rng.choice(V["status_heads"])
    cols = VOID_COLUMNS[:6] + ["status"] + VOID_COLUMNS[6:]
    def text(r, k):
        if k != "status":
            return void_cell_text(r, k)
        return rng.choice(V["full_words"]) if r["vacant"] <= 0 else rng.choice(V["void_words"])
    th = "".join(f'<td style="border:solid windowtext 1.0pt;background:#DEEAF6;padding:0cm 5.4pt"><p class=MsoNormal>'
                 f"<b>{esc(status if k == 'status' else h[k])}</b></p></td>" for k in cols)
    trs = "".join("<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>'
                                   f"{esc(text(r, k))}</p></td>" for k in cols) + "</tr>" for r in vd["rows"])
    inner = (f"<p class=MsoNormal>{esc_lines(m['intro'])}</p><p class=MsoNormal>&nbsp;</p>"
             f"<p class=MsoNormal>{esc(head[2])}<br>{esc(head[3])}</p><p class=MsoNormal>&nbsp;</p>"
             f'<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">'
             f"<tr>{th}</tr>{trs}</table><p class=MsoNormal>&nbsp;</p>"
             f"<p class=MsoNormal>{esc_lines(m['signoff'])}<br>{esc_lines(signed(m))}</p>")
    return None, MSO_HEAD + inner + MSO_TAIL


# -- stop 50 (heldout20, tuned23): council templates built in Word each its own way, referrals and risk concerns ---
VERTICAL50_LAYOUTS = ("docx-vertical", "pdf-vertical")
GRID50_LAYOUTS = ("docx-details-grid", "pdf-details-grid")
NUMBERED50_LAYOUTS = ("docx-numbered-paras", "pdf-numbered-paras")
ON50, OFF50 = "\u2612", "\u2610"
HTML50_LAYOUTS = VERTICAL50_LAYOUTS + GRID50_LAYOUTS + NUMBERED50_LAYOUTS + (
    "docx-tick-rows", "pdf-fillable", "docx-risk-letter", "docx-risk-grid", "pdf-risk-grid")
# how each council dresses its template: the label rows' shade, the section rows' shade and text colour, the font
LOOKS50 = [("#D9D9D9", "#404040", "#FFFFFF", "Liberation Sans"), ("#DEEAF6", "#1F4E79", "#FFFFFF", "Liberation Sans"),
           ("#E2EFD9", "#FFFFFF", "#375623", "Liberation Serif"), ("#FFF2CC", "#7F6000", "#FFFFFF", "DejaVu Sans"),
           ("#EDEDED", "#EDEDED", "#000000", "Liberation Sans Narrow")]
# the choices a template sets out as boxes across a row (docx-tick-rows): the options, and how an answer names one
TICKS50 = {
    "gender": [("Female", ("female", "f")), ("Male", ("male", "m")), ("Non-binary", ("non binary",)),
               ("Prefer not to say", ())],
    "legal_status": [("Looked after (s.20)", ("s20", "s 20", "section 20", "lac", "looked after", "cla")),
                     ("Looked after (s.31)", ("s31", "s 31", "section 31", "care order")),
                     ("Care leaver", ("leaver", "leaving care", "former relevant", "relevant child")),
                     ("Child in need", ("cin", "child in need")),
                     ("Not known to social care", ("not known", "none", "no involvement"))],
    "locality": [("Cherwell", ("cherwell", "banbury", "bicester")), ("West Oxfordshire", ("west oxon", "witney")),
                 ("Oxford City", ("oxford",)), ("South Oxfordshire", ("south oxfordshire",)),
                 ("Vale of White Horse", ("vale",)), ("Out of county", ("out of county",)), ("Anywhere", ("any",))],
    "category": [(c, (c.lower().replace("-", " "),)) for c in ("Missing", "Exploitation", "Self-harm", "Violence",
                                                               "Allegation against staff", "Police involvement",
                                                               "Hospital admission", "Other")],
    "severity": [(s, (s.lower(),)) for s in ("Low", "Medium", "High", "Critical")],
    "status": [("Homeless tonight", ("homeless",)), ("Threatened with homelessness", ("threat", "threatened"))],
}


def entries50(m):
    """The form's rows in order: ("head", text), ("note", text) or ("field", label, value)."""
    out = []
    for label, v in m["fields"]:
        out.append(("head", v.text) if label == "\u00a7" else ("note", v.text) if label == NOTE else ("field", label, v))
    return out


def help50(m, v, rng, chance=0.4):
    """A help-text line a template prints under a label in small type ("Must be 16-24 on the date needed"), or ""."""
    lines = getattr(m["wordings"], "HELP50", {}).get(getattr(v, "form", ""), {}).get(getattr(v, "key", ""))
    return rng.choice(lines) if lines and rng.random() < chance else ""


def tick_choice50(v):
    """The option of TICKS50 a written answer names, or None (then the answer is written as it is)."""
    options = TICKS50.get(getattr(v, "key", None))
    if not options or getattr(v, "kind", None) == "blank":
        return None, None
    low = " " + re.sub(r"[^a-z0-9]+", " ", v.text.lower()).strip() + " "
    # the option whose matching words are the longest: "South Oxfordshire" is not "Oxford City", "Threatened with
    # homelessness" not "Homeless tonight", "Relevant child - leaving care" a care leaver
    best, size = None, 0
    for option, words in options:
        for w in words:
            if (f" {w} " in low or (len(w) > 3 and w in low)) and len(w) > size:
                best, size = option, len(w)
    if best:
        return options, best
    return None, None


def yes_no50(v, marks, words):
    on, off = marks
    yes, no = words
    return f"{on if v.flag else off} {yes}   {off if v.flag else on} {no}"


def vertical50_html(m, rng):
    """A council's template in Word set out down the page (heldout20, tuned23: docx-vertical, pdf-vertical): each
    label in a shaded row of its own with, now and then, a help line in small type under it, the answer in the
    full-width row below; section rows between them, some of them questions ("Why now?"), some not ("Section C -
    Risks"); a yes/no as two boxes in the answer row."""
    w = m["wordings"]
    T = w.TEMPLATES50
    shade, head, head_text, font = rng.choice(LOOKS50)
    marks, words = rng.choice(T["marks"]), rng.choice(T["yes_no"])
    rows = []
    for e in entries50(m):
        if e[0] == "head":
            rows.append(f'<tr><td bgcolor="{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></td></tr>')
        elif e[0] == "note":
            rows.append(f"<tr><td><i><small>{esc_lines(e[1])}</small></i></td></tr>")
        else:
            label, v = e[1], e[2]
            hint = help50(m, v, rng)
            text = yes_no50(v, marks, words) if v.kind == "yn" and rng.random() < 0.6 else v.text
            rows.append(f'<tr><td bgcolor="{shade}"><b>{esc(label)}</b>'
                        + (f'<br><font size="1"><i>{esc(hint)}</i></font>' if hint else "") + "</td></tr>"
                        f"<tr><td>{cell(text) or '&nbsp;'}</td></tr>")
    parts = [f'<p align="right"><small>{esc(rng.choice(T["codes"]))}</small></p>',
             f'<p><b>{esc(rng.choice(T["banners"]))}</b></p>', f"<h2>{esc(m['title'])}</h2>"]
    if rng.random() < 0.7:
        parts.append(f"<p><i>{esc(rng.choice(T['guides']))}</i></p>")
    parts.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def details_grid50(m, rng):
    """A template whose personal details are a four-column table (label | answer | label | answer) and whose
    longer questions are free-text rows under it, the label across the page and the answer in a box below
    (heldout20, tuned23: docx-details-grid, pdf-details-grid)."""
    w = m["wordings"]
    T = w.TEMPLATES50
    shade, head, head_text, font = rng.choice(LOOKS50)
    rows, pair = [], []

    def flush():
        if pair:
            cells = "".join(f'<td width="20%" bgcolor="{shade}">{esc(l)}</td><td width="30%">{cell(t) or "&nbsp;"}</td>'
                            for l, t in pair)
            rows.append(f"<tr>{cells}" + ('<td bgcolor="%s">&nbsp;</td><td>&nbsp;</td>' % shade if len(pair) == 1 else "")
                        + "</tr>")
            pair.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            rows.append(f'<tr><td colspan="4" bgcolor="{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></td></tr>')
        elif e[0] == "note":
            flush()
            rows.append(f'<tr><td colspan="4"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
        else:
            label, v = e[1], e[2]
            if getattr(v, "key", None) in FREE_KEYS or len(v.text) > 60 or "\n" in v.text:
                flush()
                hint = help50(m, v, rng)
                rows.append(f'<tr><td colspan="4" bgcolor="{shade}"><b>{esc(label)}</b>'
                            + (f'<br><font size="1">{esc(hint)}</font>' if hint else "") + "</td></tr>"
                            f'<tr><td colspan="4">{cell(v.text) or "&nbsp;"}</td></tr>')
            else:
                pair.append((label, v.text))
                if len(pair) == 2:
                    flush()
    flush()
    parts = [f'<table border="0" width="100%"><tr><td><b>{esc(rng.choice(T["banners"]))}</b></td>'
             f'<td align="right"><small>{esc(rng.choice(T["codes"]))}</small></td></tr></table>',
             f"<h2>{esc(m['title'])}</h2>",
             '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>",
             f"<p><small>{esc(rng.choice(T['footers']))}</small></p>"]
    return page("", "".join(parts), font)


def numbered50_html(m, rng):
    """A template of numbered questions as paragraphs, no table (heldout20, tuned23: docx-numbered-paras,
    pdf-numbered-paras): "4. Why does ... ?" in bold, the answer as the next paragraph or paragraphs, the sections as
    headings, the numbering running on through the sections."""
    w = m["wordings"]
    T = w.TEMPLATES50
    style = rng.choice(["{n}. ", "{n}) ", "Q{n}. ", "{n}\u2003"])
    _, _, _, font = rng.choice(LOOKS50)
    parts = [f"<p><b>{esc(rng.choice(T['banners']))}</b></p>", f"<h2>{esc(m['title'])}</h2>"]
    if rng.random() < 0.6:
        parts.append(f"<p><i>{esc(rng.choice(T['guides']))}</i></p>")
    n = 0
    for e in entries50(m):
        if e[0] == "head":
            parts.append(f"<h3>{esc(e[1])}</h3>")
        elif e[0] == "note":
            parts.append(f"<p><i>{esc_lines(e[1])}</i></p>")
        else:
            n += 1
            label, v = e[1], e[2]
            parts.append(f"<p><b>{esc(style.format(n=n) + label)}</b></p>")
            hint = help50(m, v, rng, 0.25)
            if hint:
                parts.append(f'<p><font size="1"><i>{esc(hint)}</i></font></p>')
            for line in (v.text.split("\n") if v.text.strip() else [v.text or "\u00a0"]):
                parts.append(f'<p style="margin-left:0.5cm">{esc(line) or "&nbsp;"}</p>')
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def tick_rows50(m, rng):
    """A template whose choices are rows of boxes across the page, ☐ / ☒ in a cell each (heldout20, tuned23:
    docx-tick-rows): gender, legal status, locality, category, severity, homeless or threatened, and every yes/no;
    the other answers in a two-column table; each block its own table, as Word templates are put together."""
    w = m["wordings"]
    T = w.TEMPLATES50
    shade, head, head_text, font = rng.choice(LOOKS50)
    on, off = rng.choice(T["marks"])
    yes, no = rng.choice(T["yes_no"])
    blocks, plain = [], []

    def flush():
        if plain:
            blocks.append('<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(
                f'<tr><td width="38%" bgcolor="{shade}">{esc(l)}</td><td>{cell(t) or "&nbsp;"}</td></tr>' for l, t in plain)
                + "</table>")
            plain.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            blocks.append(f'<p style="background:{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></p>')
        elif e[0] == "note":
            flush()
            blocks.append(f"<p><i><small>{esc_lines(e[1])}</small></i></p>")
        else:
            label, v = e[1], e[2]
            options, chosen = tick_choice50(v)
            if v.kind == "yn":
                boxes = [(yes, v.flag), (no, not v.flag)]
            elif options:
                boxes = [(o, o == chosen) for o, _ in options]
            else:
                plain.append((label, v.text))
                continue
            flush()
            cells = "".join(f"<td>{on if ticked else off} {esc(o)}</td>" for o, ticked in boxes)
            blocks.append(f'<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr>'
                          f'<td width="38%" bgcolor="{shade}">{esc(label)}</td>{cells}</tr></table>')
    flush()
    parts = [f'<p><b>{esc(rng.choice(T["banners"]))}</b> &nbsp; <small>{esc(rng.choice(T["codes"]))}</small></p>',
             f"<h2>{esc(m['title'])}</h2>", f"<p><i>{esc(rng.choice(T['tick_guides']))}</i></p>"] + blocks
    return page("", "".join(parts), font)


def fillable50(m, rng):
    """A template with form fields, exported by LibreOffice as a PDF that keeps them (heldout20, tuned23:
    pdf-fillable): each label a paragraph with its text field or text area under it, a yes/no as two check boxes
    named for the question, the sections as headings."""
    w = m["wordings"]
    T = w.TEMPLATES50
    yes, no = rng.choice(T["yes_no"])
    parts, used = [f"<p><b>{esc(rng.choice(T['banners']))}</b></p>", f"<h2>{esc(m['title'])}</h2>",
                   f"<p><i>{esc(rng.choice(T['fillable_guides']))}</i></p>", "<form>"], set()
    for e in entries50(m):
        if e[0] == "head":
            parts.append(f"<h3>{esc(e[1])}</h3>")
        elif e[0] == "note":
            parts.append(f"<p><i>{esc_lines(e[1])}</i></p>")
        else:
            label, v = e[1], e[2]
            name = re.sub(r"[^A-Za-z0-9]+", "_", label).strip("_")[:32] or "Field"
            while name in used:
                name += "1"
            used.add(name)
            parts.append(f"<p>{esc(label)}</p>")
            if v.kind == "yn":
                parts.append(f'<p><input type="checkbox" name="{name}_Y"{" checked" if v.flag else ""}> {esc(yes)} &nbsp; '
                             f'<input type="checkbox" name="{name}_N"{"" if v.flag else " checked"}> {esc(no)}</p>')
            elif len(v.text) > 60 or "\n" in v.text:
                parts.append(f'<p><textarea name="{name}" rows="4" cols="70">{esc(v.text)}</textarea></p>')
            else:
                parts.append(f'<p><input type="text" name="{name}" size="50" value="{esc(v.text)}"></p>')
    parts.append("</form>")
    return page("", "".join(parts))


def content_controls50(m, rng):
    """A Word template whose answers are content controls (heldout20, tuned23: docx-content-controls): a table of a
    label and its control, a plain-text control for an answer, a drop-down for a choice, two check-box controls for a
    yes/no, and an optional question left empty showing Word's placeholder ("Click or tap here to enter text."); written
    as a flat ODT with LibreOffice's content controls, which it saves as Word's w:sdt."""
    w = m["wordings"]
    T = w.TEMPLATES50
    yes, no = rng.choice(T["yes_no"])

    def control(text):
        lines = text.split("\n")
        return ('<loext:content-control>' + "<text:line-break/>".join(esc(x) for x in lines) + "</loext:content-control>")

    def placeholder():
        return (f'<loext:content-control loext:showing-place-holder="true">{esc(rng.choice(T["placeholders"]))}'
                "</loext:content-control>")

    def box(ticked):
        return (f'<loext:content-control loext:checkbox="true" loext:checked="{"true" if ticked else "false"}" '
                f'loext:checked-state="{ON50}" loext:unchecked-state="{OFF50}">{ON50 if ticked else OFF50}'
                "</loext:content-control>")

    def dropdown(options, chosen):
        items = "".join(f'<loext:list-item loext:display-text="{esc(o)}" loext:value="{esc(o)}"/>' for o, _ in options)
        return f'<loext:content-control loext:dropdown="true">{items}{esc(chosen)}</loext:content-control>'

    def c(inner, span=1, style="Cell"):
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f'<table:table-cell table:style-name="{style}"{sp}>{inner}</table:table-cell>' + "<table:covered-table-cell/>" * (span - 1)

    rows = []
    for e in entries50(m):
        if e[0] == "head":
            rows.append(c(f'<text:p text:style-name="H">{esc(e[1])}</text:p>', 2, "Head"))
        elif e[0] == "note":
            rows.append(c(f'<text:p text:style-name="Small">{esc(e[1])}</text:p>', 2))
        else:
            label, v = e[1], e[2]
            hint = help50(m, v, rng, 0.3)
            left = f"<text:p>{esc(label)}</text:p>" + (f'<text:p text:style-name="Small">{esc(hint)}</text:p>' if hint else "")
            options, chosen = tick_choice50(v)
            if v.kind == "yn":
                right = f"<text:p>{box(v.flag)} {esc(yes)}   {box(not v.flag)} {esc(no)}</text:p>"
            elif options and rng.random() < 0.7:
                right = f"<text:p>{dropdown(options, chosen)}</text:p>"
            elif v.kind == "blank" and rng.random() < 0.5:
                right = f"<text:p>{placeholder()}</text:p>"
            else:
                right = f"<text:p>{control(v.text)}</text:p>"
            rows.append(c(left, 1, "Shade") + c(right))
    body = "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Shade" style:family="table-cell"><style:table-cell-properties fo:background-color="#e7e6e6" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#2f5496" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p>{esc(rng.choice(T["banners"]))}</text:p>
<text:p text:style-name="T">{esc(m["title"])}</text:p>
<text:p text:style-name="Small">{esc(rng.choice(T["guides"]))}</text:p>
<table:table table:name="Form"><table:table-column table:number-columns-repeated="2"/>{body}</table:table>
<text:p text:style-name="Small">{esc(rng.choice(T["footers"]))}</text:p>
</office:text></office:body></office:document>
'''


def risk_parts50(m):
    get = lambda k: field_of(m, k)[1]  # noqa: E731
    return {k: get(k) for k in ("ref", "provider", "yp", "risk", "why", "enable")}


def risk_letter50(m, rng):
    """A risk concern written as the provider's letter or email in prose (heldout20, tuned23: docx-risk-letter,
    body-risk-letter): "We are writing to raise a concern about ...", the young person and the referral's
    reference in the opening sentence, the risk, why it cannot be managed and what would enable it as three
    paragraphs, each opened (or not) by a lead-in sentence, no labels; the manager's name and the provider under it.
    Returns the paragraphs."""
    L = m["wordings"].LETTER50
    p = risk_parts50(m)
    ref = p["ref"].text if p["ref"] is not None else ""
    names = {"yp": p["yp"].text, "provider": p["provider"].text, "ref": ref}
    opener = rng.choice(L["openers_ref"] if ref else L["openers"]).format(**names)
    paras = [rng.choice(L["greetings"]), opener]
    for key, leads in (("risk", "risk_leads"), ("why", "why_leads"), ("enable", "enable_leads")):
        if p[key] is None:
            continue
        lead, text = rng.choice(L[leads]), p[key].text
        if lead and not lead.endswith((".", ":")):
            text = text[:1].lower() + text[1:]  # "We cannot manage this because we have ..."
        paras.append((lead + " " if lead else "") + text)
    paras += [rng.choice(L["closers"]), m["signoff"],
              f"{m['sender_name']}\n{rng.choice(L['roles'])}\n{p['provider'].text}"]
    return paras


def risk_letter50_html(m, rng):
    L = m["wordings"].LETTER50
    paras = risk_letter50(m, rng)
    on = m["received"]
    head = (f'<p align="right"><b>{esc(risk_parts50(m)["provider"].text)}</b><br>{esc(rng.choice(L["addresses"]))}</p>'
            f'<p>{on.day} {on.strftime("%B %Y")}</p><p>{esc(rng.choice(L["to_lines"]))}</p>')
    return page("", head + "".join(f"<p>{esc_lines(x)}</p>" for x in paras), rng.choice(LOOKS50)[3])


def risk_grid50(m, rng):
    """A provider's risk notice with a tick grid of risk categories and free-text boxes (heldout20, tuned23:
    docx-risk-grid, pdf-risk-grid): the reference, provider and young person in a four-column table, the categories
    three to a row with one to three ticked, then a box for each of the three parts with its label above it and a
    help line, and "Other risk (specify)" left as the provider leaves it."""
    w = m["wordings"]
    G = w.GRID50
    shade, head, head_text, font = rng.choice(LOOKS50)
    on, off = rng.choice(w.TEMPLATES50["marks"])
    p = risk_parts50(m)
    fields = [(l, v) for l, v in m["fields"] if l not in ("\u00a7", NOTE)]
    top = [(l, v) for l, v in fields if getattr(v, "key", None) in ("ref", "provider", "yp")]
    boxes = [(l, v) for l, v in fields if getattr(v, "key", None) not in ("ref", "provider", "yp")]
    cats = G["categories"]
    chosen = set(rng.sample(range(len(cats)), rng.randint(1, 3)))
    grid = "".join(("<tr>" if n % 3 == 0 else "") + f"<td>{on if n in chosen else off} {esc(c)}</td>"
                   + ("</tr>" if n % 3 == 2 or n == len(cats) - 1 else "") for n, c in enumerate(cats))
    toprow = "</tr><tr>".join("".join(f'<td width="20%" bgcolor="{shade}">{esc(l)}</td><td width="30%">{cell(v.text)}</td>'
                                      for l, v in top[n:n + 2]) for n in range(0, len(top), 2))
    parts = [f"<p><b>{esc(rng.choice(G['banners']).format(provider=p['provider'].text))}</b></p>",
             f"<h2>{esc(m['title'])}</h2>",
             f'<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr>{toprow}</tr></table><p></p>',
             f'<p style="background:{head}"><font color="{head_text}"><b>{esc(rng.choice(G["grid_heads"]))}</b></font></p>',
             f'<table border="1" cellpadding="3" cellspacing="0" width="100%">{grid}</table>',
             f"<p>{esc(rng.choice(G['other_lines']))}</p>"]
    for l, v in boxes:
        hint = help50(m, v, rng, 0.5)
        parts.append(f"<p><b>{esc(l)}</b>" + (f'<br><font size="1"><i>{esc(hint)}</i></font>' if hint else "") + "</p>"
                     f'<table border="1" cellpadding="6" cellspacing="0" width="100%"><tr><td>{cell(v.text) or "&nbsp;"}'
                     "</td></tr></table>")
    parts.append(f"<p>{esc(rng.choice(G['sign_lines']))} {esc(m['sender_name'])} &nbsp; {esc(rng.choice(G['date_words']))} "
                 f"{m['received'].day:02d}/{m['received'].month:02d}/{m['received'].year}</p>")
    return page("", "".join(parts), font)


def html50(m, rng):
    layout = m["layout"]
    if layout in VERTICAL50_LAYOUTS:
        return vertical50_html(m, rng)
    if layout in GRID50_LAYOUTS:
        return details_grid50(m, rng)
    if layout in NUMBERED50_LAYOUTS:
        return numbered50_html(m, rng)
    if layout == "docx-tick-rows":
        return tick_rows50(m, rng)
    if layout == "pdf-fillable":
        return fillable50(m, rng)
    if layout == "docx-risk-letter":
        return risk_letter50_html(m, rng)
    return risk_grid50(m, rng)


# -- stop 52 (heldout21, tuned24): boxes with the label over the answer, answers merged over three columns, answers
# typed after the label in colour, a case system's two-column print, the young person in the page header, a form kept
# in Excel on two sheets, Outlook tables with spacer columns, a form typed above the quoted blank template -----------
HTML52_LAYOUTS = ("docx-boxes", "pdf-boxes", "docx-span3", "pdf-span3", "docx-inline-answers", "pdf-inline-answers",
                  "pdf-leaders-2col")
HEADER52_LAYOUTS = ("docx-header-table", "pdf-header-table")
BODY52_LAYOUTS = ("body-spacer-table", "body-above-template", "body-void-spacers")
# the keys a template puts in its page header (docx-header-table): who the form is about
HEADER52_KEYS = ("name", "yp", "dob", "lcs", "ref", "provider", "agency", "worker")
LONG52 = FREE_KEYS + ("persons", "parent_contact", "address", "location", "mediation_outcome")


def long52(v):
    return getattr(v, "key", None) in LONG52 or len(v.text) > 55 or "\n" in v.text


def boxes52(m, rng):
    """A paper form copied into Word (heldout21, tuned24: docx-boxes, pdf-boxes): every answer in a box of a three-box
    row, the label in small type at the top of the box and the answer under it in the same cell after a line break;
    a long answer's box across the row; section bars between them."""
    T = m["wordings"].T52
    shade, head, head_text, font = rng.choice(LOOKS50)
    rows, row = [], []

    def flush():
        if row:
            cells = "".join(f'<td width="33%" valign="top"><font size="1">{esc(l)}</font><br>{cell(t) or "&nbsp;"}</td>'
                            for l, t in row)
            rows.append(f"<tr>{cells}" + "<td>&nbsp;</td>" * (3 - len(row)) + "</tr>")
            row.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            rows.append(f'<tr><td colspan="3" bgcolor="{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></td></tr>')
        elif e[0] == "note":
            flush()
            rows.append(f'<tr><td colspan="3"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
        else:
            label, v = e[1], e[2]
            if long52(v):
                flush()
                rows.append(f'<tr><td colspan="3" valign="top"><font size="1">{esc(label)}</font><br>'
                            f'{cell(v.text) or "&nbsp;"}</td></tr>')
            else:
                row.append((label, v.text))
                if len(row) == 3:
                    flush()
    flush()
    parts = [f'<p align="right"><small>{esc(rng.choice(T["codes"]))}</small></p>',
             f'<p><b>{esc(rng.choice(T["banners"]))}</b></p>', f"<h2>{esc(m['title'])}</h2>"]
    if rng.random() < 0.6:
        parts.append(f"<p><i>{esc(rng.choice(T['guides']))}</i></p>")
    parts.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def span52(m, rng):
    """A template of four columns whose answer cells are merged over the last three (heldout21, tuned24: docx-span3,
    pdf-span3): the label in the first column, the answer across the rest; an office-use row at the top with its
    boxes left empty; section bars over all four."""
    T = m["wordings"].T52
    shade, head, head_text, font = rng.choice(LOOKS50)
    office = rng.choice(T["office_rows"])
    rows = [f'<tr><td width="25%" bgcolor="#F2F2F2"><small>{esc(office[0])}</small></td><td width="25%">&nbsp;</td>'
            f'<td width="25%" bgcolor="#F2F2F2"><small>{esc(office[1])}</small></td><td width="25%">&nbsp;</td></tr>']
    for e in entries50(m):
        if e[0] == "head":
            rows.append(f'<tr><td colspan="4" bgcolor="{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></td></tr>')
        elif e[0] == "note":
            rows.append(f'<tr><td colspan="4"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
        else:
            label, v = e[1], e[2]
            rows.append(f'<tr><td width="25%" bgcolor="{shade}">{esc(label)}</td>'
                        f'<td colspan="3">{cell(v.text) or "&nbsp;"}</td></tr>')
    parts = [f'<table border="0" width="100%"><tr><td><b>{esc(rng.choice(T["banners"]))}</b></td>'
             f'<td align="right"><small>{esc(rng.choice(T["codes"]))}</small></td></tr></table>',
             f"<h2>{esc(m['title'])}</h2>",
             '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>",
             f"<p><small>{esc(rng.choice(T['footers']))}</small></p>"]
    return page("", "".join(parts), font)


def inline52(m, rng):
    """A form of paragraphs whose answers are typed after the label's colon in the same paragraph, in another colour
    (heldout21, tuned24: docx-inline-answers, pdf-inline-answers); a long answer runs on in the paragraph over line
    breaks; the sections as bold underlined paragraphs."""
    T = m["wordings"].T52
    colour = rng.choice(["#1F4E79", "#C00000", "#2E75B6", "#7030A0", "#385723"])
    _, _, _, font = rng.choice(LOOKS50)
    parts = [f"<p><b>{esc(rng.choice(T['banners']))}</b></p>", f"<h2>{esc(m['title'])}</h2>"]
    if rng.random() < 0.7:
        parts.append(f"<p><i>{esc(rng.choice(T['inline_guides']))}</i></p>")
    for e in entries50(m):
        if e[0] == "head":
            parts.append(f"<p><b><u>{esc(e[1])}</u></b></p>")
        elif e[0] == "note":
            parts.append(f"<p><i>{esc_lines(e[1])}</i></p>")
        else:
            label, v = e[1], e[2]
            lab = label if label.endswith(("?", ":")) else label.rstrip(" *") + ":"
            parts.append(f'<p><b>{esc(lab)}</b> <font color="{colour}">{cell(v.text) or "&nbsp;"}</font></p>')
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def leaders52(m, rng):
    """A form printed from the case system (heldout21, tuned24: pdf-leaders-2col): "Printed from ... by ... on ...",
    the short answers two to a line as "Label ......... answer" in two columns of a borderless table, the long ones
    under their label across the page, "Page 1 of 1" at the foot."""
    T = m["wordings"].T52
    on = m["received"]
    system = rng.choice(T["systems"])
    user = rng.choice(m["wordings"].PEOPLE["first"]) + " " + rng.choice(m["wordings"].PEOPLE["last"])
    dots = rng.choice([" " + "." * 14 + " ", " " + ". " * 7, " " + "_" * 10 + " "])
    rows, pair = [], []

    def flush():
        if pair:
            rows.append("<tr>" + "".join(f'<td width="50%">{esc(l.rstrip(" *:"))}{esc(dots)}{cell(t) or "&nbsp;"}</td>'
                                         for l, t in pair) + ("<td></td>" if len(pair) == 1 else "") + "</tr>")
            pair.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            rows.append(f'<tr><td colspan="2"><b>{esc(e[1].upper())}</b></td></tr>')
        elif e[0] == "note":
            continue
        else:
            label, v = e[1], e[2]
            if long52(v):
                flush()
                rows.append(f'<tr><td colspan="2">{esc(label.rstrip(" *:"))}:<br>{cell(v.text) or "&nbsp;"}</td></tr>')
            else:
                pair.append((label, v.text))
                if len(pair) == 2:
                    flush()
    flush()
    stamp = f"{on.day:02d}/{on.month:02d}/{on.year} {on.hour:02d}:{on.minute:02d}"
    parts = [f"<p><small>{esc(rng.choice(T['printed']).format(system=system, user=user, when=stamp))}</small></p>",
             f"<p><b>{esc(m['title'].upper())}</b></p>",
             '<table border="0" cellpadding="2" cellspacing="0" width="100%">' + "".join(rows) + "</table>",
             f'<p align="center"><small>{esc(rng.choice(T["page_lines"]))}</small></p>']
    return page("", "".join(parts), "Courier New" if rng.random() < 0.4 else "Liberation Sans")


def html52(m, rng):
    layout = m["layout"]
    if layout in ("docx-boxes", "pdf-boxes"):
        return boxes52(m, rng)
    if layout in ("docx-span3", "pdf-span3"):
        return span52(m, rng)
    if layout in ("docx-inline-answers", "pdf-inline-answers"):
        return inline52(m, rng)
    return leaders52(m, rng)


def fodt_header52(m, rng):
    """A template with the young person's details in the page header, labels over answers in a small table, and the
    questions as a numbered table of "No. | Question | Response" in the body (heldout21, tuned24: docx-header-table,
    pdf-header-table): the header repeats on every page, as council templates do."""
    T = m["wordings"].T52
    entries = entries50(m)
    top = [e for e in entries if e[0] == "field" and getattr(e[2], "key", None) in HEADER52_KEYS][:4]
    rest = [e for e in entries if not (e[0] == "field" and any(e is t for t in top))]

    def c(inner, style="Cell", span=1):
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return (f'<table:table-cell table:style-name="{style}"{sp}>{inner}</table:table-cell>'
                + "<table:covered-table-cell/>" * (span - 1))

    def paras(text, style=None):
        st = f' text:style-name="{style}"' if style else ""
        return "".join(f"<text:p{st}>{esc(x)}</text:p>" for x in (text.split("\n") if text else [""]))

    head_table = (f'<table:table table:name="Header"><table:table-column table:number-columns-repeated="{len(top)}"/>'
                  "<table:table-row>" + "".join(c(paras(e[1], "Small"), "Shade") for e in top) + "</table:table-row>"
                  "<table:table-row>" + "".join(c(paras(e[2].text)) for e in top) + "</table:table-row></table:table>")
    rows, n = ["".join(c(paras(w, "B"), "Shade") for w in rng.choice(T["number_heads"]))], 0
    number = rng.choice(["{n}", "{n}.", "Q{n}", "{n})"])
    for e in rest:
        if e[0] == "head":
            rows.append(c(paras(e[1], "H"), "Head", 3))
        elif e[0] == "note":
            rows.append(c(paras(e[1], "Small"), "Cell", 3))
        else:
            n += 1
            rows.append(c(paras(number.format(n=n))) + c(paras(e[1])) + c(paras(e[2].text)))
    body = "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Shade" style:family="table-cell"><style:table-cell-properties fo:background-color="#dbe5f1" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#17365d" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="B" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:header>
<text:p text:style-name="Small">{esc(rng.choice(T["banners"]))} - {esc(rng.choice(T["codes"]))}</text:p>
{head_table}
</style:header><style:footer><text:p text:style-name="Small">{esc(rng.choice(T["footers"]))}</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="T">{esc(m["title"])}</text:p>
<text:p text:style-name="Small">{esc(rng.choice(T["guides"]))}</text:p>
<table:table table:name="Questions"><table:table-column table:number-columns-repeated="3"/>{body}</table:table>
</office:text></office:body></office:document>
'''


def fods_two_sheets52(m, rng):
    """A form kept in Excel (heldout21, tuned24: xlsx-form-2sheets): the labels in column A, each answer in cells B to
    E merged, the title over the top, section rows across; the first sections on one sheet, the rest on a second,
    dates as date cells now and then."""
    T = m["wordings"].T52
    date_style = rng.choice(["ce1", "ce3"])
    sheets, rows, heads = [], [], 0
    names = rng.choice(T["sheet_names"])

    def s(text, span=1, bold=False):
        return fods_cell(text, span, bold=bold)

    rows.append([s(m["title"], 5, True)])
    rows.append([])
    entries = entries50(m)
    cut = len(entries) // 2
    for i, e in enumerate(entries):
        if e[0] == "head":
            heads += 1
            if i >= cut and len(sheets) == 0 and len(rows) > 3:
                sheets.append(rows)
                rows = [[s(names[2], 5, True)], []]
            rows.append([s(e[1], 5, True)])
        elif e[0] == "note":
            rows.append([fods_cell(e[1], 5, italic=True)])
        else:
            label, v = e[1], e[2]
            if v.kind == "date" and getattr(v, "date", None) and rng.random() < 0.6:
                rows.append([s(label), fods_date(v.date, date_style).replace("<table:table-cell ", '<table:table-cell table:number-columns-spanned="4" ', 1)
                             + "<table:covered-table-cell/>" * 3])
            else:
                rows.append([s(label)] + ([s(v.text, 4)] if v.text.strip() else
                                          ['<table:table-cell table:number-columns-spanned="4"/>' + "<table:covered-table-cell/>" * 3]))
    sheets.append(rows)
    if len(sheets) == 1:
        half = len(rows) // 2
        sheets = [rows[:half], [[s(names[2], 5, True)], []] + rows[half:]]
    tables = []
    for k, rs in enumerate(sheets):
        body = "".join("<table:table-row>" + "".join(c) + "</table:table-row>" for c in rs)
        tables.append(f'<table:table table:name="{esc(names[k])}"><table:table-column table:number-columns-repeated="5"/>'
                      f"{body}</table:table>")
    doc = fods_document([], 5, "x")
    start = doc.index('<table:table table:name="x">')
    end = doc.index("</table:table>", start) + len("</table:table>")
    return doc[:start] + "".join(tables) + doc[end:]


def fods_void_spacers52(m, rng):
    """A provider's void sheet with an empty narrow column between each of its columns, the provider and week in a
    block over the table (heldout21, tuned24: xlsx-void-spacers)."""
    vd, h = m["void"], m["void"]["headers"]
    date_style = rng.choice(["ce1", "ce3"])
    rows = [[fods_cell(f"{m['title']}", 9, bold=True)], [],
            [fods_cell(vd["provider_label"], bold=True), "<table:table-cell/>", fods_cell(vd["provider"], 3)],
            [fods_cell(vd["week_label"], bold=True), "<table:table-cell/>",
             fods_date(vd["week"].date, date_style) if vd["week"].kind == "date" and rng.random() < 0.6
             else fods_cell(vd["week"].text)], []]
    spacer = "<table:table-cell/>"
    head = []
    for k in VOID_COLUMNS:
        head += [fods_cell(h[k], bold=True), spacer]
    rows.append(head[:-1])
    for r in vd["rows"]:
        cells = fods_void_row(r, VOID_COLUMNS, rng, date_style)
        out = []
        for c_ in cells:
            out += [c_, spacer]
        rows.append(out[:-1])
    return fods_document(rows, 2 * len(VOID_COLUMNS) - 1, rng.choice(["Voids", "Weekly", "This week"]))


def spacer_table52(m, rng):
    """The form pasted into Outlook as a table with empty spacer columns (heldout21, tuned24: body-spacer-table): label
    | (empty) | answer | (empty), the section rows across; Outlook's plain part beside it in some mails."""
    w = m["wordings"]
    shade = rng.choice(["#D9E2F3", "#F2F2F2", "#E2EFD9", "#FBE4D5"])
    rows = []
    for e in entries50(m):
        if e[0] == "head":
            rows.append(f"<tr>{mso_cell(mso_p('<b>' + mso_esc(e[1]) + '</b>'), 100, '#BDD7EE', 4)}</tr>\n")
        elif e[0] == "note":
            rows.append(f"<tr>{mso_cell(mso_p('<i>' + mso_esc(e[1]) + '</i>'), 100, None, 4)}</tr>\n")
        else:
            label, v = e[1], e[2]
            rows.append(f"<tr>{mso_cell(mso_p('<b>' + mso_esc(label) + '</b>'), 36, shade)}{mso_cell(mso_p('&nbsp;'), 3)}"
                        f"{mso_cell(mso_lines(v.text) if v.text.strip() else mso_p('&nbsp;'), 58)}{mso_cell(mso_p('&nbsp;'), 3)}</tr>\n")
    table = ("<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 width=100% style='width:100.0%;"
             "border-collapse:collapse;border:none'>\n" + "".join(rows) + "</table>\n")
    title = mso_p(f"<b><span style='font-size:12.0pt'>{mso_esc(m['title'])}</span></b>")
    markup = MSO_HEAD + mso_lines(m["intro"]) + MSO_BLANK + title + table + MSO_BLANK + mso_lines(
        m["signoff"]) + mso_lines(signed(m)) + MSO_TAIL
    return (mso_plain(markup) if rng.random() < 0.5 else None), markup


def void_spacers52(m, rng):
    """A void return pasted into Outlook as a table with empty spacer columns (heldout21, tuned24: body-void-spacers)."""
    vd, h = m["void"], m["void"]["headers"]
    gap = mso_cell(mso_p("&nbsp;"), 2)
    head = gap.join(mso_cell(mso_p("<b>" + mso_esc(h[k]) + "</b>"), 9, "#D9E2F3") for k in VOID_COLUMNS)
    body = "".join("<tr>" + gap.join(mso_cell(mso_p(mso_esc(void_cell_text(r, k)) or "&nbsp;"), 9) for k in VOID_COLUMNS)
                   + "</tr>\n" for r in vd["rows"])
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
             f"<tr>{head}</tr>\n{body}</table>\n")
    top = mso_p(f"<b>{mso_esc(vd['provider_label'].rstrip(':'))}:</b> {mso_esc(vd['provider'])}") + mso_p(
        f"<b>{mso_esc(vd['week_label'].rstrip(':'))}:</b> {mso_esc(vd['week'].text)}")
    markup = MSO_HEAD + mso_lines(m["intro"]) + MSO_BLANK + top + MSO_BLANK + table + MSO_BLANK + mso_lines(
        m["signoff"]) + mso_lines(signed(m)) + MSO_TAIL
    return (mso_plain(markup) if rng.random() < 0.4 else None), markup


def above_template52(m, rng):
    """A form typed in a reply above the blank template it answers (heldout21, tuned24: body-above-template): the
    sender's line, the labels copied with the answers after them, the signature, then the intake team's earlier mail
    with the blank form quoted under it ("> " lines, or Outlook's header and the text as it was)."""
    w = m["wordings"]
    T = w.T52
    sep = rng.choice([": ", " - ", ": ", " = "])
    filled, blank = [], []
    for e in entries50(m):
        if e[0] == "head":
            filled += ["", e[1]]
            blank += ["", e[1]]
        elif e[0] == "note":
            blank.append(e[1])
        else:
            label, v = e[1], e[2]
            lab = label.rstrip(" *:?")
            ask = label if label.endswith(("?", ":")) else label.rstrip(" *") + ":"
            filled.append(f"{lab}{sep}{v.text}" if "\n" not in v.text else f"{lab}{sep.rstrip()}\n{v.text}")
            blank.append(ask)
    subject = m["subject"]
    m["subject"] = rng.choice(["RE: ", "Re: ", "RE: "]) + subject
    sent = (m["received"] - dt.timedelta(days=rng.randint(1, 6))).replace(hour=rng.randint(9, 16), minute=rng.randrange(60))
    ask_mail = [rng.choice(T["blank_asks"]), "", m["title"]] + blank + ["", rng.choice(T["intake_signs"])]
    top = [rng.choice(T["above_lines"]), ""] + filled + ["", m["signoff"], m["sender_name"]]
    if rng.random() < 0.5:
        said = f"On {sent.strftime('%a, %-d %b %Y at %H:%M')}, YPSA Intake <intake@ypsa.test> wrote:"
        text = top + ["", said] + ["> " + x if x else ">" for x in ask_mail]
    else:
        text = top + ["", "________________________________", "From: YPSA Intake <intake@ypsa.test>",
                      f"Sent: {sent.strftime('%d %B %Y %H:%M')}", f"To: {m['sender_name']} <{m['sender']}>",
                      f"Subject: {subject}", ""] + ask_mail
    return "\n".join(text) + "\n", None


# -- heldout22 and tuned25 (stop 55): Welsh / English columns, yes/no columns, sections down a merged column, captions
# under the answer line, forms kept in Excel and printed to PDF, answers typed under each quoted question, void sheets
# with subtotals
HTML55_LAYOUTS = ("docx-cy-en-cols", "pdf-cy-en-cols", "docx-yes-no-cols", "docx-section-rowspan",
                  "pdf-section-rowspan", "docx-caption-under", "pdf-caption-under")
CALC55_LAYOUTS = ("pdf-from-excel", "pdf-void-calc", "xlsx-void-subtotals")
BODY55_LAYOUTS = ("body-answers-inline",)
CHOICE55_KEYS = ("gender", "legal_status", "category", "severity", "status", "locality")


def bilingual55(v, w, welsh_first):
    """An answer as a Welsh council's template writes it: a yes/no as "Ie / Yes", a choice with its Welsh word beside
    it ("Benyw / Female"); any other answer as it was written."""
    T = w.T55
    if getattr(v, "kind", None) == "yn":
        cy, en = T["cy_yes"] if v.flag else T["cy_no"]
        return f"{cy} / {en}" if welsh_first else f"{en} / {cy}"
    if getattr(v, "key", None) in CHOICE55_KEYS:
        cy = T["cy_choices"].get(v.text.strip().lower())
        if cy:
            return f"{cy} / {v.text}" if welsh_first else f"{v.text} / {cy}"
    return v.text


def welsh55(w, v, label):
    """The Welsh label beside an English one (T55["cy_labels"] in a part's wordings, keyed by form and
    field)."""
    cy = w.T55["cy_labels"].get(getattr(v, "form", ""), {}).get(getattr(v, "key", ""))
    if not cy and not getattr(v, "key", None):
        cy = w.T55["cy_unkeyed"]  # the referral's type, a field the builder adds without a key
    return cy or label


def cy_en_cols55(m, rng):
    """A Welsh council's template of three columns (docx-cy-en-cols, pdf-cy-en-cols): the Welsh label, the English
    label and the answer, Welsh first or English first; yes/no and choices answered in both languages; the banner, the
    title and the column heads in both."""
    w = m["wordings"]
    T = w.T55
    welsh_first = rng.random() < 0.6
    shade, head, head_text, font = rng.choice(LOOKS50)
    heads = rng.choice(T["cy_heads"])
    if not welsh_first:
        heads = (heads[1], heads[0], heads[2])
    rows = ["<tr>" + "".join(f'<td bgcolor="{shade}"><b>{esc(h)}</b></td>' for h in heads) + "</tr>"]
    for e in entries50(m):
        if e[0] == "head":
            rows.append(f'<tr><td colspan="3" bgcolor="{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></td></tr>')
        elif e[0] == "note":
            rows.append(f'<tr><td colspan="3"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
        else:
            label, v = e[1], e[2]
            cy, en = welsh55(w, v, label), label
            first, second = (cy, en) if welsh_first else (en, cy)
            rows.append(f'<tr><td width="28%">{esc(first)}</td><td width="28%">{esc(second)}</td>'
                        f'<td width="44%">{cell(bilingual55(v, w, welsh_first)) or "&nbsp;"}</td></tr>')
    parts = [f'<p align="center"><b>{esc(rng.choice(T["cy_banners"]))}</b></p>',
             f'<p align="right"><small>{esc(rng.choice(T["codes"]))}</small></p>',
             f"<h2>{esc(rng.choice(T['cy_titles']))}<br>{esc(m['title'])}</h2>"]
    if rng.random() < 0.6:
        parts.append(f"<p><i>{esc(rng.choice(T['cy_guides']))}</i></p>")
    parts.append('<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def yes_no_cols55(m, rng):
    """A checklist template (docx-yes-no-cols): every question a row of "Question | Yes | No | Details"; a yes/no
    answered by a mark in its column, every other answer in the details column with the two boxes greyed."""
    w = m["wordings"]
    T = w.T55
    shade, head, head_text, font = rng.choice(LOOKS50)
    mark = rng.choice(T["col_marks"])
    heads = rng.choice(T["yn_heads"])
    rows = ["<tr>" + "".join(f'<td bgcolor="{shade}"><b>{esc(h)}</b></td>' for h in heads) + "</tr>"]
    for e in entries50(m):
        if e[0] == "head":
            rows.append(f'<tr><td colspan="4" bgcolor="{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></td></tr>')
        elif e[0] == "note":
            rows.append(f'<tr><td colspan="4"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
        else:
            label, v = e[1], e[2]
            if v.kind == "yn":
                yes, no = (mark, "") if v.flag else ("", mark)
                rows.append(f'<tr><td width="40%">{esc(label)}</td><td width="7%" align="center">{esc(yes) or "&nbsp;"}</td>'
                            f'<td width="7%" align="center">{esc(no) or "&nbsp;"}</td><td width="46%">&nbsp;</td></tr>')
            else:
                rows.append(f'<tr><td width="40%">{esc(label)}</td><td width="7%" bgcolor="#BFBFBF">&nbsp;</td>'
                            f'<td width="7%" bgcolor="#BFBFBF">&nbsp;</td><td width="46%">{cell(v.text) or "&nbsp;"}</td></tr>')
    parts = [f'<p><b>{esc(rng.choice(T["banners"]))}</b></p>', f"<h2>{esc(m['title'])}</h2>"]
    if rng.random() < 0.7:
        parts.append(f"<p><i>{esc(rng.choice(T['yn_guides']))}</i></p>")
    parts.append('<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def section_rowspan55(m, rng):
    """A template whose section names run down a merged first column beside their questions (docx-section-rowspan,
    pdf-section-rowspan): "Section | Question | Answer", the section cell spanning its rows."""
    w = m["wordings"]
    T = w.T55
    shade, head, head_text, font = rng.choice(LOOKS50)
    groups, current = [], [rng.choice(T["first_sections"]), []]
    for e in entries50(m):
        if e[0] == "head":
            if current[1]:
                groups.append(current)
            current = [e[1], []]
        else:
            current[1].append(e)
    if current[1]:
        groups.append(current)
    heads = rng.choice(T["rowspan_heads"])
    rows = ["<tr>" + "".join(f'<td bgcolor="{head}"><font color="{head_text}"><b>{esc(h)}</b></font></td>'
                             for h in heads) + "</tr>"]
    for name, items in groups:
        for k, e in enumerate(items):
            first = (f'<td rowspan="{len(items)}" width="16%" valign="middle" bgcolor="{shade}"><b>{esc(name)}</b></td>'
                     if k == 0 else "")
            if e[0] == "note":
                rows.append(f'<tr>{first}<td colspan="2"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
            else:
                rows.append(f'<tr>{first}<td width="34%">{esc(e[1])}</td><td width="50%">{cell(e[2].text) or "&nbsp;"}</td></tr>')
    parts = [f'<table border="0" width="100%"><tr><td><b>{esc(rng.choice(T["banners"]))}</b></td>'
             f'<td align="right"><small>{esc(rng.choice(T["codes"]))}</small></td></tr></table>',
             f"<h2>{esc(m['title'])}</h2>",
             '<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>",
             f"<p><small>{esc(rng.choice(T['footers']))}</small></p>"]
    return page("", "".join(parts), font)


def caption_under55(m, rng):
    """A paper form's answer lines with the caption printed under each line in small type (docx-caption-under,
    pdf-caption-under): short answers two to a row, long ones across; the sections as bold paragraphs."""
    w = m["wordings"]
    T = w.T55
    _, _, _, font = rng.choice(LOOKS50)
    line = "border-bottom:1px solid #000000"
    rows, pair = [], []

    def flush():
        if pair:
            rows.append("<tr>" + "".join(f'<td width="50%" style="{line}">{cell(t) or "&nbsp;"}</td>' for _, t in pair)
                        + ("<td>&nbsp;</td>" if len(pair) == 1 else "") + "</tr>")
            rows.append("<tr>" + "".join(f'<td width="50%" valign="top"><font size="1"><i>{esc(l)}</i></font></td>'
                                         for l, _ in pair) + ("<td>&nbsp;</td>" if len(pair) == 1 else "") + "</tr>")
            pair.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            rows.append(f'<tr><td colspan="2"><br><b>{esc(e[1])}</b></td></tr>')
        elif e[0] == "note":
            flush()
            rows.append(f'<tr><td colspan="2"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
        else:
            label, v = e[1], e[2]
            if long52(v):
                flush()
                rows.append(f'<tr><td colspan="2" style="{line}">{cell(v.text) or "&nbsp;"}</td></tr>')
                rows.append(f'<tr><td colspan="2" valign="top"><font size="1"><i>{esc(label)}</i></font></td></tr>')
            else:
                pair.append((label, v.text))
                if len(pair) == 2:
                    flush()
    flush()
    parts = [f'<p><b>{esc(rng.choice(T["banners"]))}</b></p>', f"<h2>{esc(m['title'])}</h2>"]
    if rng.random() < 0.6:
        parts.append(f"<p><i>{esc(rng.choice(T['caption_guides']))}</i></p>")
    parts.append('<table border="0" cellpadding="3" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def html55(m, rng):
    layout = m["layout"]
    if layout in ("docx-cy-en-cols", "pdf-cy-en-cols"):
        return cy_en_cols55(m, rng)
    if layout == "docx-yes-no-cols":
        return yes_no_cols55(m, rng)
    if layout in ("docx-section-rowspan", "pdf-section-rowspan"):
        return section_rowspan55(m, rng)
    return caption_under55(m, rng)


FODS55_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="N38"><number:day/><number:text> </number:text><number:month number:textual="true"/><number:text> </number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="{w1}"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="{w2}"/></style:style>
 <style:style style:name="b0" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top" fo:padding="0.05cm"/></style:style>
 <style:style style:name="b1" style:family="table-cell" style:data-style-name="N37"><style:table-cell-properties fo:border="0.5pt solid #000000" style:vertical-align="top"/><style:paragraph-properties fo:text-align="start"/></style:style>
 <style:style style:name="b3" style:family="table-cell" style:data-style-name="N38"><style:table-cell-properties fo:border="0.5pt solid #000000" style:vertical-align="top"/><style:paragraph-properties fo:text-align="start"/></style:style>
 <style:style style:name="bh" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="{shade}" fo:wrap-option="wrap" style:vertical-align="top" fo:padding="0.05cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="bt" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
 <style:style style:name="bi" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-style="italic" fo:font-size="8pt"/></style:style>
 <style:style style:name="bs" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties style:print-orientation="{orient}" fo:page-width="{pw}" fo:page-height="{ph}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:footer><text:p>{footer}</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet>'''
FODS55_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def c55(text, style="b0", span=1):
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    cov = "<table:covered-table-cell/>" * (span - 1)
    if not text.strip():
        return f'<table:table-cell table:style-name="{style}"{spanned}/>' + cov
    paras = "".join(f"<text:p>{esc(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell office:value-type="string" table:style-name="{style}"{spanned}>{paras}</table:table-cell>{cov}'


def d55(d, style, span=1):
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    fmt = d.strftime("%d/%m/%Y") if style == "b1" else f"{d.day} {d.strftime('%b %Y')}"
    return (f'<table:table-cell office:value-type="date" office:date-value="{d.isoformat()}" table:style-name="{style}"'
            f'{spanned}><text:p>{fmt}</text:p></table:table-cell>' + "<table:covered-table-cell/>" * (span - 1))


def n55(x, style="b0"):
    return f'<table:table-cell office:value-type="float" office:value="{x}" table:style-name="{style}"><text:p>{x}</text:p></table:table-cell>'


def fods55(sheet, rows, columns, shade, footer, landscape=False):
    body = "".join("<table:table-row>" + "".join(c) + "</table:table-row>" for c in rows)
    head = FODS55_HEAD.format(w1=columns[0][1], w2=columns[1][1] if len(columns) > 1 else columns[0][1], shade=shade,
                              orient="landscape" if landscape else "portrait", pw="29.7cm" if landscape else "21cm",
                              ph="21cm" if landscape else "29.7cm", footer=esc(footer))
    cols = "".join(f'<table:table-column table:style-name="{style}" table:number-columns-repeated="{n}"/>'
                   for style, _, n in columns)
    return head + f'<table:table table:name="{esc(sheet)}">{cols}{body}</table:table>' + FODS55_TAIL


def excel_form55(m, rng):
    """A form kept in Excel and printed to PDF from Calc (pdf-from-excel): the labels in a wide column A, each answer in
    B to E merged, the cells bordered, the sections as shaded bold rows, dates as date cells now and then, the sheet's
    footer on the page."""
    T = m["wordings"].T55
    shade = rng.choice(["#D9E1F2", "#E2EFDA", "#FCE4D6", "#EDEDED", "#FFF2CC"])
    date_style = rng.choice(["b1", "b3"])
    rows = [[c55(rng.choice(T["banners"]), "bt", 5)], [c55(m["title"], "bt", 5)], []]
    if rng.random() < 0.6:
        rows.append([c55(rng.choice(T["excel_guides"]), "bi", 5)])
    for e in entries50(m):
        if e[0] == "head":
            rows.append([c55(e[1], "bh", 5)])
        elif e[0] == "note":
            rows.append([c55(e[1], "bi", 5)])
        else:
            label, v = e[1], e[2]
            if v.kind == "date" and getattr(v, "date", None) and rng.random() < 0.5:
                rows.append([c55(label, "bs"), d55(v.date, date_style, 4)])
            else:
                rows.append([c55(label, "bs"), c55(v.text, "b0", 4)])
    return fods55(rng.choice(T["sheet_names"]), rows, [("co1", "6.2cm", 1), ("co2", "2.9cm", 4)], shade,
                  rng.choice(T["excel_footers"]))


def void_calc55(m, rng):
    """A provider's void sheet printed to PDF from Calc (pdf-void-calc), landscape, bordered, the provider and week
    over the table."""
    vd, h = m["void"], m["void"]["headers"]
    T = m["wordings"].T55
    shade = rng.choice(["#D9E1F2", "#E2EFDA", "#EDEDED"])
    date_style = rng.choice(["b1", "b3"])
    rows = [[c55(m["title"], "bt", 9)], [],
            [c55(vd["provider_label"], "bs"), c55(vd["provider"], "b0", 2)],
            [c55(vd["week_label"], "bs"), d55(vd["week"].date, date_style, 2) if vd["week"].kind == "date"
             and rng.random() < 0.5 else c55(vd["week"].text, "b0", 2)], []]
    rows.append([c55(h[k], "bh") for k in VOID_COLUMNS])
    for r in vd["rows"]:
        cells = []
        for k in VOID_COLUMNS:
            if k in ("total", "occupied", "vacant"):
                cells.append(n55(r[k]))
            elif k == "available" and r[k].kind == "date" and rng.random() < 0.6:
                cells.append(d55(r[k].date, date_style))
            else:
                cells.append(c55(void_cell_text(r, k)))
        rows.append(cells)
    return fods55(rng.choice(T["void_sheets"]), rows, [("co1", "2.9cm", 1), ("co2", "2.6cm", 8)], shade,
                  rng.choice(T["excel_footers"]), landscape=True)


def void_subtotals55(m, rng):
    """A provider's void sheet with a subtotal row under each locality's properties and a grand total at the foot
    (xlsx-void-subtotals)."""
    vd, h = m["void"], m["void"]["headers"]
    T = m["wordings"].T55
    shade = rng.choice(["#D9E1F2", "#E2EFDA", "#EDEDED"])
    date_style = rng.choice(["b1", "b3"])
    rows = [[c55(f"{m['title']} - {vd['provider']}", "bt", 9)],
            [c55(vd["provider_label"], "bs"), c55(vd["provider"], "b0", 2)],
            [c55(vd["week_label"], "bs"), d55(vd["week"].date, date_style, 2) if vd["week"].kind == "date"
             and rng.random() < 0.6 else c55(vd["week"].text, "b0", 2)], []]
    rows.append([c55(h[k], "bh") for k in VOID_COLUMNS])
    groups = {}
    for r in vd["rows"]:
        groups.setdefault(r["locality"].lower(), []).append(r)
    sub_word, total_word = rng.choice(T["subtotal_words"])

    def counts(rs):
        return [n55(sum(r[k] for r in rs), "bs") for k in ("total", "occupied", "vacant")]

    for rs in groups.values():
        for r in rs:
            cells = []
            for k in VOID_COLUMNS:
                if k in ("total", "occupied", "vacant"):
                    cells.append(n55(r[k]))
                elif k == "available" and r[k].kind == "date" and rng.random() < 0.6:
                    cells.append(d55(r[k].date, date_style))
                else:
                    cells.append(c55(void_cell_text(r, k)))
            rows.append(cells)
        if len(groups) > 1:
            rows.append([c55(sub_word.format(loc=rs[0]["locality"]), "bs", 3)] + counts(rs) + [c55("", "b0", 3)])
    rows.append([c55(total_word, "bs", 3)] + counts(vd["rows"]) + [c55("", "b0", 3)])
    return fods55(rng.choice(T["void_sheets"]), rows, [("co1", "2.9cm", 1), ("co2", "2.6cm", 8)], shade,
                  rng.choice(T["excel_footers"]))


def answers_inline55(m, rng):
    """The intake team's blank form answered inside the reply (body-answers-inline): the questions quoted, each answer
    typed under its question. Plain text with "> " quoting, or Outlook's reply with the answers in colour under each
    question of the earlier mail."""
    w = m["wordings"]
    T = w.T55
    subject = m["subject"]
    m["subject"] = rng.choice(["RE: ", "Re: ", "RE: "]) + subject
    sent = (m["received"] - dt.timedelta(days=rng.randint(1, 5))).replace(hour=rng.randint(9, 16), minute=rng.randrange(60))
    entries = entries50(m)
    if rng.random() < 0.5:
        out = [rng.choice(T["inline_lines"]), "", m["signoff"], m["sender_name"], "",
               f"On {sent.strftime('%d/%m/%Y %H:%M')}, YPSA Intake <intake@ypsa.test> wrote:",
               "> " + rng.choice(T["blank_asks"]), ">", "> " + m["title"], ">"]
        for e in entries:
            if e[0] == "head":
                out += [">", "> " + e[1]]
            elif e[0] == "note":
                out.append("> " + e[1])
            else:
                label, v = e[1], e[2]
                out.append("> " + label)
                out += (v.text.split("\n") if v.text.strip() else [rng.choice(T["inline_blank"])])
                out.append(">")
        out += ["> " + rng.choice(T["intake_signs"])]
        return "\n".join(out) + "\n", None
    colour = rng.choice(["#C00000", "#0070C0", "#7030A0", "#FF0000"])
    body = [mso_lines(rng.choice(T["inline_lines"])), MSO_BLANK, mso_lines(m["signoff"]), mso_lines(m["sender_name"]),
            MSO_BLANK, mso_header_block("YPSA Intake", "intake@ypsa.test", sent, m["sender_name"], m["sender"], subject),
            MSO_BLANK, mso_p(mso_esc(rng.choice(T["blank_asks"]))), MSO_BLANK, mso_p("<b>" + mso_esc(m["title"]) + "</b>")]
    for e in entries:
        if e[0] == "head":
            body.append(mso_p("<b><u>" + mso_esc(e[1]) + "</u></b>"))
        elif e[0] == "note":
            body.append(mso_p("<i>" + mso_esc(e[1]) + "</i>"))
        else:
            label, v = e[1], e[2]
            body.append(mso_p(mso_esc(label)))
            text = v.text if v.text.strip() else rng.choice(T["inline_blank"])
            for line in text.split("\n"):
                body.append(mso_p(f"<b><span style='color:{colour}'>{mso_esc(line)}</span></b>"))
    body.append(mso_p(mso_esc(rng.choice(T["intake_signs"]))))
    markup = MSO_HEAD + "".join(body) + MSO_TAIL
    return (mso_plain(markup) if rng.random() < 0.6 else None), markup



# -- heldout23 and tuned26 (stop 62): answers in one cell under their label with check-box glyphs, answers typed over a
# line of underscores, a Word form printed to PDF with its page header and footer on every page and its table's head
# row repeated, a case note in RTF, a Word form pasted into Outlook, a note typed on an iPhone over a forwarded form,
# void returns as a grid of days and as a Calc sheet with comments
HTML62_LAYOUTS = ("docx-cell-glyphs", "docx-underscore-fill", "pdf-underscore-fill", "rtf-case-note")
FODT62_LAYOUTS = ("pdf-running-heads",)
CALC62_LAYOUTS = ("xlsx-void-day-grid", "ods-void-notes")
BODY62_LAYOUTS = ("body-word-paste", "body-iphone-fwd")
GLYPH_ON62, GLYPH_OFF62 = "\u2612", "\u2610"


def glyphs62(v, w):
    """A yes/no or a choice as a Word form's check-box characters: every option with its box, the chosen one
    crossed ("\u2612 Yes  \u2610 No"); any other answer as written."""
    yes, no = w.T62["glyph_yes_no"]
    if getattr(v, "kind", None) == "yn":
        return f"{GLYPH_ON62 if v.flag else GLYPH_OFF62} {yes}   {GLYPH_OFF62 if v.flag else GLYPH_ON62} {no}"
    options, chosen = tick_choice50(v)
    if options:
        return "   ".join(f"{GLYPH_ON62 if o == chosen else GLYPH_OFF62} {o}" for o, _ in options)
    return v.text


def cell_glyphs62(m, rng):
    """A Word form of boxes two to a row (docx-cell-glyphs): each cell holds its label in bold on the first line and
    the answer on the next; a yes/no or a choice set out as check-box characters with the chosen one crossed; a long
    answer's cell across the row; section rows shaded."""
    w = m["wordings"]
    T = w.T62
    shade, head, head_text, font = rng.choice(LOOKS50)
    rows, pair = [], []

    def box(label, v):
        answer = glyphs62(v, w)
        return f"<b>{esc(label)}</b><br>{cell(answer) or '&nbsp;'}"

    def flush():
        if pair:
            rows.append("<tr>" + "".join(f'<td width="50%" valign="top">{box(l, v)}</td>' for l, v in pair)
                        + ('<td width="50%">&nbsp;</td>' if len(pair) == 1 else "") + "</tr>")
            pair.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            rows.append(f'<tr><td colspan="2" bgcolor="{head}"><font color="{head_text}"><b>{esc(e[1])}</b></font></td></tr>')
        elif e[0] == "note":
            flush()
            rows.append(f'<tr><td colspan="2"><i><small>{esc_lines(e[1])}</small></i></td></tr>')
        else:
            label, v = e[1], e[2]
            if long52(v) or len(glyphs62(v, w)) > 60:
                flush()
                rows.append(f'<tr><td colspan="2" valign="top">{box(label, v)}</td></tr>')
            else:
                pair.append((label, v))
                if len(pair) == 2:
                    flush()
    flush()
    parts = [f'<table border="0" width="100%"><tr><td><b>{esc(rng.choice(T["banners"]))}</b></td>'
             f'<td align="right"><small>{esc(rng.choice(T["codes"]))}</small></td></tr></table>',
             f"<h2>{esc(m['title'])}</h2>"]
    if rng.random() < 0.6:
        parts.append(f"<p><i>{esc(rng.choice(T['glyph_guides']))}</i></p>")
    parts.append(f'<table border="1" cellpadding="4" cellspacing="0" width="100%" bgcolor="#FFFFFF">{"".join(rows)}</table>')
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def underscore62(m, rng):
    """A Word form of lines to write on (docx-underscore-fill, pdf-underscore-fill): each label followed by a line of
    underscores, the answer typed in colour over the start of the line and the rest of the line left; two short
    questions to a line, spaced with non-breaking spaces; a long answer on the lines under its label."""
    w = m["wordings"]
    T = w.T62
    colour = rng.choice(["#0000FF", "#1F4E79", "#C00000", "#7030A0", "#2E75B6"])
    _, _, _, font = rng.choice(LOOKS50)
    gap = "&nbsp;" * rng.choice([4, 6, 8])
    paras, pair = [], []

    def filled(text, width):
        typed = f'<font color="{colour}">{esc(text)}</font>' if text.strip() else ""
        return typed + "_" * max(4, width - len(text))

    def flush():
        if pair:
            paras.append("<p>" + gap.join(f"{esc(l)} {filled(t, 28 if len(pair) == 2 else 50)}" for l, t in pair) + "</p>")
            pair.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            paras.append(f"<p><br><b><u>{esc(e[1])}</u></b></p>")
        elif e[0] == "note":
            flush()
            paras.append(f"<p><i><small>{esc_lines(e[1])}</small></i></p>")
        else:
            label, v = e[1], e[2]
            if long52(v):
                flush()
                paras.append(f"<p>{esc(label)}</p>")
                # typed over the first line, Word wrapping the answer on; what is left of the line after it
                paras.append(f"<p>{filled(v.text.replace(chr(10), ' '), 92 + 92 * (len(v.text) // 92))}</p>")
                paras.append("<p>" + "_" * 92 + "</p>")
            else:
                pair.append((label, v.text))
                if len(pair) == 2 or len(label) + len(v.text) > 38:
                    flush()
    flush()
    parts = [f'<p align="center"><b>{esc(rng.choice(T["banners"]))}</b></p>', f'<h2 align="center">{esc(m["title"])}</h2>']
    if rng.random() < 0.6:
        parts.append(f"<p><i>{esc(rng.choice(T['line_guides']))}</i></p>")
    parts += paras
    parts.append(f"<p><small>{esc(rng.choice(T['footers']))}</small></p>")
    return page("", "".join(parts), font)


def narrated62(m, form, key, v, T):
    """A case note's sentence for a field it tells in words ("Referral taken for ..."), or None."""
    options = T["narr"].get(f"{form}.{key}")
    if not options or not v.text.strip() or getattr(v, "kind", None) == "blank":
        return None
    return options[len(v.text) % len(options)].format(v=v.text.replace("\n", " "))


def case_note62(m, rng):
    """A case system's case note saved as RTF (rtf-case-note): the note's own header (type, recorded by, when), then
    paragraphs: a few fields told in sentences, the short ones run together as bold run-in labels, each long answer
    a paragraph that starts with its label in bold."""
    w = m["wordings"]
    T = w.T62
    recorded = m["received"] - dt.timedelta(minutes=rng.randint(20, 300))
    head = [(rng.choice(T["note_head_labels"][0]), rng.choice(T["note_types"][m["form"]])),
            (rng.choice(T["note_head_labels"][1]), m["sender_name"]),
            (rng.choice(T["note_head_labels"][2]), recorded.strftime("%d/%m/%Y %H:%M"))]
    rows = "".join(f'<tr><td width="30%"><b>{esc(a)}</b></td><td>{esc(b)}</td></tr>' for a, b in head)
    paras, run = [], []

    def flush():
        if run:
            paras.append("<p>" + " ".join(run) + "</p>")
            run.clear()

    for e in entries50(m):
        if e[0] == "head":
            flush()
            paras.append(f"<p><b><u>{esc(e[1])}</u></b></p>")
        elif e[0] == "note":
            continue
        else:
            label, v = e[1], e[2]
            said = narrated62(m, getattr(v, "form", ""), getattr(v, "key", ""), v, T)
            if said:
                run.append(esc(said))
            elif long52(v):
                flush()
                paras.append(f"<p><b>{esc(label.rstrip(':* '))}</b> - {cell(v.text)}</p>")
            else:
                text = v.text.strip() or rng.choice(T["note_blank"])
                run.append(f"<b>{esc(label.rstrip(':* '))}:</b> {esc(text)}.")
    flush()
    parts = [f"<p><b>{esc(rng.choice(T['systems']))}</b></p>",
             f'<table border="1" cellpadding="2" cellspacing="0" width="100%">{rows}</table>',
             f"<h3>{esc(m['title'])}</h3>"] + paras + [f"<p><i>{esc(rng.choice(T['note_ends']))}</i></p>"]
    return page("", "".join(parts), "Times New Roman")


def running_heads62(m, rng):
    """A Word form printed to PDF whose page header (the banner, the marking, the form's code) and footer ("Page 2
    of 4") print on every page, its table's head row repeated on each page, each section after the first starting a
    new page (pdf-running-heads)."""
    w = m["wordings"]
    T = w.T62
    heads = rng.choice(T["table_heads"])
    rows, first = [], True
    for e in entries50(m):
        if e[0] == "head":
            rows.append(("head", e[1], None if first else "page"))
            first = False
        elif e[0] == "note":
            rows.append(("note", e[1], None))
        else:
            rows.append(("field", e[1], e[2]))
    body, tables, current = [], [], []

    def table_xml(items, n):
        out = [f'<table:table table:name="Form{n}" table:style-name="Tb"><table:table-column table:style-name="Ca"/>'
               '<table:table-column table:style-name="Cb"/><table:table-header-rows><table:table-row>'
               + "".join(f'<table:table-cell table:style-name="Ch" office:value-type="string"><text:p text:style-name="PB">'
                         f'{esc(h)}</text:p></table:table-cell>' for h in heads)
               + "</table:table-row></table:table-header-rows>"]
        for kind, label, v in items:
            if kind == "note":
                out.append('<table:table-row><table:table-cell table:style-name="Cc" table:number-columns-spanned="2" '
                           f'office:value-type="string"><text:p text:style-name="PI">{esc(label)}</text:p></table:table-cell>'
                           "<table:covered-table-cell/></table:table-row>")
                continue
            lines = v.text.split("\n") if v.text.strip() else [""]
            answer = "".join(f'<text:p text:style-name="P1">{esc(x)}</text:p>' for x in lines)
            out.append(f'<table:table-row><table:table-cell table:style-name="Cc" office:value-type="string"><text:p '
                       f'text:style-name="PB">{esc(label)}</text:p></table:table-cell><table:table-cell table:style-name="Cc" '
                       f'office:value-type="string">{answer}</table:table-cell></table:table-row>')
        out.append("</table:table>")
        return "".join(out)

    n = 0
    for kind, text, v in rows:
        if kind == "head":
            if current:
                n += 1
                body.append(table_xml(current, n))
                current = []
            body.append(f'<text:p text:style-name="{"PHB" if v == "page" else "PH"}">{esc(text)}</text:p>')
        else:
            current.append((kind, text, v))
    if current:
        n += 1
        body.append(table_xml(current, n))
    banner, marking, code = rng.choice(T["banners"]), rng.choice(T["markings"]), rng.choice(T["codes"])
    footer = rng.choice(T["page_words"])
    page_no = footer.format(n="<text:page-number>1</text:page-number>", of="<text:page-count>1</text:page-count>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tb" style:family="table"><style:table-properties style:width="17cm" table:align="left" style:may-break-between-rows="true"/></style:style>
 <style:style style:name="Ca" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="Cb" style:family="table-column"><style:table-column-properties style:column-width="10.8cm"/></style:style>
 <style:style style:name="Ch" style:family="table-cell"><style:table-cell-properties fo:background-color="#D9D9D9" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Cc" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="PI" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic" fo:font-size="8pt"/></style:style>
 <style:style style:name="PH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="PHB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="PT" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="PS" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="PS">{esc(marking)}</text:p><text:p text:style-name="PS">{esc(banner)} - {esc(code)}</text:p></style:header><style:footer><text:p text:style-name="PS">{page_no}</text:p><text:p text:style-name="PS">{esc(marking)}</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="PT">{esc(m["title"])}</text:p>
{"".join(body)}
</office:text></office:body></office:document>
"""


def html62(m, rng):
    layout = m["layout"]
    if layout == "docx-cell-glyphs":
        return cell_glyphs62(m, rng)
    if layout == "rtf-case-note":
        return case_note62(m, rng)
    return underscore62(m, rng)


def word_paste62(m, rng):
    """A Word form copied into an Outlook mail (body-word-paste): Word's paragraphs with the label, tab stops and
    non-breaking spaces before the answer, a long answer bulleted with Symbol's dot; Outlook's plain part beside it
    with tabs."""
    w = m["wordings"]
    T = w.T62
    body = [mso_lines(m["intro"]), MSO_BLANK, mso_lines(rng.choice(T["paste_lines"])), MSO_BLANK,
            mso_p(f"<b><span style='font-size:14.0pt'>{mso_esc(m['title'])}</span></b>")]
    tabs = rng.choice([1, 2, 3])
    for e in entries50(m):
        if e[0] == "head":
            body.append(MSO_BLANK + mso_p(f"<b><u>{mso_esc(e[1])}</u></b>"))
        elif e[0] == "note":
            body.append(mso_p(f"<i><span style='font-size:9.0pt'>{mso_esc(e[1])}</span></i>"))
        else:
            label, v = e[1], e[2]
            pieces = bullet_pieces(v)
            tab = (f"<span style='mso-tab-count:{tabs}'>" + "&nbsp;" * (8 * tabs) + "</span>")
            if pieces and rng.random() < 0.6:
                body.append(mso_p(f"<b>{mso_esc(label)}</b>"))
                body.append(mso_bullets(pieces, "\u00b7"))
            elif "\n" in v.text or len(v.text) > 70:
                body.append(mso_p(f"<b>{mso_esc(label)}</b>"))
                body.append("".join(mso_p(mso_esc(x)) for x in v.text.split("\n") if x.strip()))
            else:
                text = v.text if v.text.strip() else "\u00a0"
                body.append(mso_p(f"<b>{mso_esc(label)}</b>{tab}{mso_esc(text).replace(chr(160), '&nbsp;')}"))
    body += [MSO_BLANK, mso_lines(m["signoff"]), mso_lines(m["sender_name"])]
    markup = MSO_HEAD + "".join(body) + MSO_TAIL
    plain = mso_plain(markup.replace("</span><span style='mso-tab-count", "</span>\t<span style='mso-tab-count"))
    plain = re.sub(r" {8,}", "\t" * tabs, plain)
    return (plain if rng.random() < 0.7 else None), markup


def iphone_fwd62(m, rng):
    """A manager's note typed on an iPhone over a colleague's form forwarded from the phone (body-iphone-fwd): a terse
    lower-case line or two, "Sent from my iPhone", "Begin forwarded message:" and the colleague's mail quoted, the form
    as "Label: answer" lines in it; an HTML part with the forward in a cited blockquote now and then."""
    w = m["wordings"]
    T = w.T62
    first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
    local = re.sub(r"[^a-z.-]", "", unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode().lower())
    colleague = (f"{first} {last}", f"{local}@{m['sender'].split('@')[1]}")
    sent = m["received"] - dt.timedelta(minutes=rng.randint(15, 400))
    subject = m["subject"]
    m["subject"] = "Fwd: " + subject
    inner = [m["intro"], ""]
    for e in entries50(m):
        if e[0] == "head":
            inner += ["", e[1].upper() if rng.random() < 0.5 else e[1]]
        elif e[0] == "note":
            continue
        else:
            label, v = e[1], e[2]
            inner.append(joined(label, v.text.replace("\n", " ") if v.text.strip() else ""))
    inner += ["", m["signoff"], colleague[0]]
    note = rng.choice(T["phone_notes"])
    when = sent.strftime("%-d %B %Y at %H:%M:%S GMT")
    head = [f"From: {colleague[0]} <{colleague[1]}>", f"Date: {when}", f"To: {m['sender_name']} <{m['sender']}>",
            f"Subject: {subject}"]
    plain = "\n".join([note, "", rng.choice(T["phone_sigs"]), "", "Begin forwarded message:", ""]
                      + ["> " + x if x else ">" for x in head + [""] + inner]) + "\n"
    if rng.random() < 0.5:
        return plain, None
    quoted = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in inner)
    markup = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
              f'<div dir="ltr">{esc(note)}</div><div dir="ltr"><br></div><div dir="ltr">{esc(rng.choice(T["phone_sigs"]))}'
              f'</div><div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br></blockquote></div>'
              f'<blockquote type="cite"><div dir="ltr"><b>From:</b> {esc(colleague[0])} &lt;{esc(colleague[1])}&gt;<br>'
              f'<b>Date:</b> {esc(when)}<br><b>To:</b> {esc(m["sender_name"])} &lt;{esc(m["sender"])}&gt;<br>'
              f'<b>Subject:</b> {esc(subject)}<br><br></div></blockquote><blockquote type="cite"><div dir="ltr">'
              f'{quoted}</div></blockquote></body></html>')
    return plain, markup


FODS62_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="N39"><number:day-of-week/><number:text> </number:text><number:day/><number:text>/</number:text><number:month/></number:date-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="b0" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
 <style:style style:name="b1" style:family="table-cell" style:data-style-name="N37"><style:table-cell-properties fo:border="0.5pt solid #808080"/><style:paragraph-properties fo:text-align="start"/></style:style>
 <style:style style:name="bd" style:family="table-cell" style:data-style-name="N39"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:background-color="{shade}" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="bh" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:background-color="{shade}" fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="bt" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
 <style:style style:name="bi" style:family="table-cell"><style:text-properties fo:font-style="italic" fo:font-size="8pt"/></style:style>
 <style:style style:name="bs" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="bf" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:background-color="#C6EFCE"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="bz" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:background-color="#F2F2F2"/><style:paragraph-properties fo:text-align="center"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>'''


def c62(text, style="b0", span=1, comment=None):
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    cov = "<table:covered-table-cell/>" * (span - 1)
    note = ""
    if comment:
        # a cell comment as Calc keeps it (an annotation: its author, date and text)
        note = (f'<office:annotation svg:width="5cm" svg:height="1.5cm"><dc:creator>{esc(comment[0])}</dc:creator>'
                f'<dc:date>{comment[1]}</dc:date><text:p>{esc(comment[2])}</text:p></office:annotation>')
    if not text.strip() and not note:
        return f'<table:table-cell table:style-name="{style}"{spanned}/>' + cov
    paras = "".join(f"<text:p>{esc(line)}</text:p>" for line in text.split("\n")) if text.strip() else ""
    return f'<table:table-cell office:value-type="string" table:style-name="{style}"{spanned}>{note}{paras}</table:table-cell>{cov}'


def n62(x, style="b0", comment=None):
    note = ""
    if comment:
        note = (f'<office:annotation svg:width="5cm" svg:height="1.5cm"><dc:creator>{esc(comment[0])}</dc:creator>'
                f'<dc:date>{comment[1]}</dc:date><text:p>{esc(comment[2])}</text:p></office:annotation>')
    return f'<table:table-cell office:value-type="float" office:value="{x}" table:style-name="{style}">{note}<text:p>{x}</text:p></table:table-cell>'


def d62(d, style="b1"):
    fmt = d.strftime("%d/%m/%Y") if style == "b1" else d.strftime("%a ") + f"{d.day}/{d.month}"
    return (f'<table:table-cell office:value-type="date" office:date-value="{d.isoformat()}" table:style-name="{style}">'
            f'<text:p>{fmt}</text:p></table:table-cell>')


def fods62(sheets, shade):
    out = [FODS62_HEAD.format(shade=shade)]
    for name, columns, rows in sheets:
        cols = "".join(f'<table:table-column table:style-name="{s}" table:number-columns-repeated="{k}"/>' for s, k in columns)
        body = "".join("<table:table-row>" + "".join(c) + "</table:table-row>" for c in rows)
        out.append(f'<table:table table:name="{esc(name)}">{cols}{body}</table:table>')
    out.append("</office:spreadsheet></office:body></office:document>\n")
    return "".join(out)


def void_day_grid62(m, rng):
    """A provider's week as a grid (xlsx-void-day-grid): each property a row with its units, occupied and vacant, then
    a column for each day of the week (date cells over them) holding the units free that day, green where a unit is
    free; the emergency bed and notes after; the provider and week above."""
    vd, h = m["void"], m["void"]["headers"]
    T = m["wordings"].T62
    week = vd["week"].date if vd["week"].kind == "date" else None
    monday = None
    for r in vd["rows"]:
        if r["available"].kind == "date":
            monday = r["available"].date - dt.timedelta(days=r["available"].date.weekday())
            break
    base_day = week or monday or m["received"].date() - dt.timedelta(days=m["received"].weekday())
    days = [base_day + dt.timedelta(days=k) for k in range(7)]
    keys = ["ref", "locality", "service", "total", "occupied", "vacant"]
    rows = [[c62(f"{m['title']}", "bt", 8)],
            [c62(vd["provider_label"], "bs"), c62(vd["provider"], "b0", 3)],
            [c62(vd["week_label"], "bs"), c62(vd["week"].text, "b0", 3)],
            [c62(rng.choice(T["grid_guides"]), "bi", 8)], []]
    rows.append([c62(h[k], "bh") for k in keys] + [d62(d, "bd") for d in days] + [c62(h["emergency"], "bh"), c62(h["notes"], "bh")])
    for r in vd["rows"]:
        cells = [c62(void_cell_text(r, k)) if k not in ("total", "occupied", "vacant") else n62(r[k]) for k in keys]
        start = r["available"].date if r["available"].kind == "date" else None
        for d in days:
            free = r["vacant"] if start and d >= start else 0
            cells.append(n62(free, "bf") if free else c62(rng.choice(T["grid_zero"]), "bz"))
        cells += [c62(void_cell_text(r, "emergency")), c62(void_cell_text(r, "notes"))]
        rows.append(cells)
    return fods62([(rng.choice(T["void_sheets"]), [("co1", 1), ("co2", 12), ("co3", 1)], rows)],
                  rng.choice(["#DDEBF7", "#FFF2CC", "#EDEDED"]))


def void_notes62(m, rng):
    """A provider's void sheet kept in Calc and sent as ODS (ods-void-notes): the usual columns, a comments column, cell
    comments on some counts and dates (who changed them, why), a key under the table."""
    vd, h = m["void"], m["void"]["headers"]
    T = m["wordings"].T62
    stamp = (m["received"] - dt.timedelta(days=rng.randint(0, 3))).strftime("%Y-%m-%dT%H:%M:00")
    who = m["sender_name"]
    rows = [[c62(m["title"], "bt", 6)],
            [c62(vd["provider_label"], "bs"), c62(vd["provider"], "b0", 2)],
            [c62(vd["week_label"], "bs"), d62(vd["week"].date) if vd["week"].kind == "date" and rng.random() < 0.5
             else c62(vd["week"].text, "b0", 2)], []]
    cols = VOID_COLUMNS[:-1] + ["notes"]
    rows.append([c62(h[k], "bh") for k in cols] + [c62(rng.choice(T["comment_heads"]), "bh")])
    for r in vd["rows"]:
        cells = []
        for k in cols:
            comment = None
            if k in ("vacant", "available") and rng.random() < 0.35:
                comment = (who, stamp, rng.choice(T["cell_comments"]))
            if k in ("total", "occupied", "vacant"):
                cells.append(n62(r[k], comment=comment))
            elif k == "available" and r[k].kind == "date" and rng.random() < 0.5:
                cells.append(d62(r[k].date))
            else:
                cells.append(c62(void_cell_text(r, k), comment=comment))
        cells.append(c62(rng.choice(T["row_comments"]) if rng.random() < 0.5 else ""))
        rows.append(cells)
    rows += [[], [c62(rng.choice(T["sheet_keys"]), "bi", 8)]]
    return fods62([(rng.choice(T["void_sheets"]), [("co1", 1), ("co2", 8), ("co3", 2)], rows)],
                  rng.choice(["#DDEBF7", "#E2EFDA", "#EDEDED"]))


def plan(part, wordings):
    rng = random.Random(wordings.SEED)
    b = forms.Builder(wordings, rng)
    mails = []
    for form in FORMS:
        n = PER_TYPE.get(part, {}).get(form, PER_FORM[part])
        cap = INVALID_CAP.get(part, {}).get(form)
        layouts = getattr(wordings, "VOID_LAYOUTS", forms.VOID_LAYOUTS) if form == "void-return" \
            else getattr(wordings, "DOC_LAYOUTS", forms.DOC_LAYOUTS)
        # a part's own layouts for a form type (FORM_LAYOUTS in heldout18, tuned21); the older parts have none
        layouts = getattr(wordings, "FORM_LAYOUTS", {}).get(form, layouts)
        kinds = INVALID_KINDS[form]
        urgent_at = None
        if form == "intelligence-submission" and part in URGENT_COUNT:
            urgent_at = [i for i in range(n) if i % 7 != 5 and i % 5 in (1, 2, 3)][:URGENT_COUNT[part]]
        for i in range(n):
            layout = layouts[(i + rng.randrange(2)) % len(layouts)] if i >= len(layouts) else layouts[i]
            invalid = kinds[(i // 7) % len(kinds)] if i % 7 == 5 and (cap is None or i // 7 < cap) else None
            if form == "referral":
                m = b.referral(i, layout, i % 2 == 0, invalid)
            elif form == "risk-concern":
                m = b.risk_concern(i, layout, invalid)
            elif form == "safeguarding-incident":
                m = b.safeguarding(i, layout, invalid)
            elif form == "intelligence-submission":
                urgent = i in urgent_at if urgent_at is not None else i % 5 in (1, 3) and not invalid
                m = b.intelligence(i, layout, urgent, invalid)
            elif form == "mash-referral":
                m = b.mash(i, layout, invalid)
            else:
                m = b.void(i, layout, invalid)
            mails.append(m)
    doc_layouts = getattr(wordings, "DOC_LAYOUTS", forms.DOC_LAYOUTS)
    # a part's own notice layouts (heldout17, tuned20: NOTICE_LAYOUTS), else the forms'
    notice_layouts = getattr(wordings, "NOTICE_LAYOUTS", doc_layouts)
    mails += [b.mash_notice(i, notice_layouts[i % len(notice_layouts)]) for i in range(NOTICES[part])]
    mails += [b.other(i) for i in range(OTHER[part])]
    short = {"void-return": "void", "referral": "ref", "risk-concern": "risk", "safeguarding-incident": "sg",
             "intelligence-submission": "intel", "mash-referral": "mash", "mash-notice": "notice", "unknown": "other"}
    counters = {}
    for m in mails:
        counters[m["form"]] = counters.get(m["form"], 0) + 1
        m["id"] = f"{PREFIX[part]}-{short[m['form']]}-{counters[m['form']]:03d}"
    return mails, rng


def soffice(sources, target, outdir, infilter=None):
    if not sources:
        return
    profile = Path(tempfile.gettempdir()) / "variation-corpus-lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir)] + [str(s) for s in sources]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


ATTACHMENT_NAMES = {
    "referral": ["Referral form {i}", "YPSA referral - {i}", "SA referral {i}", "referral_{i}"],
    "risk-concern": ["Risk concern {i}", "Provider response {i}", "risk_concern_{i}"],
    "safeguarding-incident": ["Incident report {i}", "SG form {i}", "safeguarding_{i}"],
    "intelligence-submission": ["Intel submission {i}", "Partner intelligence form {i}", "intel_{i}"],
    "mash-referral": ["MASH referral {i}", "mash_referral_{i}"],
    "mash-notice": ["Mediation outcome {i}", "mediation_notice_{i}"],
    "void-return": ["Voids wc {i}", "Void return {i}", "weekly voids {i}"],
}


def build(part):
    wordings = __import__("wordings_" + part)
    mails, rng = plan(part, wordings)
    for m in mails:
        m["wordings"] = wordings
    out = ROOT / "src/test/resources/variation" / part
    if out.exists():
        shutil.rmtree(out)
    (out / "mail").mkdir(parents=True)
    (out / "docs").mkdir()
    work = Path(tempfile.mkdtemp(prefix=f"variation-{part}-"))
    jobs = {}
    for m in mails:
        layout = m["layout"]
        m["attachment"] = None
        if layout in BUNDLE_LAYOUTS:
            bundle_sources(m, rng, work, jobs)  # heldout16, tuned19
        elif layout in HTML62_LAYOUTS or layout in FODT62_LAYOUTS or layout in CALC62_LAYOUTS:
            # heldout23, tuned26: answers under their labels with check-box glyphs, answers typed over underscores, a
            # case note in RTF, a Word form printed with its running header and footer, void grids of days, ODS sheets
            if layout in HTML62_LAYOUTS:
                src = work / f"{m['id']}.html"
                src.write_text(html62(m, rng), encoding="utf-8")
                jobs.setdefault(layout.split("-")[0], []).append(src)
            elif layout in FODT62_LAYOUTS:
                src = work / f"{m['id']}.fodt"
                src.write_text(running_heads62(m, rng), encoding="utf-8")
                jobs.setdefault("pdf-fodt", []).append(src)
            else:
                src = work / f"{m['id']}.fods"
                src.write_text(void_day_grid62(m, rng) if layout == "xlsx-void-day-grid" else void_notes62(m, rng),
                               encoding="utf-8")
                jobs.setdefault(layout.split("-")[0], []).append(src)
            m["attachment"] = f"{m['id']}.{layout.split('-')[0]}"
        elif layout in HTML55_LAYOUTS or layout in CALC55_LAYOUTS:
            # heldout22, tuned25: Welsh / English columns, yes/no columns, sections down a merged column, captions under
            # the answer lines; a form kept in Excel and printed to PDF, void sheets printed or with subtotals
            if layout in HTML55_LAYOUTS:
                src = work / f"{m['id']}.html"
                src.write_text(html55(m, rng), encoding="utf-8")
                jobs.setdefault(layout.split("-")[0], []).append(src)
            else:
                src = work / f"{m['id']}.fods"
                src.write_text(excel_form55(m, rng) if layout == "pdf-from-excel" else void_calc55(m, rng)
                               if layout == "pdf-void-calc" else void_subtotals55(m, rng), encoding="utf-8")
                jobs.setdefault("pdf-calc" if layout.startswith("pdf") else "xlsx", []).append(src)
            m["attachment"] = f"{m['id']}.{layout.split('-')[0]}"
        elif layout in HTML52_LAYOUTS or layout in HEADER52_LAYOUTS or layout in ("xlsx-form-2sheets", "xlsx-void-spacers"):
            # heldout21, tuned24: boxes, merged answer cells, answers after the colon in colour, a case system's print,
            # the young person in the page header, a form kept in Excel on two sheets, a void sheet with spacer columns
            if layout in HTML52_LAYOUTS:
                src = work / f"{m['id']}.html"
                src.write_text(html52(m, rng), encoding="utf-8")
                jobs.setdefault(layout.split("-")[0], []).append(src)
            elif layout in HEADER52_LAYOUTS:
                src = work / f"{m['id']}.fodt"
                src.write_text(fodt_header52(m, rng), encoding="utf-8")
                jobs.setdefault(layout.split("-")[0] + "-fodt", []).append(src)
            else:
                src = work / f"{m['id']}.fods"
                src.write_text(fods_two_sheets52(m, rng) if layout == "xlsx-form-2sheets" else fods_void_spacers52(m, rng),
                               encoding="utf-8")
                jobs.setdefault("xlsx", []).append(src)
            m["attachment"] = f"{m['id']}.{layout.split('-')[0]}"
        elif layout in HTML50_LAYOUTS:
            # a council's template set out its own way, a risk concern as a letter or a tick grid (heldout20, tuned23)
            src = work / f"{m['id']}.html"
            src.write_text(html50(m, rng), encoding="utf-8")
            target = "pdf-form" if layout == "pdf-fillable" else layout.split("-")[0]
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{layout.split('-')[0]}"
        elif layout == "docx-content-controls":
            # answers in Word content controls (heldout20, tuned23)
            src = work / f"{m['id']}.fodt"
            src.write_text(content_controls50(m, rng), encoding="utf-8")
            jobs.setdefault("docx-fodt", []).append(src)
            m["attachment"] = f"{m['id']}.docx"
        elif layout in COUNCIL48_LAYOUTS or layout in BOOK48_LAYOUTS or layout in TICKS48_LAYOUTS:
            # a council's own template, an incident book or body map, a notice with a risk tick grid (heldout19, tuned22)
            src = work / f"{m['id']}.html"
            src.write_text(council48_html(m, rng) if layout in COUNCIL48_LAYOUTS else incident_book48(m, rng)
                           if layout in BOOK48_LAYOUTS else risk_ticks48(m, rng), encoding="utf-8")
            target = layout.split("-")[0]
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout == "xlsx-void-workbook":
            # a provider's void workbook, a summary sheet and a units sheet (heldout19, tuned22)
            src = work / f"{m['id']}.fods"
            src.write_text(fods_void_workbook(m, rng), encoding="utf-8")
            jobs.setdefault("xlsx", []).append(src)
            m["attachment"] = f"{m['id']}.xlsx"
        elif layout in CASE_LAYOUTS or layout in POLICE_LAYOUTS or layout in ("docx-letter", "docx-handover"):
            # a case system's form print, the police's own format, a manager's letter, night staff's handover
            # (heldout18, tuned21)
            src = work / f"{m['id']}.html"
            src.write_text(case_print_html(m, rng) if layout in CASE_LAYOUTS else police_html(m, rng)
                           if layout in POLICE_LAYOUTS else handover_html(m, rng) if layout == "docx-handover"
                           else letter_html(m, rng), encoding="utf-8")
            target = layout.split("-")[0]
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout in LOG_LAYOUTS:
            # night staff's incident log, a provider's risk log (heldout18, tuned21)
            src = work / f"{m['id']}.fods"
            src.write_text(fods_incident_log(m, rng) if layout == "xlsx-incident-log" else fods_risk_log(m, rng),
                           encoding="utf-8")
            jobs.setdefault("xlsx", []).append(src)
            m["attachment"] = f"{m['id']}.xlsx"
        elif layout in LONG_LAYOUTS or layout == "docx-notice-letter":
            # the long real form; a mediation outcome as a letter in Word (heldout17, tuned20)
            src = work / f"{m['id']}.html"
            src.write_text(longform_html(m, rng) if layout in LONG_LAYOUTS else notice_letter_html(m, rng),
                           encoding="utf-8")
            target = layout.split("-")[0]
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout in ("xlsx-responses", "csv-responses"):
            # an online form's responses exported (heldout15, tuned18)
            src = work / f"{m['id']}.fods"
            m["covering"] = rng.choice(m["wordings"].RESPONSE_NOTES)
            src.write_text(fods_responses(m, rng), encoding="utf-8")
            ext = layout.split("-")[0]
            jobs.setdefault(ext, []).append(src)
            m["attachment"] = f"{m['id']}.{ext}"
        elif layout in ("docx-across", "docx-generic", "rtf-2col", "rtf-void"):
            # labels across with answers beneath; generic labels under whose-section headings; a case system's RTF
            # (heldout15, tuned18)
            src = work / f"{m['id']}.html"
            src.write_text(table_across(m, rng) if layout == "docx-across" else generic_html(m, rng)
                           if layout == "docx-generic" else rtf_html(m, rng), encoding="utf-8")
            target = layout.split("-")[0]
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout == "eml-attached":
            # the original mail attached to a colleague's forward, the form in its body or its document (heldout14,
            # tuned17)
            w = m["wordings"]
            first, last = rng.choice(w.PEOPLE["first"]), rng.choice(w.PEOPLE["last"])
            local = re.sub(r"[^a-z.-]", "", unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore")
                           .decode().lower())
            m["outer"] = (f"{first} {last}", f"{local}@{m['sender'].split('@')[1]}")
            if rng.random() < 0.5:
                if m["form"] == "void-return":
                    src = work / f"{m['id']}.fods"
                    src.write_text(fods(m, rng, titled=True), encoding="utf-8")
                    jobs.setdefault("xlsx", []).append(src)
                    m["attachment"] = f"{m['id']}.xlsx"
                else:
                    src = work / f"{m['id']}.html"
                    src.write_text(page(m["title"], table_2col(m["fields"])), encoding="utf-8")
                    jobs.setdefault("docx", []).append(src)
                    m["attachment"] = f"{m['id']}.docx"
        elif layout in ("docx-nested", "pdf-browser"):
            # merged and nested tables; an online form printed from a browser (heldout14, tuned17)
            src = work / f"{m['id']}.html"
            src.write_text(nested_html(m, rng) if layout == "docx-nested" else browser_html(m, rng), encoding="utf-8")
            target = layout.split("-")[0]
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout == "docx-frames":
            # answers in text boxes (heldout14, tuned17)
            src = work / f"{m['id']}.fodt"
            src.write_text(frames_fodt(m, rng), encoding="utf-8")
            jobs.setdefault("docx-fodt", []).append(src)
            m["attachment"] = f"{m['id']}.docx"
        elif layout in ("xlsx-units", "csv-units"):
            # counts typed with their units (heldout14, tuned17)
            src = work / f"{m['id']}.fods"
            src.write_text(fods_units(m, rng), encoding="utf-8")
            ext = layout.split("-")[0]
            jobs.setdefault(ext, []).append(src)
            m["attachment"] = f"{m['id']}.{ext}"
        elif layout in ("docx-council", "pdf-council", "docx-split-fields", "pdf-split-fields"):
            # a council's Word template, or a form with split boxes (heldout13, tuned16); the "-fields" test below is
            # the legacy form fields' of heldout9 and tuned12
            src = work / f"{m['id']}.html"
            src.write_text(council_html(m, rng) if "council" in layout else split_html(m, rng), encoding="utf-8")
            target = layout.split("-")[0]
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout.endswith("-fields"):
            # Word's legacy form fields (heldout9, tuned12): a flat ODT with FORMTEXT / FORMCHECKBOX fieldmarks
            src = work / f"{m['id']}.fodt"
            src.write_text(fodt_fields(m, rng), encoding="utf-8")
            target = "doc" if layout.startswith("doc-") else "docx"
            jobs.setdefault(target + "-fodt", []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout.startswith("doc-"):
            # Word 97-2003 (heldout9, tuned12)
            src = work / f"{m['id']}.html"
            src.write_text(document_html(m, rng), encoding="utf-8")
            jobs.setdefault("doc", []).append(src)
            m["attachment"] = f"{m['id']}.doc"
        elif layout in ("docx-tracked", "odt-tracked"):
            src = work / f"{m['id']}.fodt"
            src.write_text(fodt_tracked(m, rng), encoding="utf-8")
            target = layout.split("-")[0]
            jobs.setdefault(target + "-fodt", []).append(src)
            m["attachment"] = f"{m['id']}.{target}"
        elif layout == "pdf-word":
            # a Word form printed to PDF, a running header and footer on each page (heldout12, tuned15)
            src = work / f"{m['id']}.fodt"
            src.write_text(fodt_word_pdf(m, rng), encoding="utf-8")
            jobs.setdefault("pdf-fodt", []).append(src)
            m["attachment"] = f"{m['id']}.pdf"
        elif layout.startswith(("docx", "pdf", "odt")):
            if layout.endswith("-split"):
                split_fields(m, rng)
            src = work / f"{m['id']}.html"
            src.write_text(document_html(m, rng), encoding="utf-8")
            target = "docx" if layout.startswith("docx") else "odt" if layout.startswith("odt") else (
                "pdf-form" if layout == "pdf-form" else "pdf")
            jobs.setdefault(target, []).append(src)
            m["attachment"] = f"{m['id']}.{target[:4].rstrip('-')}"
            if layout.endswith("-twice"):
                # the form attached twice, an earlier draft and the final (heldout11, tuned14)
                w = m["wordings"]
                draft = work / f"{m['id']}-draft.html"
                draft.write_text(document_html(draft_of(m, rng), rng), encoding="utf-8")
                jobs[target].append(draft)
                m["draft"] = f"{m['id']}-draft.{target}"
                m["draft_first"] = rng.random() < 0.5
                m["covering"] = rng.choice(w.TWICE_LINES["first" if m["draft_first"] else "second"])
                m["twice_names"] = rng.choice(w.TWICE_NAMES)
            if layout.endswith("-twofiles"):
                # a supporting document sent with the form, attached before it (heldout9, tuned12)
                sup = work / f"{m['id']}-att.html"
                sup.write_text(supporting_html(m, rng), encoding="utf-8")
                jobs[target].append(sup)
                m["support"] = f"{m['id']}-att.{target}"
        elif layout in ("xlsx-provider", "xls-provider", "csv-bom"):
            # a provider's own weekly sheet (heldout9, tuned12); the CSV with its fields quoted and a byte-order mark
            src = work / f"{m['id']}.fods"
            src.write_text(fods_provider(m, rng), encoding="utf-8")
            ext = layout.split("-")[0]
            jobs.setdefault("csvq" if ext == "csv" else ext, []).append(src)
            m["attachment"] = f"{m['id']}.{ext}"
        elif layout == "xlsx-provider-log":
            # a provider's void log, a sheet per scheme (heldout13, tuned16)
            src = work / f"{m['id']}.fods"
            src.write_text(fods_provider_log(m, rng), encoding="utf-8")
            jobs.setdefault("xlsx", []).append(src)
            m["attachment"] = f"{m['id']}.xlsx"
        elif layout in ("xlsx-filtered", "xls-filtered"):
            # a void workbook with a filter on its frozen header row and a totals row (heldout12, tuned15)
            src = work / f"{m['id']}.fods"
            src.write_text(fods_filtered(m, rng), encoding="utf-8")
            ext = layout.split("-")[0]
            jobs.setdefault(ext, []).append(src)
            m["attachment"] = f"{m['id']}.{ext}"
        elif layout.startswith(("xls", "csv")):
            src = work / f"{m['id']}.fods"
            src.write_text(fods_messy(m, rng) if layout.endswith("-messy") else
                           fods_form(m, rng) if layout in ("xlsx-form", "csv-export", "xls-form") else
                           fods_transposed(m, rng) if layout == "xlsx-transposed" else
                           fods_schemes(m, rng) if layout.endswith("-schemes") else
                           fods_hidden(m, rng) if layout == "xlsx-hidden" else
                           fods(m, rng, titled=layout in ("xlsx-title-merged", "xls", "csv-title")), encoding="utf-8")
            ext = layout.split("-")[0]
            jobs.setdefault(ext, []).append(src)
            m["attachment"] = f"{m['id']}.{ext}"
    converted = work / "out"
    soffice(jobs.get("docx"), 'docx:MS Word 2007 XML', converted, "HTML (StarWriter)")
    soffice(jobs.get("pdf"), "pdf:writer_pdf_Export", converted, "HTML (StarWriter)")
    soffice(jobs.get("odt"), "odt:writer8", converted, "HTML (StarWriter)")
    soffice(jobs.get("pdf-form"), 'pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}',
            converted / "forms", "HTML (StarWriter)")
    soffice(jobs.get("docx-fodt"), 'docx:MS Word 2007 XML', converted)
    soffice(jobs.get("odt-fodt"), "odt:writer8", converted)
    soffice(jobs.get("xlsx"), "xlsx:Calc MS Excel 2007 XML", converted)
    soffice(jobs.get("xls"), "xls:MS Excel 97", converted)
    soffice(jobs.get("csv"), "csv:Text - txt - csv (StarCalc):44,34,76,1", converted)
    # the layouts of heldout9 and tuned12 only: Word 97-2003, legacy form fields, a CSV with every text field quoted
    soffice(jobs.get("doc"), "doc:MS Word 97", converted, "HTML (StarWriter)")
    soffice(jobs.get("doc-fodt"), "doc:MS Word 97", converted)
    soffice(jobs.get("csvq"), "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true", converted)
    soffice(jobs.get("pdf-fodt"), "pdf:writer_pdf_Export", converted)  # heldout12, tuned15: Word forms printed to PDF
    soffice(jobs.get("rtf"), "rtf:Rich Text Format", converted, "HTML (StarWriter)")  # heldout15, tuned18
    soffice(jobs.get("pdf-calc"), "pdf:calc_pdf_Export", converted)  # heldout22, tuned25: Excel forms printed to PDF
    soffice(jobs.get("ods"), "ods:calc8", converted)  # heldout23, tuned26: a Calc sheet sent as it was saved
    for src in jobs.get("csvq") or []:
        out_csv = converted / (src.stem + ".csv")
        if out_csv.exists():
            out_csv.write_bytes(b"\xef\xbb\xbf" + out_csv.read_bytes())
    for f in (converted / "forms").glob("*.pdf") if (converted / "forms").exists() else []:
        shutil.move(str(f), converted / f.name)
    for m in mails:
        if m.get("frozen_row") and m["attachment"].endswith(".xlsx"):
            freeze_header(converted / m["attachment"], m["frozen_row"])  # heldout12, tuned15
    lines = ["file\tform\tvariant\tlayout\toutcome\turgent\tinvalid\tattachment\texpect"]
    for m in mails:
        write_mail(m, out, converted, rng)
        expect = ";".join(f"{k}={v}" for k, v in m["expect"].items()) or "-"
        lines.append("\t".join([f"mail/{m['id']}.eml", m["form"], m["variant"], m["layout"], m["outcome"],
                                m["urgent"], m["invalid"], f"docs/{m['attachment']}" if m["attachment"] else "-",
                                expect]))
    (out / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if os.environ.get("VARIATION_KEEP"):
        # the HTML and flat ODS sources, for checking the expected values against what the documents say
        keep = Path(os.environ["VARIATION_KEEP"]) / part
        shutil.rmtree(keep, ignore_errors=True)
        shutil.copytree(work, keep)
    shutil.rmtree(work)
    print(f"{part}: {len(mails)} mails written to {out.relative_to(ROOT)}")


def attach_draft(m, msg, out, converted):
    """The earlier draft of the form, attached before or after the final (heldout11, tuned14)."""
    data = (converted / m["draft"]).read_bytes()
    (out / "docs" / m["draft"]).write_bytes(data)
    ext = m["draft"].rsplit(".", 1)[1]
    maintype, subtype = TYPES[ext].split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype,
                       filename=m["twice_names"][0].format(i=m["id"].split("-")[-1]) + "." + ext)


def write_mail(m, out, converted, rng):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = formataddr((m["sender_name"], m["sender"]))
    msg["To"] = formataddr(("YPSA Intake", rng.choice(["intake@ypsa.test", "brokerage@ypsa.test", "intake@ypsa.test"])))
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["received"])
    digest = hashlib.sha256(m["id"].encode()).hexdigest()[:24].upper()
    msg["Message-ID"] = f"<{digest}@{m['sender'].split('@')[1]}>"
    layout = m["layout"]
    if layout in CLIENT_LAYOUTS:
        client_body(m, msg, rng)  # heldout16, tuned19
    elif layout in BUNDLE_LAYOUTS:
        bundle_mail(m, msg, out, converted, rng)  # heldout16, tuned19
    elif layout == "eml-attached":
        eml_attached(m, msg, out, converted, rng)  # heldout14, tuned17
    elif m["form"] == "unknown":
        msg.set_content(m["body"] + "\n\n" + m["signoff"] + "\n" + signed(m) + "\n")
    elif m["attachment"]:
        covering = covering_text(m)
        if m.get("forward"):
            covering = forwarded(m, covering_text(forwarded_original(m)))
        msg.set_content(covering)
        if m.get("draft") and m["draft_first"]:
            attach_draft(m, msg, out, converted)
        if m.get("support"):
            # the supporting document first, the form second (heldout9, tuned12)
            sdata = (converted / m["support"]).read_bytes()
            (out / "docs" / m["support"]).write_bytes(sdata)
            sext = m["support"].rsplit(".", 1)[1]
            smain, ssub = TYPES[sext].split("/")
            msg.add_attachment(sdata, maintype=smain, subtype=ssub, filename=m["support_name"] + "." + sext)
        data = (converted / m["attachment"]).read_bytes()
        (out / "docs" / m["attachment"]).write_bytes(data)
        ext = m["attachment"].rsplit(".", 1)[1]
        if m.get("draft"):
            name = m["twice_names"][1].format(i=m["id"].split("-")[-1]) + "." + ext
        else:
            name = rng.choice(getattr(m["wordings"], "ATTACHMENT_NAMES", ATTACHMENT_NAMES)[m["form"]]).format(i=m["id"].split("-")[-1]) + "." + ext
        maintype, subtype = TYPES[ext].split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        if m.get("draft") and not m["draft_first"]:
            attach_draft(m, msg, out, converted)
    else:
        if layout in BODY62_LAYOUTS:
            # heldout23, tuned26: a Word form pasted into Outlook, a note typed on an iPhone over a forwarded form
            plain, markup = word_paste62(m, rng) if layout == "body-word-paste" else iphone_fwd62(m, rng)
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "Fwd: ..." from the phone
        elif layout in BODY55_LAYOUTS:
            plain, markup = answers_inline55(m, rng)  # heldout22, tuned25: answers typed under each quoted question
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "RE: ..."
        elif layout in BODY52_LAYOUTS:
            # heldout21, tuned24: Outlook tables with spacer columns, a form typed above the quoted blank template
            plain, markup = (spacer_table52(m, rng) if layout == "body-spacer-table" else void_spacers52(m, rng)
                             if layout == "body-void-spacers" else above_template52(m, rng))
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "RE: ..." above the template
        elif layout == "body-risk-letter":
            plain, markup = "\n\n".join(risk_letter50(m, rng)) + "\n", None  # heldout20, tuned23
        elif layout in BODY48_LAYOUTS:
            # heldout19, tuned22: a forward with the writer's signature, a worker's sentences, void returns in a mail
            if layout == "body-fw-signature":
                plain, markup = body_fw48(m, rng), None
            elif layout in ("body-intel-prose", "body-intel-fw"):
                plain, markup = body_intel_prose(m, rng), None
            else:
                plain, markup = body_void48(m, rng)
            del msg["Subject"], msg["From"]
            msg["Subject"] = m["subject"]
            msg["From"] = formataddr((m["sender_name"], m["sender"]))
        elif layout == "body-letter":
            plain, markup = body_letter(m, rng), None  # heldout18, tuned21
        elif layout in REPLY_LAYOUTS:
            plain, markup = body_thread_reply(m, rng), None  # heldout18, tuned21
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "RE: ..." on the referral's thread
        elif layout in NOTICE_BODY_LAYOUTS:
            plain, markup = body_notice(m, rng), None  # heldout17, tuned20
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "RE: ..." on the MASH thread
        elif layout in PROSE_LAYOUTS:
            plain, markup = body_prose(m, rng), None  # heldout17, tuned20
            del msg["Subject"], msg["From"]
            msg["Subject"] = m["subject"]
            msg["From"] = formataddr((m["sender_name"], m["sender"]))  # the manager, for a forward
        elif layout == "body-chain":
            plain, markup = body_chain(m, rng)  # heldout15, tuned18
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "RE: ..."
        elif layout == "body-generic":
            plain, markup = body_generic(m, rng)  # heldout15, tuned18
        elif m["form"] == "void-return" and layout == "body-excel-paste":
            plain, markup = excel_paste_html(m, rng)  # heldout12, tuned15
        elif m["form"] == "void-return" and layout == "body-void-typed":
            plain, markup = body_void_typed(m, rng)  # heldout13, tuned16
        elif m["form"] == "void-return":
            plain, markup = void_body(m, rng)
        elif layout == "body-phone":
            plain, markup = body_phone(m, rng)  # heldout14, tuned17
        elif layout in ("body-typed", "body-sentences"):
            plain, markup = body_typed(m, rng)  # heldout13, tuned16
        elif layout == "body-quoted":
            plain, markup = body_quoted(m, rng)  # heldout13, tuned16
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "RE: ..."
        elif layout in ("body-outlook", "body-outlook-table", "body-outlook-fw"):
            plain, markup = body_outlook(m, rng)  # heldout12, tuned15
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "FW: ..." for a forward
        elif layout == "body-html":
            plain, markup = body_html(m, rng)
        elif layout == "body-informal":
            plain, markup = body_informal(m, rng), None
        elif layout == "body-export":
            plain, markup = body_export(m, rng), None
        elif layout == "body-reply":
            plain, markup = body_reply(m, rng), None
        elif layout == "body-mobile":
            plain, markup = body_mobile(m, rng), None
        elif layout == "body-tabs":
            plain, markup = body_tabs(m, rng), None
        elif layout == "body-qa":
            plain, markup = body_qa(m, rng), None
        elif layout == "body-dotted":
            plain, markup = body_dotted(m, rng), None
        elif layout == "body-hurried":
            plain, markup = body_hurried(m, rng), None
        elif layout == "body-resend":
            plain, markup = body_resend(m, rng), None
            del msg["Subject"]
            msg["Subject"] = m["subject"]  # "RE: ..." to the hub's own reply (heldout11, tuned14)
        elif layout == "body-spaced":
            plain, markup = body_spaced(m, rng), None
        elif layout == "body-forwarded":
            plain, markup = forwarded(m, body_lines(dict(forwarded_original(m), layout="body-plain"), rng)), None
        else:
            plain, markup = body_lines(m, rng), None
        if plain is not None:
            msg.set_content(plain)
            if markup:
                msg.add_alternative(markup, subtype="html")
        else:
            msg.set_content(markup, subtype="html")
    (out / "mail" / f"{m['id']}.eml").write_bytes(msg.as_bytes())


if __name__ == "__main__":
    parts = sys.argv[1:] or ["heldout", "tuned"]
    for p in parts:
        if p not in PER_FORM:
            sys.exit(f"unknown part {p}: one of {', '.join(PER_FORM)}")
        build(p)
