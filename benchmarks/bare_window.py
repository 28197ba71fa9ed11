"""Baseline for figures 1 and 6: a bare PySide6 window with three tabs, nothing else.

Started by run.py as a subprocess; prints one line ``BENCH {"paint": <monotonic>, "rss_kib": ...}``.
"""

import sys

from paint_probe import FirstPaint, peak_rss_kib, report, ru_maxrss_kib
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


def main() -> int:
    app = QApplication(sys.argv)

    def done(probe: FirstPaint) -> None:
        report(
            paint=probe.painted,
            first_paint_event=probe.first_paint_event,
            rss_kib=peak_rss_kib(),
            ru_maxrss_kib=ru_maxrss_kib(),
        )
        QTimer.singleShot(0, app.quit)

    probe = FirstPaint(app, lambda w: isinstance(w, QMainWindow), done)
    window = QMainWindow()
    window.setWindowTitle("bare")
    tabs = QTabWidget()
    for title in ("Voorbereiding", "Gesprek", "Afronding"):
        tabs.addTab(QLabel(title), title)
    window.setCentralWidget(tabs)
    window.resize(1366, 768)
    window.show()
    code = app.exec()
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main())
