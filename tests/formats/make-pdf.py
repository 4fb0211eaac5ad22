#!/usr/bin/python3
# make-pdf.py
#
# Copyright 2026 The Rapporteur authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Typesets a bundled report as a PDF, the way ITU's Word template prints it.

    make-pdf.py REPORT.txt OUTDIR [QPDF]

Writes, with python3-cairo:
  report.pdf            A4 pages: numbered paragraphs with the number at the
                        margin and the text at a tab stop (hanging indent),
                        bullets, table rows with cells at tab stops, footnote
                        numbers raised after their word and the notes at the
                        foot of the page, a running header and a page number
                        on every page, lines broken after hyphens when a word
                        does not fit;
  report.pdf.txt        the text the PDF reader must give back: the report's
                        paragraphs in reading order, footnotes "[N: text]"
                        after the last paragraph of their page;
  scanned.pdf           a page with a picture and no text;
  ligatures.pdf         "ﬁnancial ﬂows" set with ligature characters;
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
SUP_SIZE = 6.0
SUP_RISE = 3.5
NOTE_SIZE = 8.0
NOTE_PITCH = 10.0
PITCH = 12.5
SPACE_BEFORE = 6.0
TAB = 42.5
HEADER = "CWG-Internet 18/4 – ITU Internet activities"

NUMBER_RE = re.compile(r"^\s*(\d+(?:\.\d+)*)\t(.*)$")
BOOKMARK_RE = re.compile(r"\[bookmark: [^\]]*\]")
NOTE_BODY_RE = re.compile(r"\s*\[(\d+):\s*([^\]]*?)\]\s*$")
NOTE_REF_RE = re.compile(r"\[footnoteRef:(\d+)\]")
MARK_RE = re.compile(r"(\[footnoteRef:\d+\])")


def paragraphs(lines):
    """(kind, label, text, notes) for each non-empty report line; notes
    maps the footnote numbers referenced in text to their text."""
    # A footnote body the text conversion broke over two lines is one.
    joined = []
    for line in lines:
        if joined and re.search(r"\[\d+:[^\]]*$", joined[-1]):
            joined[-1] = joined[-1].rstrip() + " " + line
        else:
            joined.append(line)

    out = []
    for line in joined:
        line = BOOKMARK_RE.sub("", line)
        notes = {}
        m = NOTE_BODY_RE.search(line)
        while m and NOTE_REF_RE.search(line[:m.start()]):
            notes[m.group(1)] = " ".join(m.group(2).split())
            line = line[:m.start()]
            m = NOTE_BODY_RE.search(line)
        # References without a body are not printed.
        line = NOTE_REF_RE.sub(lambda r: r.group(0) if r.group(1) in notes else "", line)
        m = NUMBER_RE.match(line)
        if m:
            out.append(("number", m.group(1), " ".join(m.group(2).split()), notes))
        elif re.match(r"^[·•][ \t]", line) or line.startswith("–\t"):
            out.append(("bullet", "•", " ".join(line[2:].split()), notes))
        elif "\t" in line.strip():
            cells = [" ".join(c.split()) for c in line.split("\t")]
            out.append(("cells", "", "\t".join(c for c in cells if c), notes))
        elif line.strip():
            out.append(("plain", "", " ".join(line.split()), notes))
    return out


