"""The screenshots of the user manual (resources/manual/<language>/images), made from the real windows on a demo
database, offscreen, so that they can be made again whenever a window changes:

    python -m desktop.devtools manual

The demo is generated for a fixed day with a fixed seed, so the same windows give the same pictures. Pictures are
scaled to `WIDTH` pixels and reduced to `COLOURS` colours: the manual travels inside the program, whose size is
budgeted (desktop.devtools.bundle.BUDGET_MB).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

DAY = dt.date(2026, 3, 12)
LANGUAGES = ("nl", "en")
WIDTH = 900
COLOURS = 96
WINDOW = (1280, 760)


def manual_dir(root: Path | None = None) -> Path:
    from desktop.paths import resources_dir

    return (root / "resources" if root else resources_dir()) / "manual"


def _save(widget, path: Path) -> Path:
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt

    picture = widget.grab().toImage()
    if picture.width() > WIDTH:
        picture = picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image = image.quantize(COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, optimize=True)
    return path


def _shown(app, widget, size: tuple[int, int] | None = None):
    from PySide6.QtCore import QThreadPool

    if size:
        widget.resize(*size)
    widget.show()
    # Tables fill and lay out over a few turns of the event loop, and a tab reads the rest of its rows in the
    # background (the overview's later kinds): the picture waits until nothing is being read, as a person would.
    # A job started by one turn reports in a later one, and what it reports may start the next: ten quiet turns.
    pool, idle = QThreadPool.globalInstance(), 0
    for _round in range(400):
        app.processEvents()
        idle = idle + 1 if pool.waitForDone(25) else 0
        if idle == 10:
            break
    app.processEvents()
    return widget


def _example_form():
    """A signed assessment of the demo: the end of the main job."""
    from desktop.services import form_lists

    rows = [row for row in form_lists.form_rows() if row.kind == "assessment" and row.done]
    return rows[len(rows) // 2]


def _shots(window, app) -> dict[str, Callable[[], object]]:
    """The pictures by name. Dialogs get the size they open at on a laptop screen: the offscreen screen is smaller,
    and they would open smaller and scroll (kit.widgets.scroll_when_small)."""
    from desktop.views.bpv_forms.dialog import FormDialog
    from desktop.views.database.privacy_dialog import PrivacyDialog
    from desktop.views.learners.learner_dialog import LearnerDialog
    from desktop.views.learners.period_dialog import PeriodDialog

    form = _example_form()

    def tab(name: str):
        def show():
            pages = [window.tabs.widget(index).objectName() for index in range(window.tabs.count())]
            window.tabs.setCurrentIndex(pages.index(name))
            return _shown(app, window)

        return show

    return {
        "overview": tab("tab.overview"),
        "learners": tab("tab.learners"),
        "learner": lambda: _shown(app, LearnerDialog(window.undo_stack, form.learner_id, window)),
        "period": lambda: _shown(
            app,
            PeriodDialog(window.undo_stack, form.learner_id, form.period_id, window, show_forms=True),
            (960, 640),
        ),
        "assessment": lambda: _shown(app, FormDialog(window.undo_stack, "assessment", form.id, window), (900, 700)),
        "forms": tab("tab.forms"),
        "privacy": lambda: _shown(app, PrivacyDialog(window)),
    }


@contextlib.contextmanager
def _demo(work: Path) -> Iterator[Path]:
    """A demo database of the fixed day in `work`, with LeerWerk's settings there too (no trace in the developer's)."""
    from desktop import clock
    from desktop.demo.generate import generate_demo

    os.environ["LEERWERK_HOME"] = str(work / "home")
    clock.set_today(DAY)
    database = work / "demo.sqlite3"
    generate_demo(database, learners=24, today=DAY)
    try:
        yield database
    finally:
        clock.set_today(None)
        os.environ.pop("LEERWERK_LANG", None)


def _windows(app, database: Path, language: str) -> Iterator:
    """The main window on the demo in `language`, its pages built, closed afterwards."""
    from desktop import i18n
    from desktop.app import open_main_window
    from desktop.storage.database import close_database

    os.environ["LEERWERK_LANG"] = language  # the window takes its language from here at start
    i18n.set_language(language)
    window = open_main_window(database, remember=False)
    window.resize(*WINDOW)
    window.build_pages()
    # The status bar names the database: its file name only, not the folder of whoever made the pictures.
    window.db_label.setText(window.db_label.text().replace(str(database.parent) + os.sep, ""))
    try:
        yield window
    finally:
        window.remember_layout = False
        window.close()
        app.processEvents()
        close_database()


def _each_shot(shots: dict[str, Callable[[], object]]) -> Iterator[tuple[str, object]]:
    for name, show in shots.items():
        shown = show()
        yield name, shown
        if shown.isWindow() and shown.parentWidget() is not None:
            shown.close()
            shown.deleteLater()


def build_all(root: Path | None = None) -> list[Path]:
    """Make every screenshot in both languages; the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import ensure_application

    target = manual_dir(root)
    written = []
    with tempfile.TemporaryDirectory() as work, _demo(Path(work)) as database:
        app = ensure_application()
        for language in LANGUAGES:
            for window in _windows(app, database, language):
                for name, shown in _each_shot(_shots(window, app)):
                    written.append(_save(shown, target / language / "images" / f"{name}.png"))
    return written


def _signing_shots(window, app) -> dict[str, Callable[[], object]]:
    from desktop.services import form_views
    from desktop.views.signing.dialogs import SignOnPaperDialog, SignOnScreenDialog

    form = _example_form()
    details = {
        "role_label": form_views.role_label("school_supervisor"),
        "signer_name": "Ayşe Yılmaz-van den Broek",
        "form_label": form_views.form_caption("assessment", form.id),
        "content": form_views.signing_summary("assessment", form.id),
        "fingerprint": form_views.fingerprint("assessment", form.id),
    }
    return {
        "sign_screen": lambda: _shown(app, SignOnScreenDialog(window, **details)),
        "sign_paper": lambda: _shown(app, SignOnPaperDialog(window, **details)),
    }


def check_scaled(folder: Path) -> list[Path]:
    """The windows of the main job as they are at the scale QT_SCALE_FACTOR gives (set it before running: 1.5 and 2
    are Windows' 150% and 200%), at their own size and in all their colours, written to `folder` to be looked at:
    nothing may be clipped or squeezed. Not for the manual."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import ensure_application

    written = []
    with tempfile.TemporaryDirectory() as work, _demo(Path(work)) as database:
        app = ensure_application()
        for language in LANGUAGES:
            for window in _windows(app, database, language):
                shots = {**_shots(window, app), **_signing_shots(window, app)}
                for name, shown in _each_shot(shots):
                    path = folder / f"{language}-{name}.png"
                    path.parent.mkdir(parents=True, exist_ok=True)
                    shown.grab().save(str(path))
                    written.append(path)
    return written
