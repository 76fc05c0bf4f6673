#!/usr/bin/env python3
"""Writes the LibreOffice Writer flat-XML sources (*.fodt) for the safeguarding / intelligence / MASH fixtures.

usage: make-safeguarding-fodt.py <output dir>

The styles and helpers are ../fodt_writer.py's, shared with make-referral-fodt.py. Values come from
safeguarding_data.py. make-safeguarding-fixtures.sh converts the .fodt files to .docx with soffice,
so every byte of the DOCX fixtures is LibreOffice's own output.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import safeguarding_data as d  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fodt_writer import cell, doc, paras, row, title, two_column_table, write  # noqa: E402


def form_2col(name, heading, data, fields, author, created, table="Form"):
    assert list(data) == fields, name
    body = title(heading) + two_column_table(table, [(f, data[f]) for f in fields])
    write(name, doc(heading, author, created, body))


form_2col("incident-high", d.TITLE_INCIDENT, d.INCIDENT_HIGH, d.INCIDENT_FIELDS,
          "Sam Carter", "2026-12-04T00:12:31", "Incident")
form_2col("incident-low-inhouse", d.TITLE_INCIDENT, d.INCIDENT_LOW, d.INCIDENT_FIELDS,
          "OCC YPSA Duty", "2026-12-04T17:02:08", "Incident")
form_2col("incident-missing-severity", d.TITLE_INCIDENT, d.INCIDENT_NO_SEVERITY, d.INCIDENT_FIELDS,
          "Sam Carter", "2026-12-02T21:18:45", "Incident")
form_2col("intel-ordinary", d.TITLE_INTEL, d.INTEL_ORDINARY, d.INTEL_FIELDS,
          "Sam Carter", "2026-12-01T14:47:19", "Intelligence")
form_2col("mash-referral", d.TITLE_MASH, d.MASH_REFERRAL, d.MASH_FIELDS,
          "Priya Venn", "2026-12-02T10:31:56", "MASHReferral")
