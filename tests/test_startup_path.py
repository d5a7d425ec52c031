"""What a start does before its window is painted: the services, dialogs and inner pages of what is not
on screen load when first used (the start-up benchmark in tests/benchmarks/test_startup.py times it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.storage.database import close_database, open_database
from desktop.views.coaching.coaches_page import CoachesPage
from desktop.views.coaching.tab import CoachingTab
from desktop.views.trainings.matrix import TrainingMatrixPage
from desktop.views.trainings.tab import TrainingsTab

ROOT = Path(__file__).resolve().parents[1]

# Each of these pulls in hundreds of lines a first paint does not need; the catalogue imports every service.
NOT_BEFORE_FIRST_USE = {
    "desktop.services.catalogue",
    "desktop.services.coaches",
    "desktop.services.coaching_trajectories",
    "desktop.services.forms",
    "desktop.services.form_lists",
    "desktop.services.form_numbers",
    "desktop.services.form_printouts",
    "desktop.services.signed_content",
    "desktop.services.signing",
    "desktop.services.training_enrolments",
    "desktop.services.training_matrix",
    "desktop.views.coaching.coaches_page",
    "desktop.views.trainings.matrix",
    "desktop.views.trainings.commands",
    "desktop.views.kit.files",
}


def test_a_smoke_start_leaves_the_services_and_pages_not_on_screen_unloaded(tmp_path):
    # Up to the first paint (a smoke start goes on to the first tab's rows, which read what that tab shows).
    _built, loaded = _started(tmp_path, rows=False)
    assert "desktop.views.window.main" in loaded  # it did start
    assert loaded & NOT_BEFORE_FIRST_USE == set()


def _started(tmp_path, *, rows: bool) -> tuple[int, set[str]]:
    """Start the window on a new database in a process of its own, up to its first paint (with `rows`, on to the
    first tab's rows painted); how many schemas it built to compare the file with, and the modules it imported."""
    target = tmp_path / "leerwerk.sqlite3"
    open_database(target)
    close_database()
    painted = "app.processEvents()\nwindow.grab()\n"
    code = (
        "import json, sys\n"
        "from desktop.app import ensure_application, open_main_window\n"
        "from desktop.storage.database import close_database\n"
        "app = ensure_application()\n"
        f"window = open_main_window({str(target)!r}, remember=False, ask_passphrase=False)\n"
        + painted
        + (painted + "assert window.tabs.currentWidget()._loaded\n" if rows else "")
        + "schema = sys.modules.get('desktop.storage.schema')\n"
        "built = schema._built_by.cache_info().currsize if schema else 0\n"
        "print(json.dumps([built, sorted(m for m in sys.modules if m.startswith('desktop.'))]))\n"
        "window.remember_layout = False\n"
        "window.close()\n"
        "close_database()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEERWERK_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    built, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    return built, set(loaded)


def test_the_coaches_page_and_the_training_matrix_are_built_when_first_shown(qtbot, main_window):
    main_window.show()
    assert main_window.findChild(CoachesPage) is None and main_window.findChild(TrainingMatrixPage) is None

    coaching = main_window.findChild(CoachingTab, "tab.coaching")
    main_window.tabs.setCurrentWidget(coaching)
    coaching.ui.pages.setCurrentWidget(coaching.ui.coachesPage)
    page = main_window.findChild(CoachesPage)
    assert page is coaching.coaches and page.isVisible()
    assert page.ui.countLabel.text() == "0 van 0 coaches"  # read when shown, in the window's language

    trainings = main_window.findChild(TrainingsTab, "tab.trainings")
    main_window.tabs.setCurrentWidget(trainings)
    trainings.ui.pages.setCurrentWidget(trainings.ui.matrixPage)
    matrix = main_window.findChild(TrainingMatrixPage)
    assert matrix is trainings.matrix and matrix.isVisible()
    assert matrix.ui.audienceCombo.itemText(0) == "Iedereen"  # its filters filled as the tab's were


TITLES = ["Overzicht", "Lerenden", "Coaching", "Trainingen", "Bpv-formulieren"]


def _titles(window) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_a_start_builds_the_first_page_and_each_other_one_when_its_tab_is_first_shown(qtbot, db_path):
    from desktop.app import open_main_window
    from desktop.views.bpv_forms.tab import FormsTab
    from desktop.views.learners.tab import LearnersTab
    from desktop.views.overview.tab import OverviewTab

    window = open_main_window(db_path)
    qtbot.addWidget(window)
    assert [type(page) for page in window.pages] == [OverviewTab]
    assert window.findChild(LearnersTab) is None and window.findChild(CoachingTab) is None
    assert window.findChild(TrainingsTab) is None
    assert _titles(window) == TITLES

    window.tabs.setCurrentIndex(4)  # as a click on "Bpv-formulieren"
    forms = window.findChild(FormsTab, "tab.forms")
    assert forms is not None and window.tabs.currentWidget() is forms and forms.isVisible()
    assert [type(page) for page in window.pages] == [OverviewTab, FormsTab]

    window.build_pages()  # the three before it: the forms tab stays the one shown
    assert window.tabs.currentWidget() is forms
    names = [window.tabs.widget(index).objectName() for index in range(window.tabs.count())]
    assert names == ["tab.overview", "tab.learners", "tab.coaching", "tab.trainings", "tab.forms"]
    assert window.pages == [window.tabs.widget(index) for index in range(5)]
    assert _titles(window) == TITLES


def test_a_tab_not_yet_built_follows_a_change_of_language(qtbot, db_path):
    from desktop.app import open_main_window
    from desktop.views.window.qt_i18n import apply_language

    window = open_main_window(db_path)
    qtbot.addWidget(window)
    try:
        apply_language("en")
        english = ["Overview", "Learners", "Coaching", "Trainings", "BPV forms"]
        qtbot.waitUntil(lambda: _titles(window) == english)
        window.tabs.setCurrentIndex(3)
        assert window.tabs.currentWidget().objectName() == "tab.trainings"
        assert _titles(window) == english
    finally:
        apply_language("nl")


def test_a_start_to_the_first_rows_painted_builds_no_schema_and_leaves_the_later_kinds_unloaded(tmp_path):
    built, loaded = _started(tmp_path, rows=True)
    assert "desktop.services.agenda" in loaded  # the overview read its rows
    assert built == 0  # the file's schema was known by its fingerprint: the migrations were not run in memory
    # The staff's talks are read after the first rows (the overview's later kinds), with what they import.
    assert "desktop.services.development" not in loaded
