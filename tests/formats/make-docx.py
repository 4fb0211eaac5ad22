#!/usr/bin/python3
# make-docx.py
#
# Copyright 2026 The Rapporteur authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Word documents made from a bundled report, and broken ones.

    make-docx.py REPORT.txt OUTDIR [--broken]

REPORT.txt is one of data/corpus/*.txt, a Word file converted to text:
numbered paragraphs "2.1.3<TAB>text", bullets "· text", "[footnoteRef:N]"
and footnote bodies "[N: text]".  This turns it back into real
WordprocessingML the way Word writes it:

  - numbered paragraphs get w:numPr on a multi-level list of numbering.xml
    (level 1 through the "Heading1" style of styles.xml), and the number is
    NOT in the text: the reader has to compute it.  Where the list would not
    produce the report's number, the number is typed in the text, as people
    do;
  - bullets are a bullet list, footnotes are w:footnoteReference and
    footnotes.xml (with ids that are not 1, 2...);
  - runs are split, some words sit in hyperlinks, fields, insertions;
    deleted and hidden text is added that must not come out; a table ends
    the document.

It writes report.docx and report.expected.txt, the exact text the reader
must return, and report.original.txt, the report lines it came from, and
numbering.docx, a small document exercising list formats.  With --broken
it also writes the broken files the error tests read (broken_samples()).
"""

import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.itu.int/" TargetMode="External"/>
</Relationships>"""


def level_xml(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{extra}<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{567 * (ilvl + 1)}"/></w:tabs>'
            f'<w:ind w:left="{567 * (ilvl + 1)}" w:hanging="567"/></w:pPr></w:lvl>')


# abstractNum 10: the report's paragraph numbering 1, 1.1, 1.1.1 ...
# abstractNum 20: bullets (Symbol font, as Word writes them).
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>
{level_xml(0, "decimal", "%1", extra='<w:pStyle w:val="Heading1"/>')}
{level_xml(1, "decimal", "%1.%2")}
{level_xml(2, "decimal", "%1.%2.%3")}
{level_xml(3, "decimal", "%1.%2.%3.%4")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>
<w:lvlJc w:val="left"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="HeadingBase"><w:name w:val="Heading base"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="HeadingBase"/>
<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>"""

NUMBER_RE = re.compile(r"^\s*(\d+(?:\.\d+)*)\t(.*)$")
BOOKMARK_RE = re.compile(r"\[bookmark: [^\]]*\]")
NOTE_BODY_RE = re.compile(r"\s*\[(\d+):\s*(.*?)\]\s*$")
NOTE_REF_RE = re.compile(r"\[footnoteRef:(\d+)\]")


def t(text):
    """A w:t, preserving spaces as Word does."""
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def runs(text, flavour):
    """Text as several runs; tabs as w:tab.  @flavour varies the wrapping
    (plain, hyperlink, insertion, field, proofing marks) by paragraph."""
    out = []
    pieces = re.split(r"(\t)", text)
    for piece in pieces:
        if piece == "":
            continue
        if piece == "\t":
            out.append("<w:r><w:tab/></w:r>")
            continue
        words = re.split(r"(?<= )", piece)
        chunks = ["".join(words[i:i + 4]) for i in range(0, len(words), 4)]
        for n, chunk in enumerate(chunks):
            run = f"<w:r><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr>{t(chunk)}</w:r>"
            if n == 1 and flavour == 1:
                run = f'<w:hyperlink r:id="rId9" w:history="1">{run}</w:hyperlink>'
            elif n == 1 and flavour == 2:
                run = f'<w:ins w:id="90{n}" w:author="TSB" w:date="2023-04-20T10:00:00Z">{run}</w:ins>'
            elif n == 1 and flavour == 3:
                run = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                       '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.itu.int/ITU-T/Y.9999" </w:instrText></w:r>'
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                       f'{run}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            elif n == 1 and flavour == 4:
                run = f'<w:proofErr w:type="spellStart"/>{run}<w:proofErr w:type="spellEnd"/>'
            out.append(run)
    return "".join(out)


def note_ref(word_id):
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{word_id}"/></w:r>')


def convert(lines):
    """Returns (document body xml, footnotes xml, expected text lines)."""
    body = []
    notes = []
    expected = []
    counters = []
    note_ids = {}
    for index, raw in enumerate(lines):
        line = BOOKMARK_RE.sub("", raw)
        bookmark = "" if line == raw else '<w:bookmarkStart w:id="0" w:name="_Hlk1"/><w:bookmarkEnd w:id="0"/>'

        # Footnote bodies at the end of a line become footnotes.xml entries.
        note_bodies = []
        m = NOTE_BODY_RE.search(line)
        while m and NOTE_REF_RE.search(line[:m.start()]):
            note_bodies.insert(0, (m.group(1), m.group(2).strip()))
            line = line[:m.start()]
            m = NOTE_BODY_RE.search(line)

        ppr = ""
        prefix = ""
        text = line
        m = NUMBER_RE.match(line)
        if m:
            label = m.group(1)
            parts = [int(p) for p in label.split(".")]
            depth = len(parts) - 1
            # What Word's list would show next at this depth.
            trial = (counters + [0] * 4)[:depth + 1]
            trial = [c if c else 1 for c in trial[:depth]] + [trial[depth] + 1]
            if trial == parts and depth <= 3:
                counters = trial
                if depth == 0:
                    ppr = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
                else:
                    ppr = (f'<w:pPr><w:numPr><w:ilvl w:val="{depth}"/><w:numId w:val="3"/>'
                           f'</w:numPr></w:pPr>')
                prefix = label + "\t"
                text = m.group(2)
            else:
                text = line.lstrip()  # typed by hand
        elif line.startswith("· "):
            text = line[2:]
            ppr = ('<w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/>'
                   '<w:numId w:val="4"/></w:numPr></w:pPr>')
            prefix = "·\t"

        # Footnote references inside the text.
        xml_runs = []
        pos = 0
        for ref in NOTE_REF_RE.finditer(text):
            xml_runs.append(runs(text[pos:ref.start()], index % 5))
            word_id = 4 + 3 * len(note_ids)
            note_ids[ref.group(1)] = word_id
            xml_runs.append(note_ref(word_id))
            pos = ref.end()
        xml_runs.append(runs(text[pos:], index % 5))

        extra = ""
        if index == 10:
            # A deleted revision and hidden text: neither may come out.
            extra = ('<w:del w:id="77" w:author="TSB" w:date="2023-04-20T10:00:00Z"><w:r>'
                     '<w:delText xml:space="preserve"> ITU-T Y.9998 deleted</w:delText></w:r></w:del>'
                     '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> ITU-T Y.9997 hidden</w:t></w:r>')
        body.append(f"<w:p>{ppr}{bookmark}{''.join(xml_runs)}{extra}</w:p>")

        # Word numbers notes in the order they are referenced, whatever
        # the report's text said.
        shown = {n: str(list(note_ids).index(n) + 1) for n in note_ids}
        out = prefix + NOTE_REF_RE.sub(lambda r: f"[footnoteRef:{shown[r.group(1)]}]", text)
        for number, note in note_bodies:
            out += f" [{shown[number]}: {note}]"
            notes.append(
                f'<w:footnote w:id="{note_ids[number]}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:tab/></w:r>{runs(note, 0)}</w:p></w:footnote>')
        expected.append(out)

    # A contact table closes the document: one line per row.
    rows = [("Contact", "Phone", "E-mail"), ("TSB", "+41 22 730 5111", "tsbmail@itu.int")]
    table = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for row in rows:
        table.append("<w:tr>" + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p>{runs(cell, 0)}</w:p></w:tc>'
            for cell in row) + "</w:tr>")
        expected.append("\t".join(row))
    table.append("</w:tbl>")
    body.append("".join(table))

    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 + "".join(notes) + "</w:footnotes>")
    return body, footnotes, expected


def document_xml(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}'
            '<w:sectPr><w:pgSz w:w="11907" w:h="16840"/></w:sectPr></w:body></w:document>')


def write_docx(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def package(document, footnotes=None, numbering=NUMBERING, styles=STYLES):
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/document.xml": document,
        "word/styles.xml": styles,
        "word/numbering.xml": numbering,
    }
    if footnotes is not None:
        parts["word/footnotes.xml"] = footnotes
    return parts


def paragraph(text, ppr=""):
    return f"<w:p>{ppr}{runs(text, 0)}</w:p>"


def numbered(text, num_id, ilvl):
    return paragraph(text, f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>')


def numbering_sample(outdir):
    """Letters, roman numerals, legal numbering, a restart and a line break."""
    numbering = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
{level_xml(0, "upperRoman", "%1.")}
{level_xml(1, "lowerLetter", "%2)")}
{level_xml(2, "decimal", "%1.%2.%3", extra='<w:isLgl/>')}
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">{level_xml(0, "decimal", "Annex %1", start=3)}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>"""
    body = [
        numbered("Scope", 1, 0),
        numbered("first", 1, 1),
        numbered("second", 1, 1),
        numbered("legal", 1, 2),
        numbered("Terms", 1, 0),
        numbered("again a", 1, 1),
        numbered("Tables", 2, 0),
        numbered("Figures", 2, 0),
        numbered("Restarted", 5, 0),
        numbered("Not numbered", 0, 0),
        '<w:p><w:r><w:t>line one</w:t><w:br/><w:t>line two</w:t><w:br w:type="page"/>'
        '<w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>',
        # Cells in content controls, one of them empty; a nested table.
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>'
        '<w:sdt><w:sdtPr/><w:sdtContent><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>'
        '<w:sdt><w:sdtPr/></w:sdt>'
        '<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>C1</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>C2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>',
    ]
    expected = [
        "I.\tScope", "a)\tfirst", "b)\tsecond", "1.2.1\tlegal", "II.\tTerms", "a)\tagain a",
        "Annex 3\tTables", "Annex 4\tFigures", "Annex 7\tRestarted", "Not numbered",
        "line one", "line two\u2011·", "A\tB\tC1 C2",
    ]
    write_docx(os.path.join(outdir, "numbering.docx"), package(document_xml(body), numbering=numbering))
    with open(os.path.join(outdir, "numbering.expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(expected) + "\n")


def broken_samples(outdir, document):
    def out(name):
        return os.path.join(outdir, name)

    # Not a zip at all past its first bytes.
    with open(out("bad-zip.docx"), "wb") as f:
        f.write(b"PK\x03\x04" + b"\x14\x00\x00\x00\x08\x00" + os.urandom(16) + b"this is not deflate data" * 20)

    # A zip, but of something else.
    write_docx(out("no-document.docx"), {"[Content_Types].xml": CONTENT_TYPES, "word/styles.xml": STYLES})

    # The document part cut short.
    write_docx(out("malformed.docx"), package(document[: len(document) // 2]))

    # 80 MB of spaces inside the paragraph: under 100 kilobytes packed.
    head, tail = document.split("<w:body>", 1)
    bomb = head + "<w:body><w:p><w:r><w:t>" + " " * (80 * 1024 * 1024) + "</w:t></w:r></w:p>" + tail
    write_docx(out("bomb.docx"), package(bomb))

    # A Word document made of nothing but empty paragraphs.
    write_docx(out("blank.docx"), package(document_xml(["<w:p/>", "<w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>"])))

    # A spreadsheet dropped as a report.
    write_docx(out("sheet.xlsx"), {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": "<workbook/>"})

    # A PNG image renamed to .pdf and to .docx.
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
           b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")
    for name in ("image.pdf", "image.docx"):
        with open(out(name), "wb") as f:
            f.write(png)

    # Random bytes with NULs, and an empty file.
    with open(out("binary.txt"), "wb") as f:
        f.write(bytes(range(256)) * 8)
    open(out("empty.docx"), "wb").close()


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[3:] not in ([], ["--broken"]):
        sys.exit(__doc__)
    report, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    with open(report, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    # A footnote body the text conversion broke over two lines is one.
    joined = []
    for line in lines:
        if joined and re.search(r"\[\d+:[^\]]*$", joined[-1]):
            joined[-1] = joined[-1].rstrip() + " " + line
        else:
            joined.append(line)

    body, footnotes, expected = convert(joined)
    document = document_xml(body)
    write_docx(os.path.join(outdir, "report.docx"), package(document, footnotes))
    with open(os.path.join(outdir, "report.expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(expected) + "\n")
    with open(os.path.join(outdir, "report.original.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    numbering_sample(outdir)
    if sys.argv[3:] == ["--broken"]:
        broken_samples(outdir, document)


if __name__ == "__main__":
    main()
