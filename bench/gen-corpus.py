#!/usr/bin/python3
# gen-corpus.py
#
# Copyright 2026 The Rapporteur authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic synthetic report corpus for benchmarks.

Writes reports of the two families Rapporteur reads, with the structure of
the real ones (docs/extraction-rules.md): "ITU Internet activities" reports
(numbered paragraphs, bullets, lead sentences, curly and straight quotes,
Word noise, footnotes, stated counts) and ITU-T reports to the MoU/MG
(markdown links, escaped parentheses, parts headed by R09/06-style codes,
work items with (Qn/SG) tags).  The same arguments always give the same
bytes.

    bench/gen-corpus.py OUTDIR --scale N        # N reports of each family
    bench/gen-corpus.py OUTDIR --megabytes 100  # about 100 MB in all

Prints one line per file (path, family, bytes) and writes OUTDIR/MANIFEST.tsv
with the same columns.  Python standard library only.
"""

import argparse
import os
import random
import sys

SERIES = ["Y", "X", "H", "F", "Q", "J", "L", "G", "E", "P", "T", "M"]
GROUP_OF_SERIES = {"Y": 13, "X": 17, "H": 16, "F": 16, "Q": 11, "J": 9,
                   "L": 5, "G": 15, "E": 2, "P": 12, "T": 16, "M": 2}
WORDS = ("requirements framework architecture security network services data "
         "management cloud computing quantum key distribution smart cities "
         "Internet of things machine learning signalling protocol testing "
         "multimedia vehicle energy efficiency monitoring interoperability "
         "blockchain digital twin edge performance quality assessment").split()
STATUS_VERBS = ["approved", "consented", "determined", "agreed",
                "started approval of", "started new work on", "is progressing"]
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven",
                "eight", "nine", "ten", "eleven", "twelve"]
TOPICS = ["Healthcare Informatics", "Digital Identity", "Artificial Intelligence",
          "Internet of Things", "API", "Circular economy", "Semantic harmonization",
          "Big Data for e-business", "Traceability", "Quantum technologies"]


def title(rng):
    n = rng.randint(4, 12)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words)


def rec_id(rng, series=None):
    s = series or rng.choice(SERIES)
    r = rng.random()
    if r < 0.70:
        return s, "%s.%d" % (s, rng.randint(100, 4999))
    if r < 0.80:
        return s, "%s.%d.%d" % (s, rng.randint(100, 999), rng.randint(1, 30))
    if r < 0.87:
        return s, "%s.Suppl.%d" % (s, rng.randint(1, 90))
    if r < 0.93:
        return s, "%s.%d Amd.%d" % (s, rng.randint(100, 4999), rng.randint(1, 5))
    return s, "%s.%s-%s" % (s, rng.choice(WORDS)[:4].upper(), rng.choice(WORDS)[:5])


def quote(rng, text):
    return rng.choice(["\u201c%s\u201d", "\"%s\"", "\u201c%s\u201d"]) % text


def internet_activities(rng, index, target):
    out = []
    year = 2017 + index % 8
    month = rng.choice(["January", "February", "March", "July", "September"])
    conf = rng.choice(["Busan, 2014", "Dubai, 2018", "Bucharest, 2022"])
    out.append(" \tPurpose")
    out.append("This report summarizes ITU\u2019s activities related to Plenipotentiary Conference (PP) "
               "Resolution 101 (Rev. %s), %s; Resolution\u00a0102 (Rev. %s), %s; Resolution 133, "
               "180 and 206." % (conf, quote(rng, "Internet Protocol-based networks"), conf,
                                 quote(rng, "ITU\u2019s role with regard to international public policy issues")))
    out.append("Action required")
    out.append("In line with Resolution 102 (Rev. %s), CWG-Internet is invited to consider the "
               "activities." % conf)
    out.append("____________________________________")
    out.append(" 1\tIntroduction")
    out.append("[bookmark: _Hlt%d][bookmark: _Hlt%d]This report describes ITU\u2019s activities related to "
               "Resolutions 101, 102, 133, 180 and 206 for the reporting period from %s %d till date."
               % (rng.randint(10**8, 10**9), rng.randint(10**8, 10**9), month, year))
    out.append("2\tActivities related to Internet Protocol (IP) networks, the development of "
               "next-generation networks (NGN) and future Internet")
    out.append("More than %d\u00a0new/revised ITU-T Recommendations and other texts[footnoteRef:1] have been "
               "approved from 1\u00a0March %d to 20 April %d.  [1:  These are the total number of texts.] "
               % (rng.randint(100, 400), year, year + 1))
    size = sum(len(line) + 1 for line in out)
    sub = 0
    while size < target:
        sub += 1
        number = "2.%d" % sub
        lines = []
        sgs = sorted(rng.sample([2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20], 3))
        lines.append("%s\t%s: In total, %d Recommendations were approved by ITU-T SGs %d, %d and %d. "
                     "%s Supplement was agreed by SG%d, and %s draft Recommendations are under approval "
                     "in SGs %d and %d. More information is available below:"
                     % (number, title(rng)[:30], rng.randint(2, 40), sgs[0], sgs[1], sgs[2],
                        rng.choice(NUMBER_WORDS).capitalize(), sgs[0], rng.choice(NUMBER_WORDS),
                        sgs[1], sgs[2]))
        for k in range(rng.randint(2, 6)):
            s = rng.choice(SERIES)
            sg = GROUP_OF_SERIES[s]
            verb = rng.choice(STATUS_VERBS)
            if rng.random() < 0.5:
                # lead sentence and bullets
                n = rng.randint(2, 8)
                lines.append("%s.%d\tITU-T SG%d %s %s Recommendations:" %
                             (number, k + 1, sg, verb, NUMBER_WORDS[n - 1]))
                bullet = rng.choice(["\u00b7 ", "\u2013\t", "\u2022\t", "- "])
                for _ in range(n):
                    _, ident = rec_id(rng, s)
                    lines.append("%sITU-T %s%s %s;" % (bullet, ident,
                                                      " (revised)" if rng.random() < 0.2 else "",
                                                      quote(rng, title(rng))))
            else:
                items = []
                for _ in range(rng.randint(1, 5)):
                    _, ident = rec_id(rng, s)
                    items.append("ITU-T %s %s" % (ident, quote(rng, title(rng))))
                lines.append("%s.%d\tITU-T SG%d %s Recommendations %s." %
                             (number, k + 1, sg, verb, "; ".join(items)))
                if rng.random() < 0.3:
                    _, ident = rec_id(rng, s)
                    lines.append("Draft Recommendation ITU-T %s %s is under approval (Q%d/%d)."
                                 % (ident, quote(rng, title(rng)), rng.randint(1, 30), sg))
        if rng.random() < 0.3:
            lines.append("%s.%d\tA separate report is presented as Document C%d/%d." %
                         (number, 9, year % 100, rng.randint(10, 90)))
        for line in lines:
            out.append(line)
            size += len(line.encode("utf-8")) + 1
    out.append("3\tIPv6")
    out.append("3.1\tBDT is providing assistance on IPv6 test bed implementation.")
    out.append("7\tOTT")
    out.append("7.1\tITU-T SG3 is currently working on two Technical Reports on OTTs.")
    return "\n".join(out) + "\n"


def mou_mg(rng, index, target):
    out = []
    meeting = 40 + index % 30
    year = 2018 + index % 8
    out.append("MoU/MG \"ISO-IEC-ITU-UNECE Memorandum of Understanding on e-Business Management Group\"")
    out.append("")
    out.append("Report of ITU-T to %dth MoU/MG meeting 17-18 January %d - ITU-T report on MoU/MG "
               "Resolutions and actions for ITU-T" % (meeting, year))
    out.append("")
    out.append("Date of meeting: 17-18 January %d, hybrid" % year)
    out.append("")
    out.append("Report of ITU-T to %dth MoU/MG meeting**ITU-T report***By the ITU-T representative"
               "**Section 5.2 - ITU-T report:****Resolution R09/06**" % meeting)
    size = sum(len(line) + 1 for line in out)
    part = 0
    while size < target:
        part += 1
        code = "%s%02d/%02d" % (rng.choice("RA"), rng.randint(9, 23), part % 100)
        lines = ["", "Resolution %s" % code, "",
                 "%s\t%s\tThe MoU/MG invites ITU-T SG %d to coordinate its work (in progress)."
                 % (code, rng.choice(TOPICS), rng.choice([13, 16, 17, 20])),
                 "--------\t------------------------\t--", ""]
        for _ in range(rng.randint(3, 10)):
            s = rng.choice(SERIES)
            _, ident = rec_id(rng, s)
            t = title(rng)
            if rng.random() < 0.7:
                lines.append("[Recommendation ITU-T %s%s \"%s\"](#) describes %s, based on [ITU-T %s]."
                             % (ident, " \\(revised\\)" if rng.random() < 0.2 else "", t,
                                " ".join(rng.choice(WORDS) for _ in range(30)), rec_id(rng)[1]))
            else:
                lines.append("Draft Recommendation ITU-T %s \u201c%s\u201d (under approval): %s."
                             % (ident, t, " ".join(rng.choice(WORDS) for _ in range(25))))
            lines.append("")
        lines.append("Work items under development:")
        lines.append("")
        for _ in range(rng.randint(1, 5)):
            s = rng.choice(SERIES)
            lines.append("- Draft [%s.%s-%s](#) \u201c%s\u201d (Q%d/%d)"
                         % (s, rng.choice(WORDS)[:3].upper(), rng.choice(WORDS)[:4], title(rng),
                            rng.randint(1, 30), GROUP_OF_SERIES[s]))
        for line in lines:
            out.append(line)
            size += len(line.encode("utf-8")) + 1
    return "\n".join(out) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--scale", type=int, help="number of reports of each family")
    how.add_argument("--megabytes", type=float, help="total size to write, in MB (10^6 bytes)")
    parser.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    parser.add_argument("--report-kilobytes", type=int, default=200,
                        help="approximate size of one report (default 200)")
    parser.add_argument("--family", choices=["both", "internet-activities", "mou-mg"], default="both")
    args = parser.parse_args(argv)

    os.makedirs(args.outdir, exist_ok=True)
    target = args.report_kilobytes * 1000
    families = ["internet-activities", "mou-mg"] if args.family == "both" else [args.family]
    limit_bytes = args.megabytes * 1e6 if args.megabytes is not None else None
    limit_reports = (args.scale if args.scale is not None else 1) * len(families)
    if limit_bytes is not None:
        limit_reports = None

    written = 0
    index = 0
    manifest = []
    while True:
        if limit_reports is not None and index >= limit_reports:
            break
        if limit_bytes is not None and written >= limit_bytes:
            break
        family = families[index % len(families)]
        rng = random.Random("%d/%d/%s" % (args.seed, index, family))
        this_target = rng.randint(target // 2, target * 3 // 2)
        if limit_bytes is not None:
            this_target = int(max(1000, min(this_target, limit_bytes - written)))
        text = (internet_activities if family == "internet-activities" else mou_mg)(rng, index, this_target)
        data = text.encode("utf-8")
        name = "synthetic-%05d-%s.txt" % (index, "ia" if family == "internet-activities" else "moumg")
        path = os.path.join(args.outdir, name)
        with open(path, "wb") as f:
            f.write(data)
        manifest.append((path, family, len(data)))
        print("%s\t%s\t%d" % (path, family, len(data)))
        written += len(data)
        index += 1

    with open(os.path.join(args.outdir, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tfamily\tbytes\n")
        for path, family, size in manifest:
            f.write("%s\t%s\t%d\n" % (os.path.basename(path), family, size))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
