"""The LibreOffice Writer flat-XML (*.fodt) pieces both fixture writers use: the document with its styles, paragraphs,
cells, rows, titles, a two-column label | value table, and writing a file into the output directory given as the
script's first argument (make-referral-fodt.py, make-safeguarding-fodt.py)."""
import os
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:xforms="http://www.w3.org/2002/xforms" '
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Arial" fo:font-size="10pt" fo:language="en" fo:country="GB"/>
  </style:default-style>
  <style:default-style style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="center"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="8pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Intro" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Section" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:color="#ffffff" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading2" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="T2" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins"/>
  </style:style>
  <style:style style:name="T2.A" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
  <style:style style:name="T2.B" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
  <style:style style:name="T4" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins"/>
  </style:style>
  <style:style style:name="T4.A" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="T4.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
  <style:style style:name="TR" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins"/>
  </style:style>
  <style:style style:name="TR.A" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
  <style:style style:name="TR.B" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
  <style:style style:name="TR.C" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
  <style:style style:name="RW" style:family="table-row">
   <style:table-row-properties fo:keep-together="always"/>
  </style:style>
  <style:style style:name="CL" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#d9e2f3" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="CV" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="CS" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#1f3864" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="gr1" style:family="graphic">
   <style:graphic-properties style:vertical-pos="middle" style:vertical-rel="text"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="1.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">OFFICIAL-SENSITIVE</text:p></style:header>
  </style:master-page>
 </office:master-styles>
"""


def doc(title, author, created, body, forms=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            ' <office:meta>\n  <dc:title>%s</dc:title>\n  <meta:initial-creator>%s</meta:initial-creator>\n'
            '  <dc:creator>%s</dc:creator>\n  <meta:creation-date>%s</meta:creation-date>\n  <dc:date>%s</dc:date>\n'
            '  <dc:language>en-GB</dc:language>\n </office:meta>\n%s'
            ' <office:body>\n  <office:text>\n%s%s  </office:text>\n </office:body>\n</office:document>\n'
            % (NS, escape(title), escape(author), escape(author), created, created, STYLES, forms, body))


def paras(value, style="Standard"):
    """A cell's content: one <text:p> per line of the value (an empty value gives one empty paragraph)."""
    return "".join('<text:p text:style-name="%s">%s</text:p>' % (style, escape(line))
                   for line in (value.split("\n") if value else [""]))


def cell(content, style="CV", span=1):
    attrs = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    c = '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (style, attrs, content)
    return c + "<table:covered-table-cell/>" * (span - 1)


def row(*cells):
    # RW: a row never breaks across a page (Word: "Allow row to break across pages" off)
    return '    <table:table-row table:style-name="RW">' + "".join(cells) + "</table:table-row>\n"


def title(text, style="Title"):
    return '   <text:p text:style-name="%s">%s</text:p>\n' % (style, escape(text))


def two_column_table(name, items):
    rows = "".join(row(cell(paras(label, "Label"), "CL"), cell(paras(value))) for label, value in items)
    return ('   <table:table table:name="%s" table:style-name="T2">\n'
            '    <table:table-column table:style-name="T2.A"/><table:table-column table:style-name="T2.B"/>\n'
            '%s   </table:table>\n' % (name, rows))


def write(name, content):
    with open(os.path.join(OUT, name + ".fodt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    print("wrote", name + ".fodt")
