#!/usr/bin/env python3
"""enterprises.csv (simulate --out) -> the same rows plus search_text, folded like vn.binhyen.shared.Text.fold
(NFD, marks removed, đ -> d, lower case, single spaces) over "tax_code name trade_name"."""
import csv, re, sys, unicodedata

spaces = re.compile(r"\s+")

def fold(text):
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M"))
    return spaces.sub(" ", bare.replace("đ", "d").replace("Đ", "D").lower()).strip()

reader = csv.reader(sys.stdin)
writer = csv.writer(sys.stdout, lineterminator="\n")
header = next(reader)
writer.writerow(header + ["search_text"])
for row in reader:
    r = dict(zip(header, row))
    writer.writerow(row + [fold(f"{r['tax_code']} {r['name']} {r['trade_name']}")])
