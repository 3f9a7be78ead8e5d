#!/usr/bin/env python3
"""Builds data/reference/register.csv: every UK principal local authority from 1 April 2009 to
today, with the dates it existed, predecessors and successors.

Reads (nothing else; the same inputs give the same bytes):
  - mySociety uk_local_authority_names_and_codes, data/uk_local_authorities.csv at commit
    MYSOCIETY_COMMIT (past and current councils, GSS codes, start and end dates, replaced-by);
  - ONSvisual census-population-scrolly, src/lib/poprank.js at commit ONS_COMMIT (ONS 2011 Census
    usual residents on the 2021 district geography), only to cross-check the populations summed
    here for the councils created since 2019;
  - data/reference/register-2011-2014.csv: the 433 councils of 2011-2014, kept row for row;
  - data/reference/register-ni-2015.csv: which 2015 district took over each of the 26 old ones.

Usage: scripts/build-register.py [--mysociety GIT_DIR] [--ons GIT_DIR]
Fails (exit 1, one line) when the sources disagree with each other or with what the register needs.
"""
import argparse
import csv
import datetime
import io
import json
import re
import subprocess
import sys
from pathlib import Path

MYSOCIETY_COMMIT = "67ef8b118938678401a452f4f19f669a7221cc73"
ONS_COMMIT = "35de23de7b8e221f46bb6f306514b2beabea5cfd"
REGISTER_START = datetime.date(2009, 4, 1)
ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"
COLUMNS = ["code", "name", "type", "nation", "region", "aliases", "population", "population_year",
           "population_source", "start_date", "end_date", "predecessors", "successors", "other_codes"]
COUNCIL_TYPES = {  # mySociety's type -> the register's; combined authorities and the GLA are not councils here
    "UA": "Unitary authority", "NMD": "Non-metropolitan district", "CTY": "County",
    "MD": "Metropolitan district", "LBO": "London borough", "CC": "London borough",
    "SCO": "Scottish council", "WPA": "Welsh principal area", "NID": "Northern Ireland district",
}
MYSOCIETY_CITE = ("mySociety uk_local_authority_names_and_codes data/uk_local_authorities.csv @"
                  + MYSOCIETY_COMMIT[:7])


class BuildError(Exception):
    pass


def git_show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def source_arguments(description):
    """The two fetched repositories both builds read (see the README of data/reference)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--mysociety", default="/work/.mirror/mysociety+uk_local_authority_names_and_codes/repo",
                        help="git directory of github.com/mysociety/uk_local_authority_names_and_codes")
    parser.add_argument("--ons", default="/work/.mirror/ONSvisual+census-population-scrolly/repo",
                        help="git directory of github.com/ONSvisual/census-population-scrolly")
    return parser.parse_args()


def day(text):
    return datetime.date.fromisoformat(text) if text else None


def ons_pop11(git_dir):
    """ONS 2011 Census usual residents per 2021 district code, from the ONS visual team's file."""
    text = git_show(git_dir, ONS_COMMIT, "src/lib/poprank.js")
    return {m.group(1): int(m.group(2))
            for m in re.finditer(r'"LAD": "(\w+)",.*?"POP11": (\d+)', text, re.S)}


def build(mysociety_rows, kept_rows, ni_rows, pop11):
    councils = [r for r in mysociety_rows if r["local-authority-type"] in COUNCIL_TYPES]
    by_id = {r["local-authority-code"]: r for r in councils}
    by_gss = {}
    for r in councils:
        for code in [r["gss-code"]] + [c for c in r["former-gss-codes"].split(",") if c]:
            by_gss[code] = r
    ni_successor = {r["legacy_code"]: r["successor_code"] for r in ni_rows}

    def source_of(kept):
        code = kept["code"]
        if code.startswith("95"):  # mySociety keys the 25 old districts NIR-A..NIR-Y in the 95A..95Y order
            return by_id.get("NIR-" + code[2]) if code != "95Z" else None
        return by_gss.get(code)

    out = {}
    matched = set()
    for kept in kept_rows:
        src = source_of(kept)
        row = dict(kept)
        if kept["code"].startswith("95"):
            if src is not None and src["nice-name"].split()[0] not in kept["name"]:
                raise BuildError(f"{kept['code']} {kept['name']} does not match mySociety {src['nice-name']}")
            row["start_date"] = ""
            row["end_date"] = "2015-03-31"  # all 26 were dissolved; the 11 started on 1 April 2015
            row["successors"] = ni_successor[kept["code"]]
            row["other_codes"] = ""
        else:
            if src is None:
                raise BuildError(f"{kept['code']} {kept['name']} is not in mySociety's list")
            matched.add(src["local-authority-code"])
            row.update(dates_and_codes(src, kept["code"]))
        out[kept["code"]] = row
        if src is not None:
            matched.add(src["local-authority-code"])

    for src in councils:  # the councils created since 2011
        if src["local-authority-code"] in matched:
            continue
        start = day(src["start-date"])
        if start is None or start < REGISTER_START:
            raise BuildError(f"{src['local-authority-code']} {src['official-name']} is neither in the "
                             "2011-2014 register nor started after 1 April 2009")
        row = {
            "code": src["gss-code"], "name": src["official-name"],
            "type": COUNCIL_TYPES[src["local-authority-type"]], "nation": src["nation"],
            "region": src["region"] if src["nation"] == "England" else "",
            "aliases": "|".join(aliases(src)),
        }
        row.update(dates_and_codes(src, src["gss-code"]))
        out[row["code"]] = row

    # successors come from mySociety's replaced-by (its own keys) except NI's, set above
    for row in out.values():
        src = by_gss.get(row["code"])
        if src is not None and src["replaced-by"]:
            row["successors"] = "|".join(by_id[k]["gss-code"] for k in src["replaced-by"].split(","))
        row.setdefault("successors", "")
    for row in out.values():
        row["predecessors"] = "|".join(sorted(c for c, r in out.items() if row["code"] in r["successors"].split("|")))
    for row in out.values():
        check_dates(row, out)

    new_populations(out, mysociety_rows, pop11)
    return [out[c] for c in sorted(out)]


