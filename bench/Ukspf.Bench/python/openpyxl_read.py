"""Reads every cell of a return's data sheets with openpyxl in read-only mode.

  openpyxl_read.py read FILE   read once, print the number of cells that hold a value (a cold run)
  openpyxl_read.py serve       for each file path on stdin, read it and print "seconds count" (warm runs)
"""
import resource
import sys
import time

import openpyxl

# The sheets every contender reads: tables, answers and metadata (not the instructions or drop-down lists).
SHEETS = ["Projects", "Spend", "Outputs", "Outcomes", "Programme", "Sign off", "Metadata"]


def read(path):
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    try:
        for name in SHEETS:
            if name not in workbook.sheetnames:
                continue
            for row in workbook[name].iter_rows(values_only=True):
                for value in row:
                    if value is not None:
                        cells += 1
    finally:
        workbook.close()
    return cells


def serve():
    for line in sys.stdin:
        path = line.strip()
        if not path:
            break
        start = time.perf_counter()
        cells = read(path)
        elapsed = time.perf_counter() - start
        print(f"{elapsed:.6f} {cells}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "read":
        cells = read(sys.argv[2])
        # ru_maxrss is in kilobytes on Linux; printed as the .NET cold runs print theirs.
        print(f"peak-rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}")
        print(cells)
    elif len(sys.argv) == 2 and sys.argv[1] == "serve":
        serve()
    else:
        sys.exit(__doc__)
