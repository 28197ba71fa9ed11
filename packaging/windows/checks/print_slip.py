"""Windows lane check: a slip printed through Qt's Windows print engine.

Run under Wine (or Windows) with the 'windows' Qt platform. It renders an agreements slip
with the app's own code and prints it with app.services.printing.print_pdf, which on
Windows draws each page onto a native QPrinter (GDI, winspool):

    print_slip.py queue NAME [A5|A4]    print on the printer NAME (under Wine: a CUPS queue, which
                                        Wine's winspool hands the job to), laid out for that paper

It prints the PrintResult and exits 0 when print_pdf reports every page printed by the
native engine. What came out of the CUPS-PDF queue is checked by the lane with poppler:
its page count and paper size.
"""

import sys
from datetime import date

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from app.documents.model import Consultant, SlipAgreement, SlipData
from app.documents.slip import render_slip
from app.services import printing

if len(sys.argv) not in (3, 4) or sys.argv[1] != "queue" or sys.argv[3:] not in ([], ["A5"], ["A4"]):
    print("usage: print_slip.py queue NAME [A5|A4]")
    sys.exit(2)
TARGET = sys.argv[2]
PAPER = sys.argv[3] if len(sys.argv) == 4 else "A5"

app = QApplication(sys.argv[:1])
print("qt platform:", app.platformName(), "| printing through CUPS:", printing.uses_cups())
if app.platformName() != "windows" or printing.uses_cups():
    print("print check: FAIL (not the Windows print path)")
    sys.exit(1)
names = printing.available_printers()
print("printers Windows lists:", names, "| default:", QPrinterInfo.defaultPrinterName())

slip = SlipData(
    "Fatima",
    "u",
    date.today(),
    [
        SlipAgreement("Ik bel maandag de schuldhulp.", "resident"),
        SlipAgreement("Ik stuur de brief over de huurtoeslag.", "consultant"),
    ],
    None,
    [],
    Consultant("Windows lane", municipality="Nabij"),
)
pdf = render_slip(slip, PAPER)

if TARGET not in names:
    print(f"print check: FAIL (no printer {TARGET!r}; is the CUPS scheduler running?)")
    sys.exit(1)
printer = QPrinter(QPrinterInfo.printerInfo(TARGET), QPrinter.PrinterMode.HighResolution)
native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
print("printer:", printer.printerName(), "| native engine:", native, "| resolution:", printer.resolution())
result = printing.print_pdf(pdf, printer, "Afsprakenbriefje", PAPER)
print("result:", result)
ok = native and result.ok and result.method == "raster" and result.pages >= 1
print("pages printed:", result.pages)
print("print check:", "ok" if ok else "FAIL")
sys.exit(0 if ok else 1)
