#!/usr/bin/env python3
"""Builds data/reference/populations.csv: the population figures of other years than the one in
register.csv, so that a survey's rates per 100,000 use the figure nearest its period
(Register.forPeriod chooses; see README-register.md, "Populations").

Reads (nothing else; the same inputs give the same bytes):
  - data/reference/register.csv: the councils, their predecessors and their 2011 figures;
  - ONSvisual census-population-scrolly, src/lib/poprank.js at commit ONS_COMMIT: ONS's Census 2021
    usual residents (POP21, rounded to the nearest hundred as ONS first published them) and 2011
    Census figures (POP11) for the 331 districts and unitaries of England and Wales of 2021, with
    each district's county;
  - mySociety uk_local_authority_names_and_codes, data/uk_local_authorities.csv at commit
    MYSOCIETY_COMMIT: its pop-2020 column, used only for the 32 Scottish councils (marked
    approximate: mySociety does not say where the column comes from).

Usage: scripts/build-populations.py [--mysociety GIT_DIR] [--ons GIT_DIR]
Fails (exit 1, one line) when a figure cannot be placed or a cross-check disagrees.
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"
COLUMNS = ["code", "year", "population", "source"]
# ONS gives Census 2021 figures on the councils in force from 1 April 2021 (North and West
# Northamptonshire, not their predecessors abolished ten days after census day).
GEOGRAPHY_2021 = "2021-04-01"

_spec = importlib.util.spec_from_file_location("build_register", ROOT / "scripts" / "build-register.py")
register_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(register_build)
BuildError = register_build.BuildError
ONS_CITE = ("ONS Census 2021 usual residents (rounded to the nearest 100) from github.com/ONSvisual/"
            "census-population-scrolly src/lib/poprank.js @" + register_build.ONS_COMMIT[:7])


def ons_districts(git_dir):
    """code -> (county name or '0', POP11, POP21) for the districts and unitaries of 2021."""
    text = register_build.git_show(git_dir, register_build.ONS_COMMIT, "src/lib/poprank.js")
    districts = {}
    for block in re.findall(r"\{[^{}]*\}", text):
        field = dict(re.findall(r'"(\w+)": "?([^",\n]*)"?', block))
        # Welsh rows have no COUNTY
        districts[field["LAD"]] = (field.get("COUNTY", "0"), int(field["POP11"]), int(field["POP21"]))
    return districts


def build(register, districts, mysociety_rows):
    out = []
    by_code = {r["code"]: r for r in register}

    def census_2021(code):
        """A council of 2021 is in ONS's list; one created in 2023 is the sum of its non-county
        predecessors (each an exact union of 2021 districts)."""
        for c in [code] + [c for c in by_code[code]["other_codes"].split("|") if c]:
            if c in districts:  # ONS recoded some districts after boundary changes
                return districts[c][2], "" if c == code else f" (as {c})"
        parts = [p for p in by_code[code]["predecessors"].split("|") if p and by_code[p]["type"] != "County"]
        if not parts or any(p not in districts for p in parts):
            raise BuildError(f"{code} {by_code[code]['name']}: no 2021 figure and no 2021 districts to sum")
        return sum(districts[p][2] for p in parts), ", the sum of its predecessors " + " + ".join(parts)

    for r in register:
        code, start, end = r["code"], r["start_date"], r["end_date"]
        if r["nation"] not in ("England", "Wales"):
            continue
        existed_2021 = (not start or start <= GEOGRAPHY_2021) and (not end or end >= GEOGRAPHY_2021)
        if r["type"] == "County":
            members = sorted(c for c, d in districts.items() if d[0] + " County Council" == r["name"])
            if not existed_2021 or not members:
                continue
            pop11 = sum(districts[c][1] for c in members)
            if pop11 != int(r["population"]):
                raise BuildError(f"{code} {r['name']}: its 2021 districts' 2011 figures sum to {pop11}, "
                                 f"the register's 2011 figure is {r['population']}")
            out.append({"code": code, "year": "2021", "population": str(sum(districts[c][2] for c in members)),
                        "source": ONS_CITE + ", the sum of its districts " + " + ".join(members)
                        + " (their 2011 figures sum to the register's)"})
        elif existed_2021 or (start and start > GEOGRAPHY_2021):
            population, how = census_2021(code)
            out.append({"code": code, "year": "2021", "population": str(population), "source": ONS_CITE + how})

    pop2020 = {r["gss-code"]: r["pop-2020"] for r in mysociety_rows}
    for r in register:
        if r["nation"] == "Scotland":
            codes = [r["code"]] + [c for c in r["other_codes"].split("|") if c]
            figure = next((pop2020[c] for c in codes if pop2020.get(c)), None)
            if figure is None:
                raise BuildError(f"{r['code']} {r['name']}: no pop-2020 in mySociety's list")
            out.append({"code": r["code"], "year": "2020", "population": str(int(float(figure))),
                        "source": "approximate, not verified: mid-2020 figure from the pop-2020 column of "
                        + register_build.MYSOCIETY_CITE + ", which does not say where it comes from"})
    return sorted(out, key=lambda row: (row["code"], row["year"]))


def main():
    args = register_build.source_arguments(__doc__.splitlines()[0])
    try:
        register = register_build.read_csv((REFERENCE / "register.csv").read_text(encoding="utf-8"))
        mysociety = register_build.read_csv(register_build.git_show(
            args.mysociety, register_build.MYSOCIETY_COMMIT, "data/uk_local_authorities.csv"))
        rows = build(register, ons_districts(args.ons), mysociety)
    except (BuildError, register_build.subprocess.CalledProcessError, KeyError, OSError) as e:
        print(f"build-populations: {e}", file=sys.stderr)
        return 1
    register_build.write_csv(REFERENCE / "populations.csv", COLUMNS, rows)
    print(json.dumps({"rows": len(rows), "by_year": {y: sum(1 for r in rows if r["year"] == y)
                                                      for y in sorted({r["year"] for r in rows})}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
