"""Render the application icon ``resources/icons/app.svg`` into every file an installer needs.

    python scripts/make_icons.py [--out DIR]

Writes ``packaging/icons/``: ``storecrm-<N>.png`` for each size, ``storecrm.ico`` (Windows,
several sizes in one file) and ``storecrm.icns`` (macOS). Qt's SVG renderer draws each size from
the vector source (offscreen, no display needed); Pillow writes the .ico and .icns. The files are
committed so that the Windows and macOS builds need neither step; run this after changing
``app.svg`` (Pillow comes with reportlab; ``pip install -e ".[packaging]"`` has everything).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import sys
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def _appinfo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("appinfo", ROOT / "packaging" / "appinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size``×``size`` pixels, antialiased, on a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())


def make_icons(out: Path) -> list[Path]:
    from PIL import Image

    info = _appinfo()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    images: dict[int, Image.Image] = {}
    for size in info.PNG_SIZES:
        png = render_png(info.ICON_SVG, size)
        path = out / f"storecrm-{size}.png"
        path.write_bytes(png)
        written.append(path)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")

    # Each size of the .ico is drawn by Qt at that size, not scaled down from the largest.
    ico = out / "storecrm.ico"
    largest = images[max(info.ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in info.ICO_SIZES],
        append_images=[images[s] for s in info.ICO_SIZES if s != max(info.ICO_SIZES)],
    )
    written.append(ico)

    icns = out / "storecrm.icns"
    images[1024].save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)],
    )
    written.append(icns)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "icons")
    args = parser.parse_args()
    for path in make_icons(args.out):
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{shown} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
