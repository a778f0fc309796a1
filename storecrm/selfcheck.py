"""``storecrm --self-check``: prove that this build of the program has everything it needs.

Run by CI on every frozen build (PyInstaller) before an installer is made, and useful on a store's
PC when something is missing. It runs headless and touches nothing of the user's: all it writes
goes to a temporary folder, which is removed at the end. It:

- finds the bundled resources (font, translations, icons, stylesheet) and the Alembic scripts;
- loads the SQLCipher native module, creates an encrypted store at the first schema revision,
  checks that the file on disk is not plain SQLite, and opens it again, which upgrades it to the
  latest revision as a store from an older version would be;
- adds a customer with a Chinese name, exports the list to .xlsx and reads it back (openpyxl);
- writes a PDF with reportlab in the bundled CJK font;
- starts Qt (offscreen unless ``QT_QPA_PLATFORM`` says otherwise), loads the translations, the
  font and an SVG icon, checks this platform's window plugin is bundled, and prints a PDF through
  Qt's print system as the receipts do.

The report is plain English (a developer's and CI's tool). Exit code 0 means every check passed.
If ``STORECRM_SELFCHECK_REPORT`` names a file, the report is written there too: a windowed
Windows program has no console to print to.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from storecrm import __version__, paths

EXIT_OK = 0
EXIT_FAILED = 1

SAMPLE_NAME = "自检顾客"
SAMPLE_PHONE = "13800138000"
SAMPLE_TEXT = "StoreCRM 自检：客户档案与会员管理 · 储值 ¥128.00"
SELF_CHECK_PASSWORD = "self-check-9"
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
NATIVE_PLATFORM_PLUGIN = {"win32": "qwindows", "darwin": "qcocoa"}


class CheckFailed(Exception):
    """A check found something missing or wrong; the message says what."""


@dataclass
class _State:
    """What the checks share: the temporary folder and the store they build."""

    work: Path
    store: Path | None = None
    first_revision: str | None = None


def _require(condition: object, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# -- the checks --------------------------------------------------------------------------------
def check_resources(state: _State) -> str:
    root = paths.resources_dir()
    _require(root.is_dir(), f"no resources folder at {root}")
    font = paths.font_file()
    _require(font.is_file() and font.stat().st_size > 1_000_000, f"font missing: {font}")
    qms = sorted(p.stem.removeprefix("storecrm_") for p in (root / "i18n").glob("*.qm"))
    _require("zh_CN" in qms, f"zh_CN translation missing in {root / 'i18n'}")
    icons = list((root / "icons").glob("*.svg"))
    _require((root / "icons" / "app.svg").is_file(), "icons/app.svg missing")
    _require((root / "style" / "app.qss").is_file(), "style/app.qss missing")
    return (
        f"font {_mb(font.stat().st_size)}, translations {' '.join(qms)}, "
        f"{len(icons)} icons, stylesheet"
    )


def check_migrations(state: _State) -> str:
    from storecrm.data import migrate

    _require(migrate.MIGRATIONS_DIR.is_dir(), f"no migrations at {migrate.MIGRATIONS_DIR}")
    revisions = migrate.all_revisions()
    _require(revisions, "no schema revisions found")
    state.first_revision = revisions[0]
    return f"{len(revisions)} revisions on disk, head {migrate.head_revision()}"


def check_sqlcipher(state: _State) -> str:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    _require(row and row[0], "the sqlcipher3 module is plain SQLite (no cipher_version)")
    return f"SQLCipher {row[0]}, SQLite {dbapi2.sqlite_version}"


def check_store(state: _State) -> str:
    from storecrm.domain.store_profile import BusinessType
    from storecrm.services import session

    _require(state.first_revision, "needs the migrations check")
    folder = state.work / "store"
    created = session.create_store(
        folder,
        store_name="自检门店",
        business_type=BusinessType.RETAIL,
        owner_username="selfcheck",
        owner_display_name="自检",
        owner_password=SELF_CHECK_PASSWORD,
        revision=str(state.first_revision),
    )
    created.context.sign_out()
    db_file = folder / "store.db"
    _require(db_file.is_file(), f"no database written at {db_file}")
    with db_file.open("rb") as fh:
        header = fh.read(len(PLAIN_SQLITE_HEADER))
    _require(header != PLAIN_SQLITE_HEADER, "store.db is plain SQLite: it is not encrypted")
    state.store = folder
    return f"created at revision {state.first_revision}, encrypted on disk"


def check_upgrade_and_export(state: _State) -> str:
    import openpyxl

    from storecrm.domain.customer import CustomerDraft
    from storecrm.services import customer_export, customers, info, session

    _require(state.store, "needs the store check")
    assert state.store is not None
    ctx = session.sign_in(state.store, None, SELF_CHECK_PASSWORD)  # upgrades to head
    try:
        upgraded_from = ctx.upgraded_from
        store_info = ctx.call(info.store_info)
        _require(
            store_info.schema_revision == store_info.head_revision,
            f"store at {store_info.schema_revision} after opening, head is "
            f"{store_info.head_revision}",
        )
        ctx.call(customers.create_customer, CustomerDraft(name=SAMPLE_NAME, phone=SAMPLE_PHONE))
        xlsx = state.work / "customers.xlsx"
        result = ctx.call(customer_export.export_customers, xlsx)
    finally:
        ctx.sign_out()
    _require(result.rows == 1, f"exported {result.rows} rows, expected 1")
    book = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        cells = {
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        }
    finally:
        book.close()
    _require(SAMPLE_NAME in cells, "the exported .xlsx does not hold the customer's name")
    safety = list((state.store / "safety").glob("before-upgrade-*"))
    _require(upgraded_from is None or safety, "upgraded without a safety copy of the older store")
    upgrade = (
        f"upgraded {upgraded_from} -> {store_info.head_revision} with a safety copy"
        if upgraded_from
        else f"already at {store_info.head_revision}"
    )
    return f"{upgrade}; .xlsx written ({xlsx.stat().st_size} bytes) and read back"


def check_pdf(state: _State) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font_name = "StoreCRM-SelfCheck"
    # Registered every time (it replaces an earlier one), so the bundled file itself is read.
    pdfmetrics.registerFont(TTFont(font_name, str(paths.font_file()), subfontIndex=0))
    target = state.work / "self-check.pdf"
    pdf = canvas.Canvas(str(target), pagesize=A4)
    pdf.setFont(font_name, 14)
    pdf.drawString(72, 770, SAMPLE_TEXT)
    pdf.showPage()
    pdf.save()
    data = target.read_bytes()
    _require(data.startswith(b"%PDF-"), "the PDF does not start with %PDF-")
    _require(data.rstrip().endswith(b"%%EOF"), "the PDF is cut short (no %%EOF)")
    _require(b"/FontFile2" in data, "the CJK font is not embedded in the PDF")
    _require(len(data) > 2_000, f"the PDF is too small ({len(data)} bytes)")
    return f"reportlab, CJK font embedded, {len(data)} bytes"


def check_qt(state: _State) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QMarginsF, QSizeF, QTranslator
    from PySide6.QtGui import (
        QFontDatabase,
        QGuiApplication,
        QIcon,
        QImageReader,
        QPageLayout,
        QPageSize,
        QTextDocument,
    )
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from storecrm import i18n

    app = QCoreApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "storecrm"])
    _require(isinstance(app, QGuiApplication), "a non-GUI Qt application is already running")

    # The window-system plugin this OS needs must be in the build, even when we run offscreen.
    plugin_dirs = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    plugins = sorted(
        {
            f.name.split(".")[0].removeprefix("lib")
            for d in plugin_dirs
            if d.is_dir()
            for f in d.iterdir()
        }
    )
    native = NATIVE_PLATFORM_PLUGIN.get(sys.platform, "qxcb")
    _require(native in plugins, f"the {native} platform plugin is missing (found {plugins})")

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    _require("svg" in formats, "Qt cannot read SVG: the icons would be blank")
    pixmap = QIcon(str(paths.resources_dir() / "icons" / "app.svg")).pixmap(64, 64)
    _require(not pixmap.isNull(), "the app icon does not render")

    own = QTranslator()
    _require(own.load(i18n.qm_file("zh_CN")) and not own.isEmpty(), "zh_CN.qm does not load")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    _require(
        qt_own.load("qtbase_zh_CN", qt_dir),
        f"Qt's own zh_CN translation (standard buttons) is missing in {qt_dir}",
    )

    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    _require(families, "Qt cannot load the bundled font")

    # What the receipts do: a rich-text document printed to PDF through QPrinter.
    target = state.work / "qt-print.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(3, 3, 3, 3),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultFont(QFontDatabase.font(families[0], "", 10))
    document.setHtml(f"<p>{SAMPLE_TEXT}</p>")
    document.print_(printer)
    data = target.read_bytes() if target.is_file() else b""
    _require(data.startswith(b"%PDF-"), "Qt did not print a PDF")
    return (
        f"Qt {QLibraryInfo.version().toString()} on {QGuiApplication.platformName()}, "
        f"plugins {' '.join(plugins)}; svg icons, zh_CN translations, font "
        f"'{families[0]}', printed a PDF ({len(data)} bytes)"
    )


def check_gui_modules(state: _State) -> str:
    """Every screen's module imports (a frozen build only holds what its analysis found)."""
    import importlib
    import pkgutil

    import storecrm.gui

    names = [
        m.name
        for m in pkgutil.walk_packages(storecrm.gui.__path__, "storecrm.gui.")
        if not m.name.rsplit(".", 1)[-1].startswith("_")
    ]
    # A frozen build lists modules from its archive; a source tree from its folders.
    _require(names, "no storecrm.gui modules found")
    for name in names:
        importlib.import_module(name)
    importlib.import_module("storecrm.gui.app")
    return f"{len(names)} storecrm.gui modules import"


