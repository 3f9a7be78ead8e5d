#!/usr/bin/env python3
"""Writes data/sample-recent/: a few councils' answers to the same request for 1 April 2019 to
31 March 2022, in the forms councils send (CSV log, workbook summary, workbook year totals, text
letter), including a council abolished in 2020 and one merged in 2015. Notes and the expected
figures are in data/SAMPLE-RECENT.md; RecentPeriodJobTest runs the job on it.

Python 3 standard library only; the workbooks are minimal Office Open XML written with zipfile
(inline strings, fixed timestamps), so the same script gives the same bytes.
Usage: scripts/make-sample-recent.py [--out DIR]
"""
import argparse
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
STAMP = (2022, 5, 3, 9, 0, 0)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""


def column(i):
    return chr(ord("A") + i)


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    out.append("</sheetData></worksheet>")
    return "\n".join(out)


def write_xlsx(path, sheet, rows):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("xl/workbook.xml", WORKBOOK.format(name=escape(sheet))),
                           ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                           ("xl/worksheets/sheet1.xml", sheet_xml(rows))]:
            z.writestr(zipfile.ZipInfo(name, STAMP), text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "data" / "sample-recent"))
    out = Path(parser.parse_args().out)
    (out / "northern-ireland").mkdir(parents=True, exist_ok=True)

    # Harrogate: a CSV log, the council named on its first line; 8 breaches (15 in 2011-2014)
    (out / "harrogate-bc-foi-2022-0412.csv").write_text(
        "Harrogate Borough Council - data protection breaches 1 April 2019 to 31 March 2022\n"
        "Date of incident,Description,Action taken,Reported to ICO\n"
        "14/05/2019,Email containing a tenant's details sent to the wrong recipient,Words of advice,No\n"
        "02/09/2019,Council tax letter posted to the wrong address,Training,No\n"
        "21/01/2020,Laptop stolen from an officer's car,Disciplinary,Yes\n"
        "30/06/2020,Planning objection published with the objector's address,Training,No\n"
        "11/11/2020,Email sent to wrong recipient,Words of advice,No\n"
        "08/03/2021,Staff member looked at a neighbour's benefit record,Dismissed,Yes\n"
        "19/10/2021,Papers left on a train,No action,No\n"
        "25/02/2022,Email sent to wrong recipient,Words of advice,No\n",
        encoding="utf-8")
    # Aylesbury Vale (abolished 31 March 2020): its answer counts for Buckinghamshire Council
    (out / "Aylesbury Vale District Council FOI response.csv").write_text(
        "Aylesbury Vale District Council\n"
        "Date of incident,Description,Action taken,Reported to ICO\n"
        "20/08/2019,Email sent to wrong recipient,Words of advice,No\n"
        "03/12/2019,Housing file left in a meeting room,Training,No\n"
        "17/02/2020,Memory stick with payroll data lost,Disciplinary,Yes\n",
        encoding="utf-8")
    # Manchester: a summary workbook, type by financial year with a Total row; 18 breaches (48 before)
    write_xlsx(out / "Manchester City Council breaches by type 2019-22.xlsx", "Breaches", [
        ["Manchester City Council"],
        ["Freedom of Information request 2022/0412: data protection breaches"],
        [],
        ["Type of breach", "2019/20", "2020/21", "2021/22", "Total"],
        ["Email sent to wrong recipient", 3, 2, 4, 9],
        ["Loss of paper records", 1, 2, 1, 4],
        ["Unauthorised access", 2, 1, 0, 3],
        ["Lost or stolen device", 1, 0, 1, 2],
        ["Total", 7, 5, 6, 18],
    ])
    # Belfast (the 2015 district, successor of the old Belfast City Council): year totals; 15 (9 before)
    write_xlsx(out / "northern-ireland" / "Belfast City Council FOI 2022.xlsx", "Response", [
        ["Belfast City Council"],
        ["Financial year", "Number of breaches"],
        ["2019/20", 4],
        ["2020/21", 6],
        ["2021/22", 5],
        ["Total", 15],
    ])
    # Somerset West and Taunton (created 2019 from Taunton Deane and West Somerset): a tab-separated
    # log with Windows line ends; compared through its predecessors, which gave no figure in 2011-2014
    (out / "Somerset West and Taunton Council breaches.txt").write_bytes(
        "Somerset West and Taunton Council: data protection breaches, FOI 2022/0412\r\n"
        "Incident date\tDescription\tType of breach\tOutcome\r\n"
        "12/05/2019\tEmail sent to wrong recipient\tDisclosed in error\tWords of advice\r\n"
        "01/02/2021\tLaptop stolen from car\tLost or stolen device\tDisciplinary\r\n".encode("utf-8"))
    # Taunton Deane (abolished 31 March 2019) answered with its old log: named by the manifest, it is
    # an answer from before the period, rejected with that reason
    (out / "taunton-deane-foi.csv").write_text(
        "Date of incident,Description,Action taken,Reported to ICO\n"
        "05/06/2018,Email sent to wrong recipient,Words of advice,No\n",
        encoding="utf-8")
    (out / "manifest.csv").write_text(
        "file,authority,status,note\n"
        "taunton-deane-foi.csv,E07000190,,Sent by the former Taunton Deane Borough Council's FOI officer\n",
        encoding="utf-8")
    # Craven: a nil return letter (also a nil return in 2011-2014)
    (out / "Craven District Council FOI response.txt").write_text(
        "Freedom of Information request FOI/2022/0412\n\n"
        "Craven District Council has no record of any data protection breaches in the period "
        "1 April 2019 to 31 March 2022.\n\nInformation Governance Team\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
