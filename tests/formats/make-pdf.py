#!/usr/bin/python3
# make-pdf.py
#
# Copyright 2026 The Rapporteur authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Typesets a bundled report as a PDF, the way ITU's Word template prints it.

    make-pdf.py REPORT.txt OUTDIR [QPDF]

Writes, with python3-cairo:
  report.pdf            A4 pages, numbered paragraphs with the number at the
                        margin and the text at a tab stop (hanging indent),
                        bullets, a running header and a page number on every
                        page, lines broken after hyphens when a word does not
                        fit;
  report.pdf.txt        the report text it was made from, one paragraph per
                        line, without bookmarks and footnotes (the PDF reader
                        does not recognise footnotes);
  scanned.pdf           a page with a picture and no text;
  truncated.pdf         report.pdf cut in the middle;
  encrypted.pdf         report.pdf with a user password (only with QPDF,
                        the path of qpdf).
Exits with status 77 when python3-cairo is missing.
"""

import os
import re
import subprocess
import sys

try:
    import cairo
except ImportError:
    sys.exit(77)

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 70.0, 70.0, 72.0, 72.0
FONT = "DejaVu Sans"
SIZE = 10.0
PITCH = 12.5
SPACE_BEFORE = 6.0
TAB = 42.5
HEADER = "CWG-Internet 18/4 – ITU Internet activities"

NUMBER_RE = re.compile(r"^\s*(\d+(?:\.\d+)*)\t(.*)$")
BOOKMARK_RE = re.compile(r"\[bookmark: [^\]]*\]")
NOTE_BODY_RE = re.compile(r"\s*\[\d+:\s*.*?\]\s*$")
NOTE_REF_RE = re.compile(r"\[footnoteRef:\d+\]")


def paragraphs(lines):
    """(kind, label, text) for each non-empty report line."""
    out = []
    for line in lines:
        line = BOOKMARK_RE.sub("", line)
        while NOTE_REF_RE.search(line) and NOTE_BODY_RE.search(line):
            line = NOTE_BODY_RE.sub("", line)
        line = NOTE_REF_RE.sub("", line)
        m = NUMBER_RE.match(line)
        if m:
            out.append(("number", m.group(1), " ".join(m.group(2).split())))
        elif re.match(r"^[·•][ \t]", line) or line.startswith("–\t"):
            out.append(("bullet", "•", " ".join(line[2:].split())))
        elif "\t" in line.strip():
            cells = [" ".join(c.split()) for c in line.split("\t")]
            out.append(("cells", "", "\t".join(c for c in cells if c)))
        elif line.strip():
            out.append(("plain", "", " ".join(line.split())))
    return out


class Typesetter:
    def __init__(self, path):
        self.surface = cairo.PDFSurface(path, PAGE_W, PAGE_H)
        self.cr = cairo.Context(self.surface)
        self.page = 0
        self.new_page(first=True)

    def font(self, size, bold=False):
        self.cr.select_font_face(FONT, cairo.FONT_SLANT_NORMAL,
                                 cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        self.cr.set_font_size(size)

    def width(self, text):
        return self.cr.text_extents(text).x_advance

    def show(self, x, y, text):
        self.cr.move_to(x, y)
        self.cr.show_text(text)

    def new_page(self, first=False):
        if not first:
            self.cr.show_page()
        self.page += 1
        self.y = TOP
        self.font(8)
        self.show(LEFT, 40, HEADER)
        self.font(9)
        folio = f"- {self.page} -"
        self.show((PAGE_W - self.width(folio)) / 2, PAGE_H - 40, folio)

    def wrap(self, text, width, bold):
        """Greedy line breaking; a word that does not fit is broken after
        one of its hyphens when it has one, as word processors do."""
        self.font(SIZE, bold)
        lines, line = [], ""
        self.joins = []  # what stood between line i and line i + 1
        words = text.split(" ")
        while words:
            word = words.pop(0)
            trial = word if not line else line + " " + word
            if self.width(trial) <= width:
                line = trial
                continue
            cut = word.rfind("-", 0, len(word) - 1)
            while cut > 0:
                head = word[:cut + 1]
                if self.width(head if not line else line + " " + head) <= width:
                    break
                cut = word.rfind("-", 0, cut)
            if cut > 0:
                lines.append(head if not line else line + " " + head)
                self.joins.append("")
                words.insert(0, word[cut + 1:])
                line = ""
            elif line:
                lines.append(line)
                self.joins.append(" ")
                line = word
            else:
                lines.append(word)
                self.joins.append(" ")
        if line:
            lines.append(line)
        return lines

    def row(self, placed, x, lines):
        self.y += SPACE_BEFORE
        for i, line in enumerate(lines or [""]):
            if self.y + PITCH > PAGE_H - BOTTOM:
                self.new_page()
            self.y += PITCH
            self.font(SIZE)
            if i == 0:
                for cx, cell in placed:
                    self.show(cx, self.y, cell)
            if line:
                self.show(x, self.y, line)

    def cells(self, text):
        """A table row: cells at tab stops 100 pt apart, the last one
        wrapped in what is left of the line; cells that do not fit go to a
        row below.  Returns the text lines the reader should give back."""
        cells = text.split("\t")
        if len(cells) == 1:
            return self.paragraph("plain", "", text)
        self.font(SIZE)
        x = LEFT
        placed = []
        for k, cell in enumerate(cells[:-1]):
            if placed and x + self.width(cell) > PAGE_W - RIGHT:
                self.row(placed, x, [])
                return ["\t".join(c for _, c in placed)] + self.cells("\t".join(cells[k:]))
            placed.append((x, cell))
            x += self.width(cell) + 24
            x = LEFT + 100 * (int((x - LEFT) / 100) + 1)
        if PAGE_W - RIGHT - x < 250:
            # No room for the last cell: it goes below, as its own paragraph.
            self.row(placed, x, [])
            return ["\t".join(cells[:-1])] + self.paragraph("plain", "", cells[-1])
        self.row(placed, x, self.wrap(cells[-1], PAGE_W - RIGHT - x, False))
        return [text]

    def paragraph(self, kind, label, text):
        if kind == "cells":
            return self.cells(text)
        bold = kind == "number" and "." not in label and len(text) < 200
        if kind == "number":
            x_label, x_text = LEFT, LEFT + TAB
        elif kind == "bullet":
            x_label, x_text = LEFT + 14, LEFT + 28
        else:
            x_label, x_text = LEFT, LEFT
        lines = self.wrap(text, PAGE_W - RIGHT - x_text, bold)
        self.y += SPACE_BEFORE
        joins = self.joins
        pieces = [""]
        for i, line in enumerate(lines):
            if self.y + PITCH > PAGE_H - BOTTOM:
                self.new_page()
                # A page that ends on a sentence and a page that starts
                # with a capital cannot be told from a new paragraph: the
                # reader starts one, and so does what we expect of it.
                if i > 0 and lines[i - 1][-1:] in (".", ":", ";") and line[:1].isupper():
                    pieces.append("")
            if i > 0 and pieces[-1]:
                pieces[-1] += joins[i - 1]
            pieces[-1] += line
            self.y += PITCH
            self.font(SIZE, bold)
            if i == 0 and label:
                self.show(x_label, self.y, label)
            self.show(x_text, self.y, line)
        first = pieces[0]
        return [{"number": f"{label}\t{first}", "bullet": f"·\t{first}"}.get(kind, first)] + pieces[1:]

    def finish(self):
        self.surface.finish()


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    report, outdir = sys.argv[1], sys.argv[2]
    qpdf = sys.argv[3] if len(sys.argv) == 4 else None
    os.makedirs(outdir, exist_ok=True)

    with open(report, encoding="utf-8") as f:
        paras = paragraphs(f.read().split("\n"))

    pdf = os.path.join(outdir, "report.pdf")
    t = Typesetter(pdf)
    expected = []
    for p in paras:
        expected += t.paragraph(*p)
    t.finish()

    with open(os.path.join(outdir, "report.pdf.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(expected) + "\n")

    surface = cairo.PDFSurface(os.path.join(outdir, "scanned.pdf"), PAGE_W, PAGE_H)
    cr = cairo.Context(surface)
    for i in range(40):
        cr.rectangle(LEFT, TOP + i * 16, 300 + (i * 37) % 150, 8)
    cr.fill()
    surface.finish()

    with open(pdf, "rb") as f:
        data = f.read()
    with open(os.path.join(outdir, "truncated.pdf"), "wb") as f:
        f.write(data[: len(data) // 3])

    if qpdf:
        subprocess.run([qpdf, "--encrypt", "user", "owner", "256", "--", pdf,
                        os.path.join(outdir, "encrypted.pdf")], check=True)


if __name__ == "__main__":
    main()
