"""Opens every built workbook in LibreOffice Calc (headless, through UNO), recalculates it, and
checks that every formula's recalculated result equals the cached result the file was written
with. The tests check the cached results against the dataset, so together: LibreOffice's results
equal the dataset's figures. Run with Debian's python3 (python3-uno): /usr/bin/python3.

With --cells, it also writes beside each workbook <workbook>.cells.json: every numeric cell
(numbers and formulas) with its value and the text LibreOffice displays for it, its number format
applied, for the tests that compare the displayed text with the brief's
(test/workbook/libreoffice.test.ts).

With --pdf DIR, it also prints each workbook to DIR/<workbook name>.pdf, as `soffice --convert-to
pdf` does, before recalculating: one start of LibreOffice serves all three checks, and each start
costs seconds of CPU."""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(360):  # a first start on a new machine creates the profile: allow three minutes
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not start")


def formula_cells(doc):
    cells = []
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        ranges = sheet.queryContentCells(FORMULA)
        for address in ranges.RangeAddresses:
            for row in range(address.StartRow, address.EndRow + 1):
                for col in range(address.StartColumn, address.EndColumn + 1):
                    cell = sheet.getCellByPosition(col, row)
                    if cell.Formula.startswith("="):
                        cells.append((sheet.Name, col, row, cell))
    return cells


NUMERIC = 1 | 16  # VALUE | FORMULA


def numeric_cells(doc):
    """Every number and formula cell of every sheet: sheet, row and column (1-based), value, text shown."""
    cells = []
    sheets = doc.Sheets
    for i in range(sheets.Count):
        sheet = sheets.getByIndex(i)
        for address in sheet.queryContentCells(NUMERIC).RangeAddresses:
            for row in range(address.StartRow, address.EndRow + 1):
                for col in range(address.StartColumn, address.EndColumn + 1):
                    cell = sheet.getCellByPosition(col, row)
                    cells.append({"sheet": sheet.Name, "row": row + 1, "col": col + 1, "value": cell.Value, "text": cell.String})
    return cells


def main(paths, dump_cells=False, pdf_dir=None):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    # A named pipe of this run's own, not a fixed TCP port: several checks (parallel test files,
    # several developers on one machine) may run at once, each with its own LibreOffice.
    pipe = f"plan-briefs-{os.getpid()}-{os.path.basename(profile)}"
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--norestore", "--nologo",
        f"-env:UserInstallation=file://{profile}",
        f"--accept=pipe,name={pipe};urp;",
    ])
    failures = 0
    checked = 0
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        for path in paths:
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if pdf_dir:
                name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
                target = uno.systemPathToFileUrl(os.path.join(os.path.abspath(pdf_dir), name))
                doc.storeToURL(target, (prop("FilterName", "calc_pdf_Export"),))
            cached = [(s, c, r, cell.Formula, cell.Value) for s, c, r, cell in formula_cells(doc)]
            if dump_cells:
                with open(path + ".cells.json", "w", encoding="utf-8") as out:
                    json.dump(numeric_cells(doc), out, ensure_ascii=False)
            doc.calculateAll()
            after = {(s, c, r): cell.Value for s, c, r, cell in formula_cells(doc)}
            if not cached and not dump_cells:  # the cells' text is asked of workbooks of any edition, some without formulas
                print(f"{path}: no formulas found")
                failures += 1
            mismatches = 0
            for sheet, col, row, formula, value in cached:
                checked += 1
                recalculated = after[(sheet, col, row)]
                if abs(recalculated - value) > 1e-9:
                    failures += 1
                    mismatches += 1
                    print(f"{path}: {sheet}!R{row + 1}C{col + 1} {formula}: cached {value}, LibreOffice {recalculated}")
            print(f"{path}: {len(cached)} formulas recalculated by LibreOffice, {mismatches} differ from their cached results")
            doc.close(True)
    finally:
        office.terminate()
        office.wait(timeout=30)
    print(f"{checked} formulas checked, {failures} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    dump = "--cells" in args
    pdf = None
    if "--pdf" in args:
        at = args.index("--pdf")
        if at + 1 >= len(args):
            raise SystemExit("--pdf needs the folder to print the workbooks to")
        pdf = args[at + 1]
        del args[at : at + 2]
    files = [a for a in args if a != "--cells"] or sorted(glob.glob("output/*/*/workbook.xlsx"))
    if not files:
        raise SystemExit("no workbooks to check")
    names = [os.path.basename(f) for f in files]
    if pdf and len(set(names)) < len(names):
        raise SystemExit("--pdf: two workbooks have the same file name, so their PDFs would overwrite each other")
    sys.exit(main(files, dump, pdf))