CHECKS: list[tuple[str, Callable[[_State], str]]] = [
    ("resources", check_resources),
    ("migrations", check_migrations),
    ("sqlcipher", check_sqlcipher),
    ("store", check_store),
    ("upgrade+xlsx", check_upgrade_and_export),
    ("pdf", check_pdf),
    ("qt", check_qt),
    ("gui modules", check_gui_modules),
]


# -- running -----------------------------------------------------------------------------------
def describe_build() -> str:
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    return (
        f"StoreCRM {__version__} self-check ({frozen}, {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()})"
    )


def run(out: TextIO | None = None) -> int:
    """Run every check, print one line each, return 0 only if all passed."""
    lines: list[str] = []

    def say(text: str) -> None:
        lines.append(text)
        stream = out if out is not None else sys.stdout
        if stream is not None:  # a windowed Windows program has no stdout
            print(text, file=stream, flush=True)

    started = time.perf_counter()
    say(describe_build())
    say(f"  program: {sys.executable}")
    say(f"  resources: {paths.resources_dir()}")
    failures = 0
    saved_home = os.environ.get("STORECRM_HOME")
    with tempfile.TemporaryDirectory(
        prefix="storecrm-selfcheck-", ignore_cleanup_errors=True
    ) as tmp:
        work = Path(tmp)
        # Logs, preferences and the store stay in the temporary folder, never the user's.
        os.environ["STORECRM_HOME"] = str(work / "home")
        state = _State(work=work)
        try:
            for name, check in CHECKS:
                t0 = time.perf_counter()
                try:
                    detail = check(state)
                except Exception as exc:  # noqa: BLE001 - every failure is reported, then the next
                    failures += 1
                    say(f"  FAIL  {name:<13} {type(exc).__name__}: {exc}")
                    if not isinstance(exc, CheckFailed):
                        for tb_line in traceback.format_exc().rstrip().splitlines():
                            say(f"        {tb_line}")
                else:
                    say(f"  ok    {name:<13} {detail} ({time.perf_counter() - t0:.2f} s)")
        finally:
            if saved_home is None:
                os.environ.pop("STORECRM_HOME", None)
            else:
                os.environ["STORECRM_HOME"] = saved_home
    elapsed = time.perf_counter() - started
    if failures:
        say(f"self-check FAILED: {failures} of {len(CHECKS)} checks failed ({elapsed:.1f} s)")
    else:
        say(f"self-check passed: {len(CHECKS)} checks in {elapsed:.1f} s")
    report = os.environ.get("STORECRM_SELFCHECK_REPORT")
    if report:
        Path(report).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return EXIT_FAILED if failures else EXIT_OK
