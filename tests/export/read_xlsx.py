#!/usr/bin/env python3
# Reads a workbook back as a spreadsheet program would (openpyxl, python3-openpyxl) and
# prints what a reader sees as JSON for the tests: per sheet its name, frozen panes and
# every cell (type, value, number format, bold, quote prefix), plus any formula in the XML.
import datetime
import json
import re
import sys
import zipfile

import openpyxl


def cell_value(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def main(path):
    # The package itself: a formula would be an <f> element in a sheet's XML.
    with zipfile.ZipFile(path) as package:
        bad = package.testzip()
        formulas = []
        for name in package.namelist():
            if re.match(r"xl/worksheets/sheet\d+\.xml$", name):
                if b"<f>" in package.read(name) or b"<f " in package.read(name):
                    formulas.append(name)
    book = openpyxl.load_workbook(path)  # raises on a workbook that does not open
    sheets = []
    for ws in book.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells.append({
                    "row": cell.row,
                    "col": cell.column,
                    "type": "date" if cell.is_date else cell.data_type,
                    "value": cell_value(cell),
                    "format": cell.number_format,
                    "bold": bool(cell.font and cell.font.b),
                    "wrap": bool(cell.alignment and cell.alignment.wrap_text),
                    "quote_prefix": bool(cell.quotePrefix),
                })
        sheets.append({
            "name": ws.title,
            "freeze": ws.freeze_panes,
            "max_row": ws.max_row,
            "max_col": ws.max_column,
            "cells": cells,
        })
    json.dump({"sheets": sheets, "formulas": formulas, "zip_error": bad,
               "title": book.properties.title}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