def dates_and_codes(src, code):
    start = day(src["start-date"])
    codes = [src["gss-code"]] + [c for c in src["former-gss-codes"].split(",") if c]
    return {
        # mySociety gives placeholder starts (2005-06-18, 1997-04-01) for councils older than its
        # list; before 1 April 2009 only "existed then" matters, so those are left empty
        "start_date": start.isoformat() if start and start >= REGISTER_START else "",
        "end_date": src["end-date"],  # normalised to the last day in check_dates
        "other_codes": "|".join(c for c in codes if c != code),
    }


def check_dates(row, out):
    """An abolished council's last day is the day before its successors started; mySociety writes
    either that day or the successors' first day, so both are accepted and the last day kept."""
    if not row["end_date"]:
        if row["successors"]:
            raise BuildError(f"{row['code']} has successors but no end date")
        return
    if not row["successors"]:
        raise BuildError(f"{row['code']} {row['name']} ended {row['end_date']} with no successor")
    starts = {out[s]["start_date"] for s in row["successors"].split("|")}
    if len(starts) != 1:
        raise BuildError(f"{row['code']}'s successors started on different days {starts}")
    first = day(starts.pop())
    last = first - datetime.timedelta(days=1)
    if day(row["end_date"]) not in (first, last):
        raise BuildError(f"{row['code']} ends {row['end_date']} but its successors start {first}")
    row["end_date"] = last.isoformat()


def aliases(src):
    """mySociety's short and alternative names, without its lower-case copies and the name itself."""
    seen = {src["official-name"].lower()}
    names = []
    # names are separated by a bare comma; a comma inside a name is followed by a space
    for name in [src["nice-name"]] + re.split(r",(?! )", src["alt-names"]):
        name = name.strip()
        if name and name != name.lower() and name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
    return names


def new_populations(out, mysociety_rows, pop11):
    """New English councils: the 2011 Census figures of the districts and unitaries they replaced
    (each is an exact union of them), checked against ONS's own 2011 figure where it has one.
    Northern Ireland's 11: mySociety's pop-2020, marked approximate."""
    pop2020 = {r["gss-code"]: r["pop-2020"] for r in mysociety_rows}

    def census_2011(code):
        row = out[code]
        if row.get("population"):
            return int(row["population"])
        parts = [p for p in row["predecessors"].split("|") if out[p]["type"] != "County"]
        if not parts:
            raise BuildError(f"{code} has no district or unitary predecessor to sum")
        total = sum(census_2011(p) for p in parts)
        if code in pop11 and pop11[code] != total:
            raise BuildError(f"{code}: predecessors sum to {total}, ONS 2011 gives {pop11[code]}")
        row["population"] = str(total)
        row["population_year"] = "2011"
        row["population_source"] = (
            "ONS 2011 Census usual residents, the sum of the predecessors " + " + ".join(parts)
            + " in this register"
            + (" (equal to ONS's own 2011 figure for " + code + " in github.com/ONSvisual/"
               "census-population-scrolly src/lib/poprank.js)" if code in pop11 else ""))
        return total

    for code, row in out.items():
        if row.get("population"):
            continue
        if row["nation"] == "England":
            census_2011(code)
        elif row["nation"] == "Northern Ireland":
            row["population"] = str(int(float(pop2020[code])))
            row["population_year"] = "2020"
            row["population_source"] = (
                "approximate, not verified: mid-2020 figure from the pop-2020 column of "
                + MYSOCIETY_CITE + ", which does not say where it comes from")
        else:
            raise BuildError(f"{code} {row['name']}: no population source for {row['nation']}")


def check_aliases(rows):
    """On every day the set changed, no alias or code may belong to two councils in force."""
    changes = sorted({r["start_date"] for r in rows if r["start_date"]} | {REGISTER_START.isoformat()})
    for date in changes:
        owner = {}
        for r in rows:
            if (r["start_date"] or "0") <= date and (not r["end_date"] or r["end_date"] >= date):
                keys = [r["name"], r["code"]] + r["aliases"].split("|") + r["other_codes"].split("|")
                for key in filter(None, (k.lower() for k in keys)):
                    if owner.setdefault(key, r["code"]) != r["code"]:
                        raise BuildError(f"on {date} '{key}' names both {owner[key]} and {r['code']}")


def main():
    args = source_arguments(__doc__.splitlines()[0])
    try:
        mysociety = read_csv(git_show(args.mysociety, MYSOCIETY_COMMIT, "data/uk_local_authorities.csv"))
        kept = read_csv((REFERENCE / "register-2011-2014.csv").read_text(encoding="utf-8"))
        ni = read_csv((REFERENCE / "register-ni-2015.csv").read_text(encoding="utf-8"))
        rows = build(mysociety, kept, ni, ons_pop11(args.ons))
        check_aliases(rows)
    except (BuildError, subprocess.CalledProcessError, KeyError) as e:
        print(f"build-register: {e}", file=sys.stderr)
        return 1
    write_csv(REFERENCE / "register.csv", COLUMNS, rows)
    print(json.dumps({"rows": len(rows)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