class Typesetter:
    def __init__(self, path):
        self.surface = cairo.PDFSurface(path, PAGE_W, PAGE_H)
        self.cr = cairo.Context(self.surface)
        self.page = 0
        self.expected = []   # the reader's lines, as far as they are known
        self.current = None  # the paragraph being set, not yet in expected
        self.lines_done = 0  # of that paragraph
        self.notes = []      # (number, wrapped lines) for this page's foot
        self.reserved = 0.0  # height the notes take at the foot
        self.next_note = 1
        self.new_page(first=True)

    def font(self, size, bold=False):
        self.cr.select_font_face(FONT, cairo.FONT_SLANT_NORMAL,
                                 cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        self.cr.set_font_size(size)

    def width(self, text, size=SIZE, bold=False):
        """Width of text with raised footnote numbers."""
        total = 0.0
        for piece in MARK_RE.split(text):
            m = NOTE_REF_RE.fullmatch(piece)
            self.font(SUP_SIZE if m else size, bold)
            total += self.cr.text_extents(m.group(1) if m else piece).x_advance
        self.font(size, bold)
        return total

    def show(self, x, y, text, size=SIZE, bold=False):
        self.cr.move_to(x, y)
        for piece in MARK_RE.split(text):
            m = NOTE_REF_RE.fullmatch(piece)
            if m:
                px, py = self.cr.get_current_point()
                self.font(SUP_SIZE, bold)
                self.cr.move_to(px, py - SUP_RISE)
                self.cr.show_text(m.group(1))
                px, _ = self.cr.get_current_point()
                self.cr.move_to(px, py)
            elif piece:
                self.font(size, bold)
                self.cr.show_text(piece)
        self.font(size, bold)

    def flush_notes(self):
        """The page's footnotes at its foot, and in the expected text after
        what the page holds."""
        if not self.notes:
            return
        y = PAGE_H - BOTTOM - self.reserved
        self.cr.set_line_width(0.5)
        self.cr.move_to(LEFT, y)
        self.cr.line_to(LEFT + 150, y)
        self.cr.stroke()
        y += 4
        if self.current is not None and self.lines_done > 0:
            self.expected.append(self.current)
            self.current = ""
        for number, lines, text in self.notes:
            for i, line in enumerate(lines):
                y += NOTE_PITCH
                if i == 0:
                    self.show(LEFT, y, f"[footnoteRef:{number}]", NOTE_SIZE)
                self.show(LEFT + 10, y, line, NOTE_SIZE)
            self.expected.append(f"[{number}: {text}]")
        self.notes = []
        self.reserved = 0.0

    def new_page(self, first=False):
        if not first:
            self.flush_notes()
            self.cr.show_page()
        self.page += 1
        self.y = TOP
        self.font(8)
        self.show(LEFT, 40, HEADER, 8)
        folio = f"- {self.page} -"
        self.show((PAGE_W - self.width(folio, 9)) / 2, PAGE_H - 40, folio, 9)

    def wrap(self, text, width, size=SIZE, bold=False):
        """Greedy line breaking; a word that does not fit is broken after
        one of its hyphens when it has one, as word processors do.  Sets
        self.joins to what stood between line i and line i + 1."""
        lines, line = [], ""
        self.joins = []
        words = text.split(" ")
        while words:
            word = words.pop(0)
            trial = word if not line else line + " " + word
            if self.width(trial, size, bold) <= width:
                line = trial
                continue
            cut = word.rfind("-", 0, len(word) - 1)
            while cut > 0:
                head = word[:cut + 1]
                if self.width(head if not line else line + " " + head, size, bold) <= width:
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

    def place(self, lines, joins, draw, notes, prefix=""):
        """Sets the lines of one paragraph, page by page; @draw(i, line)
        shows line i at self.y.  The expected text gets the paragraph, cut
        where the reader cannot know it goes on."""
        self.y += SPACE_BEFORE
        self.current = prefix
        self.lines_done = 0
        for i, line in enumerate(lines):
            refs = [n for n in NOTE_REF_RE.findall(line)]
            note_lines = []
            for n in refs:
                wrapped = self.wrap(notes[n], PAGE_W - RIGHT - LEFT - 10, NOTE_SIZE)
                note_lines.append((n, wrapped))
            need = sum(len(w) * NOTE_PITCH for _, w in note_lines) + (8 if note_lines and not self.notes else 0)
            if self.y + PITCH > PAGE_H - BOTTOM - self.reserved - need:
                before = len(self.expected)
                self.new_page()
                # A page that ends on a sentence and a page that starts
                # with a capital cannot be told from a new paragraph: the
                # reader starts one, and so does what we expect of it.
                # (Footnotes between the two parts cut it anyway.)
                if (i > 0 and len(self.expected) == before and lines[i - 1][-1:] in (".", ":", ";")
                        and line[:1].isupper()):
                    self.expected.append(self.current)
                    self.current = ""
            self.y += PITCH
            draw(i, line)
            if i > 0 and self.current:
                self.current += joins[i - 1]
            self.current += line
            self.lines_done += 1
            for n, wrapped in note_lines:
                if not self.notes:
                    self.reserved += 8
                self.notes.append((n, wrapped, notes[n]))
                self.reserved += len(wrapped) * NOTE_PITCH
        self.expected.append(self.current)
        self.current = None

    def renumber(self, text, notes):
        """Footnotes print as 1, 2... in the order they are referenced."""
        shown = {}
        for n in NOTE_REF_RE.findall(text):
            shown[n] = str(self.next_note)
            self.next_note += 1
        text = NOTE_REF_RE.sub(lambda r: f"[footnoteRef:{shown[r.group(1)]}]", text)
        return text, {shown[n]: notes[n] for n in shown}

    def cells(self, text, notes):
        """A table row: cells at tab stops 100 pt apart, the last one
        wrapped in what is left of the line; cells that do not fit go to a
        row below."""
        cells = text.split("\t")
        if len(cells) == 1:
            return self.paragraph("plain", "", text, notes)
        x = LEFT
        placed = []
        for k, cell in enumerate(cells[:-1]):
            if placed and x + self.width(cell) > PAGE_W - RIGHT:
                self.place([""], [], lambda i, line: [self.show(cx, self.y, c) for cx, c in placed], {},
                           "\t".join(c for _, c in placed))
                return self.cells("\t".join(cells[k:]), notes)
            placed.append((x, cell))
            x += self.width(cell) + 24
            x = LEFT + 100 * (int((x - LEFT) / 100) + 1)
        if PAGE_W - RIGHT - x < 250:
            # No room for the last cell: it goes below, as its own paragraph.
            self.place([""], [], lambda i, line: [self.show(cx, self.y, c) for cx, c in placed], {},
                       "\t".join(cells[:-1]))
            return self.paragraph("plain", "", cells[-1], notes)
        lines = self.wrap(cells[-1], PAGE_W - RIGHT - x)

        def draw(i, line):
            if i == 0:
                for cx, cell in placed:
                    self.show(cx, self.y, cell)
            self.show(x, self.y, line)
        self.place(lines, self.joins, draw, notes, "\t".join(cells[:-1]) + "\t")

    def paragraph(self, kind, label, text, notes):
        text, notes = self.renumber(text, notes)
        if kind == "cells":
            return self.cells(text, notes)
        bold = kind == "number" and "." not in label and len(text) < 200
        if kind == "number":
            x_label, x_text, prefix = LEFT, LEFT + TAB, f"{label}\t"
        elif kind == "bullet":
            x_label, x_text, prefix = LEFT + 14, LEFT + 28, "·\t"
        else:
            x_label, x_text, prefix = LEFT, LEFT, ""
        lines = self.wrap(text, PAGE_W - RIGHT - x_text, SIZE, bold)

        def draw(i, line):
            if i == 0 and label:
                self.show(x_label, self.y, label, SIZE, bold)
            self.show(x_text, self.y, line, SIZE, bold)
        self.place(lines, self.joins, draw, notes, prefix)

    def finish(self):
        self.flush_notes()
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
    for p in paras:
        t.paragraph(*p)
    t.finish()

    with open(os.path.join(outdir, "report.pdf.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(line for line in t.expected if line) + "\n")

    surface = cairo.PDFSurface(os.path.join(outdir, "scanned.pdf"), PAGE_W, PAGE_H)
    cr = cairo.Context(surface)
    for i in range(40):
        cr.rectangle(LEFT, TOP + i * 16, 300 + (i * 37) % 150, 8)
    cr.fill()
    surface.finish()

    surface = cairo.PDFSurface(os.path.join(outdir, "ligatures.pdf"), PAGE_W, PAGE_H)
    cr = cairo.Context(surface)
    cr.select_font_face(FONT)
    cr.set_font_size(SIZE)
    cr.move_to(LEFT, TOP)
    cr.show_text("2.4\u2003The ﬁnancial ﬂows were aﬀected.")
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
