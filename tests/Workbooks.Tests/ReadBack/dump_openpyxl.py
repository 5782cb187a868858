"""Prints every non-empty cell of a workbook as JSON, as openpyxl reads it: {sheet: {"A1": value}}.

Numbers stay numbers, dates and times become ISO text to the nearest second ("2024-10-31T00:00:00"), text stays text.
"""
import datetime
import json
import sys

try:
    import openpyxl
except ImportError:
    sys.exit("openpyxl is not installed: run `apt-get install -y python3-openpyxl` (Debian) to read workbooks back with it.")


def plain(value):
    if isinstance(value, datetime.datetime):
        return (value + datetime.timedelta(microseconds=500_000)).replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day).isoformat()
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return value


def main(path):
    workbook = openpyxl.load_workbook(path, read_only=False, data_only=True)
    sheets = {}
    for sheet in workbook.worksheets:
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None or cell.value == "":
                    continue
                cells[cell.coordinate] = plain(cell.value)
        sheets[sheet.title] = cells
    json.dump(sheets, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
