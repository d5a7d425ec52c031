"""Reference data (Extra › Basisgegevens): schools, programmes, locations and staff with what belongs
to them, managed in one dialog; every change validated, undoable, and refused when still in use.

Messages are compared through `_()`, so the tests hold before and after the Dutch catalogue has the
new texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QTableView, QWidget

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import service_for
from desktop.storage import models as m
from desktop.views.kit.table_model import OBJECT_ROLE
from desktop.views.reference.dialog import ReferenceDialog
from desktop.views.reference.page import ChildDialog
from tests.helpers import table_dump

PAGES = ("schools", "programmes", "locations", "staff")
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def seeded(main_window):
    """A little of everything, through the services, as a coordinator would have entered it."""
    school = service_for(m.School).create(name="ROC Fictief Zuid", city="Heerlen", brin="31YW")
    service_for(m.SchoolSupervisor).create(school=school.id, first_name="Anaïs", last_name="Dubois")
    service_for(m.School).create(name="Hogeschool Fictief", kind="hbo", active=False)
    programme = service_for(m.Programme).create(name="Verzorgende IG", crebo="25491", level="3", pathway="BBL")
    for code in ("B1-K1-W1", "B1-K1-W2", "B1-K1-W3"):
        service_for(m.WorkProcess).create(programme=programme.id, code=code, title=f"Werkproces {code}")
    location = service_for(m.Location).create(name="De Wingerd", city="Weert")
    team = service_for(m.Team).create(location=location.id, name="Korte zorg")
    staff = service_for(m.Staff)
    people = [("Zoë", "van der", "Berg"), ("Ömer", "", "Çelik"), ("Anna", "de", "Wit"), ("Piet", "", "Aalders")]
    for first, prefix, last in people:
        staff.create(first_name=first, name_prefix=prefix, last_name=last, team=team.id)
    berg = m.Staff.get(m.Staff.last_name == "Berg")
    service_for(m.StaffRole).create(staff=berg.id, role="practice_trainer", since="2024-01-01")
    return {"school": school, "programme": programme, "location": location, "team": team, "berg": berg}


@pytest.fixture
def dialog(main_window, seeded):
    dialog = ReferenceDialog(main_window.undo_stack, main_window)
    dialog.show()
    yield dialog
    if dialog.isVisible():
        for page in dialog.pages.values():
            page.form.mark_clean()  # closing must not stop at a real question box after a failed test
        dialog.reject()


def names(page) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def select(page, text: str) -> None:
    row = names(page).index(text)
    page.ui.tableView.selectRow(row)
    assert page.ui.detailGroup.title() == text


def field(page, name: str) -> QWidget:
    return page.form.bindings[name].widget


def answer(monkeypatch, reply=YES) -> list[str]:
    """Patch the question box; returns the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: asked.append(text) or reply)
    return asked


def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


def fill_child(monkeypatch, **values):
    """Let the next child dialog be filled in with `values` and saved, as a person would."""
    seen: list[ChildDialog] = []

    def fake_exec(child_dialog):
        seen.append(child_dialog)
        for name, value in values.items():
            widget = child_dialog.form.bindings[name].widget
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                child_dialog.form.bindings[name].set(value)
        child_dialog.save()
        return child_dialog.result()

    monkeypatch.setattr(ChildDialog, "exec", fake_exec)
    return seen


# -- the frame ------------------------------------------------------------------------------------


def test_opened_from_the_tools_menu_with_a_page_per_kind(main_window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    main_window.ui.actionReferenceData.trigger()
    dialog = opened[0]
    assert dialog.objectName() == "reference.dialog"
    assert main_window.ui.actionReferenceData in main_window.ui.menuTools.actions()
    assert not main_window.ui.actionReferenceData.shortcut().isEmpty()
    for key in PAGES:
        page = dialog.findChild(QWidget, f"reference.{key}")
        assert page is not None
        assert isinstance(dialog.findChild(QTableView, f"reference.{key}.table"), QTableView)
        assert isinstance(dialog.findChild(QLineEdit, f"reference.{key}.filter"), QLineEdit)
    dialog.close()


def test_every_control_has_an_accessible_name_or_text(dialog):
    from PySide6.QtWidgets import QAbstractButton

    for index in range(dialog.ui.pageTabs.count()):
        dialog.ui.pageTabs.setCurrentIndex(index)
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisibleTo(dialog) or widget.metaObject().className() in ("QWidget", "QLabel", "QFrame"):
                continue
            if widget.objectName().startswith("qt_") and widget.objectName() != "qt_tabwidget_tabbar":
                continue
            if isinstance(widget, QAbstractButton):
                assert widget.text() or widget.accessibleName(), widget.objectName()
            elif widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert widget.accessibleName(), widget.objectName()


def test_models_pass_the_model_tester(dialog, qtmodeltester):
    for key in PAGES:
        page = dialog.page(key)
        select(page, names(page)[0])
        qtmodeltester.check(page.model)
        qtmodeltester.check(page.proxy)
        qtmodeltester.check(page.child_model)


def test_size_and_table_layout_are_remembered(main_window, seeded, qtbot):
    first = ReferenceDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(760, 560))
    first.ui.pageTabs.setCurrentIndex(3)
    header = first.page("staff").ui.tableView.horizontalHeader()
    header.resizeSection(0, 321)
    first.page("staff").ui.tableView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first.reject()
    again = ReferenceDialog(main_window.undo_stack, main_window)
    qtbot.addWidget(again)
    assert again.width() == 760  # the offscreen screen is 800 x 600, lower than the dialog's least height
    assert again.ui.pageTabs.currentIndex() == 3
    staff = again.page("staff")
    assert staff.ui.tableView.horizontalHeader().sectionSize(0) == 321
    assert names(staff)[0] == "Anna de Wit"


# -- schools ----------------------------------------------------------------------------------------


def test_add_a_school_with_the_keyboard_and_undo_it_from_the_main_window(dialog, main_window, qtbot):
    page = dialog.page("schools")
    page.start_new()
    assert page.ui.detailGroup.title() == _("New school")
    qtbot.keyClicks(field(page, "name"), "Zorgacademie Fictief Maasland")
    qtbot.keyClicks(field(page, "brin"), "40zh")
    qtbot.keyClick(field(page, "brin"), Qt.Key.Key_Return)
    school = m.School.get(m.School.name == "Zorgacademie Fictief Maasland")
    assert school.brin == "40ZH" and school.kind == "mbo" and school.active
    assert "Zorgacademie Fictief Maasland" in names(page)
    assert page.ui.detailGroup.title() == "Zorgacademie Fictief Maasland"
    assert _("add school") in main_window.action_undo.text()

    main_window.action_undo.trigger()
    assert not m.School.select().where(m.School.name == "Zorgacademie Fictief Maasland").exists()
    assert "Zorgacademie Fictief Maasland" not in names(page)
    main_window.action_redo.trigger()
    assert "Zorgacademie Fictief Maasland" in names(page)


def test_change_a_school_and_the_form_follows_undo(dialog, main_window, qtbot):
    page = dialog.page("schools")
    select(page, "ROC Fictief Zuid")
    assert not page.ui.saveButton.isEnabled()
    field(page, "city").setText("Sittard")
    assert page.ui.saveButton.isEnabled()
    page.ui.saveButton.click()
    assert m.School.get(m.School.name == "ROC Fictief Zuid").city == "Sittard"
    main_window.action_undo.trigger()
    assert m.School.get(m.School.name == "ROC Fictief Zuid").city == "Heerlen"
    assert field(page, "city").text() == "Heerlen"


def test_a_mistake_is_shown_next_to_the_field_and_nothing_is_saved(dialog, main_window, database):
    page = dialog.page("schools")
    select(page, "ROC Fictief Zuid")
    before = table_dump(database)
    field(page, "email").setText("bpv@roc")
    field(page, "brin").setText("ROC1")
    assert not page.save()
    assert field(page, "brin").styleSheet()  # the first mistake the service finds is marked
    assert page.ui.errorLabel.text().startswith(_("&BRIN code:").replace("&", "").rstrip(":"))
    field(page, "brin").setText("31YW")
    assert not page.save()
    assert field(page, "email").styleSheet() and not field(page, "brin").styleSheet()
    assert _("Is not an e-mail address (like naam@voorbeeld.nl).") in page.ui.errorLabel.text()
    assert table_dump(database) == before
    assert main_window.undo_stack.count() == 0


def test_school_names_are_unique_whatever_the_case(dialog, database):
    page = dialog.page("schools")
    page.start_new()
    field(page, "name").setText("roc fictief zuid")
    before = table_dump(database)
    assert not page.save()
    assert _("Already exists; choose another value.") in page.ui.errorLabel.text()
    assert table_dump(database) == before


def test_a_school_still_in_use_is_not_deleted_and_inactive_is_suggested(dialog, seeded, database, monkeypatch):
    learner = service_for(m.Learner).create(first_name="Zoë", last_name="Berg", learner_type="bbl")
    service_for(m.BpvPeriod).create(
        learner=learner.id,
        programme=seeded["programme"].id,
        school=seeded["school"].id,
        start_date=dt.date(2026, 9, 1),
    )
    page = dialog.page("schools")
    select(page, "ROC Fictief Zuid")
    before = table_dump(database)
    asked, shown = answer(monkeypatch), warnings(monkeypatch)
    page.delete_current()
    assert not asked  # no point asking to delete what cannot be deleted
    assert len(shown) == 1
    assert _("BPV period") in shown[0] and _("School BPV supervisor") in shown[0]
    assert _("Untick “Active” instead: it then shows as inactive and stays in the records that use it.") in shown[0]
    assert table_dump(database) == before


def test_delete_asks_first_and_can_be_undone(dialog, main_window, database, monkeypatch):
    page = dialog.page("schools")
    select(page, "Hogeschool Fictief")
    before = table_dump(database)
    asked = answer(monkeypatch, NO)
    page.delete_current()
    assert asked and "Hogeschool Fictief" in asked[0]
    assert table_dump(database) == before

    answer(monkeypatch, YES)
    page.ui.tableView.setFocus()
    page.delete_current()
    assert not m.School.select().where(m.School.name == "Hogeschool Fictief").exists()
    assert "Hogeschool Fictief" not in names(page)
    main_window.action_undo.trigger()
    assert "Hogeschool Fictief" in names(page)
    assert m.School.get(m.School.name == "Hogeschool Fictief").kind == "hbo"


def test_inactive_records_are_grey_and_can_be_hidden(dialog):
    page = dialog.page("schools")
    row = names(page).index("Hogeschool Fictief")
    assert page.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    active_row = names(page).index("ROC Fictief Zuid")
    assert page.proxy.index(active_row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    page.ui.inactiveCheck.setChecked(False)
    assert names(page) == ["ROC Fictief Zuid"]
    page.ui.inactiveCheck.setChecked(True)
    assert "Hogeschool Fictief" in names(page)


def test_supervisors_are_added_changed_and_removed_in_their_own_dialog(dialog, main_window, monkeypatch):
    page = dialog.page("schools")
    select(page, "ROC Fictief Zuid")
    assert page.child_proxy.rowCount() == 1
    fill_child(monkeypatch, first_name="Gülşen", name_prefix="Van Der", last_name="Heijden", email="g@roc.nl")
    page.add_child()
    supervisor = m.SchoolSupervisor.get(m.SchoolSupervisor.last_name == "Heijden")
    assert supervisor.school_id == page.current_id and supervisor.name_prefix == "van der"
    assert page.child_proxy.rowCount() == 2

    seen = fill_child(monkeypatch, email="geen-adres")
    page.edit_child()
    assert seen[0].result() != QDialog.DialogCode.Accepted  # it stays open on the mistake
    assert _("Is not an e-mail address (like naam@voorbeeld.nl).") in seen[0].ui.errorLabel.text()
    assert m.SchoolSupervisor.get_by_id(supervisor.id).email == "g@roc.nl"

    fill_child(monkeypatch, phone="06-12345678")
    page.edit_child()
    assert m.SchoolSupervisor.get_by_id(supervisor.id).phone == "06-12345678"

    answer(monkeypatch, YES)
    page.delete_child()
    assert not m.SchoolSupervisor.select().where(m.SchoolSupervisor.id == supervisor.id).exists()
    main_window.action_undo.trigger()
    assert m.SchoolSupervisor.get_by_id(supervisor.id).phone == "06-12345678"
    assert page.child_proxy.rowCount() == 2


# -- programmes and werkprocessen ----------------------------------------------------------------------


def test_programme_rules_are_checked(dialog, database):
    page = dialog.page("programmes")
    page.start_new()
    field(page, "name").setText("Maatschappelijke zorg")
    page.form.bindings["pathway"].set(None)
    before = table_dump(database)
    assert not page.save()
    assert field(page, "crebo").styleSheet()
    field(page, "crebo").setText("25480")
    assert not page.save()
    assert _("An MBO programme is either BOL or BBL.") in page.ui.errorLabel.text()
    assert table_dump(database) == before
    page.form.bindings["pathway"].set("BOL")
    field(page, "cohort").setText("2026")
    assert page.save()
    programme = m.Programme.get(m.Programme.name == "Maatschappelijke zorg")
    assert (programme.crebo, programme.pathway, programme.cohort) == ("25480", "BOL", 2026)


def test_work_processes_keep_their_order_and_move_in_one_undo_step(dialog, main_window, seeded, monkeypatch):
    page = dialog.page("programmes")
    select(page, "Verzorgende IG")

    def codes():
        return [page.child_proxy.index(row, 0).data() for row in range(page.child_proxy.rowCount())]

    assert codes() == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"]
    fill_child(monkeypatch, code="B1-K2-W1", title="Werkt samen met andere zorgverleners")
    page.add_child()
    assert codes()[-1] == "B1-K2-W1"

    page.ui.childTable.selectRow(0)
    page.move_child(1)
    assert codes() == ["B1-K1-W2", "B1-K1-W1", "B1-K1-W3", "B1-K2-W1"]
    assert page.ui.childTable.currentIndex().row() == 1
    stored = m.WorkProcess.select().where(m.WorkProcess.programme == seeded["programme"].id)
    assert [wp.code for wp in stored.order_by(m.WorkProcess.position)] == codes()
    assert _("move work process") in main_window.action_undo.text()
    main_window.action_undo.trigger()
    assert codes() == ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K2-W1"]


def test_a_work_process_code_is_unique_within_its_programme(dialog, monkeypatch, database):
    page = dialog.page("programmes")
    select(page, "Verzorgende IG")
    before = table_dump(database)
    seen = fill_child(monkeypatch, code="b1-k1-w2", title="Dubbel")
    page.add_child()
    assert _("This programme already has a work process with this code.") in seen[0].ui.errorLabel.text()
    assert table_dump(database) == before


# -- locations and teams ----------------------------------------------------------------------------


def test_locations_and_teams(dialog, main_window, seeded, monkeypatch, database):
    page = dialog.page("locations")
    select(page, "De Wingerd")
    fill_child(monkeypatch, name="Hospice")
    page.add_child()
    assert {t.name for t in m.Team.select().where(m.Team.location == seeded["location"].id)} == {
        "Korte zorg",
        "Hospice",
    }
    before = table_dump(database)
    seen = fill_child(monkeypatch, name="hospice")
    page.add_child()
    assert _("This location already has a team with this name.") in seen[0].ui.errorLabel.text()
    assert table_dump(database) == before

    shown = warnings(monkeypatch)
    asked = answer(monkeypatch, YES)
    page.delete_current()  # the location still has its teams
    assert not asked and _("Team") in shown[0]
    assert table_dump(database) == before


def test_removing_a_team_says_who_loses_it(dialog, seeded, monkeypatch):
    page = dialog.page("locations")
    select(page, "De Wingerd")
    page.ui.childTable.selectRow(0)
    asked = answer(monkeypatch, YES)
    page.delete_child()
    assert "4" in asked[0]  # four staff members lose their team
    assert m.Staff.select().where(m.Staff.team.is_null()).count() == 4


# -- staff and roles --------------------------------------------------------------------------------


def test_staff_sort_by_last_name_the_dutch_way_and_search_forgives_diacritics(dialog, qtbot):
    page = dialog.page("staff")
    assert names(page) == ["Piet Aalders", "Zoë van der Berg", "Ömer Çelik", "Anna de Wit"]
    page.ui.tableView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Anna de Wit"
    qtbot.keyClicks(page.ui.filterEdit, "celik")
    assert names(page) == ["Ömer Çelik"]
    page.ui.filterEdit.setText("zoe berg")
    assert names(page) == ["Zoë van der Berg"]
    page.ui.filterEdit.setText("praktijkopleider" if _("Practice trainer") == "Praktijkopleider" else "practice")
    assert names(page) == ["Zoë van der Berg"]
    assert page.ui.countLabel.text().startswith("1 ")


def test_staff_member_with_team_and_roles(dialog, main_window, seeded, monkeypatch, database):
    page = dialog.page("staff")
    page.start_new()
    field(page, "first_name").setText("Søren")
    field(page, "last_name").setText("Jansen")
    field(page, "employee_number").setText("M100200")
    page.form.bindings["team"].set(seeded["team"].id)
    assert page.save()
    person = m.Staff.get(m.Staff.last_name == "Jansen")
    assert person.team_id == seeded["team"].id and person.employee_number == "M100200"

    fill_child(monkeypatch, role="work_supervisor", since="01-09-2025", certified_until="01-09-2027")
    page.add_child()
    role = m.StaffRole.get(m.StaffRole.staff == person.id)
    assert role.role == "work_supervisor"
    assert (role.since, role.certified_until) == (dt.date(2025, 9, 1), dt.date(2027, 9, 1))

    before = table_dump(database)
    seen = fill_child(monkeypatch, role="work_supervisor")
    page.add_child()
    assert _("This staff member already has this role.") in seen[0].ui.errorLabel.text()
    seen = fill_child(monkeypatch, role="assessor", since="01-09-2025", certified_until="01-09-2024")
    page.add_child()
    assert _("The certification ends before the role began.") in seen[0].ui.errorLabel.text()
    assert seen[0].form.bindings["certified_until"].widget.styleSheet()
    assert table_dump(database) == before

    asked = answer(monkeypatch, NO)
    page.delete_current()
    assert _("Staff role") in asked[0] and _("To keep that history, untick “Active” instead.") in asked[0]
    page.ui.inactiveCheck.setChecked(True)
    field(page, "active").setChecked(False)
    assert page.save()
    assert not m.Staff.get_by_id(person.id).active
    assert page.proxy.index(names(page).index("Søren Jansen"), 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_an_expired_certification_stands_out(dialog, seeded):
    service_for(m.StaffRole).update(
        m.StaffRole.get().id, since="2020-01-01", certified_until=clock.today() - dt.timedelta(days=1)
    )
    page = dialog.page("staff")
    select(page, "Zoë van der Berg")
    column = page.child_model.column_index("certified_until")
    assert page.child_proxy.index(0, column).data(Qt.ItemDataRole.ForegroundRole) is not None


# -- keyboard and unsaved input ---------------------------------------------------------------------


def test_keyboard_new_delete_and_enter(dialog, qtbot, monkeypatch):
    page = dialog.page("schools")
    dialog.activateWindow()
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Insert)
    assert page.mode == "new" and field(page, "name").hasFocus()
    page.revert()
    select(page, "Hogeschool Fictief")
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Return)
    assert field(page, "name").hasFocus()
    asked = answer(monkeypatch, NO)
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Delete)
    assert asked and "Hogeschool Fictief" in asked[0]
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.mode == "new"


def test_enter_never_closes_and_ctrl_z_undoes_in_the_dialog(dialog, qtbot):
    page = dialog.page("schools")
    dialog.activateWindow()
    qtbot.keyClicks(page.ui.filterEdit, "zuid")
    qtbot.keyClick(page.ui.filterEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and page.ui.tableView.hasFocus()
    assert page.ui.detailGroup.title() == "ROC Fictief Zuid"
    city = field(page, "city")
    city.setFocus()
    city.setText("Venlo")
    qtbot.keyClick(city, Qt.Key.Key_Return)
    assert dialog.isVisible() and m.School.get(m.School.name == "ROC Fictief Zuid").city == "Venlo"
    page.ui.tableView.setFocus()
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert m.School.get(m.School.name == "ROC Fictief Zuid").city == "Heerlen"
    assert city.text() == "Heerlen"
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_tab_goes_from_the_list_to_its_buttons_and_then_the_form(dialog, qtbot):
    page = dialog.page("staff")
    dialog.ui.pageTabs.setCurrentIndex(3)
    dialog.activateWindow()
    page.ui.tableView.setFocus()
    visited = []
    for _step in range(4):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert visited == [page.ui.newButton, page.ui.deleteButton, field(page, "first_name"), field(page, "name_prefix")]


def test_unsaved_input_is_not_lost_by_selecting_another_record(dialog, monkeypatch):
    page = dialog.page("schools")
    select(page, "ROC Fictief Zuid")
    field(page, "city").setText("Kerkrade")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.ui.tableView.selectRow(names(page).index("Hogeschool Fictief"))
    assert page.ui.detailGroup.title() == "ROC Fictief Zuid" and field(page, "city").text() == "Kerkrade"
    assert page.ui.tableView.currentIndex().data(OBJECT_ROLE).name == "ROC Fictief Zuid"

    answer(monkeypatch, QMessageBox.StandardButton.Save)
    page.ui.tableView.selectRow(names(page).index("Hogeschool Fictief"))
    assert page.ui.detailGroup.title() == "Hogeschool Fictief"
    assert page.ui.tableView.currentIndex().data(OBJECT_ROLE).name == "Hogeschool Fictief"
    assert m.School.get(m.School.name == "ROC Fictief Zuid").city == "Kerkrade"


def test_closing_with_unsaved_input_asks(dialog, monkeypatch):
    page = dialog.page("locations")
    select(page, "De Wingerd")
    field(page, "city").setText("Roermond")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert m.Location.get().city == "Weert"


def test_tabs_of_the_main_window_reload_after_changes(main_window, seeded, monkeypatch):
    reloaded = []
    monkeypatch.setattr(type(main_window), "reload_tabs", lambda self: reloaded.append(True))

    def change_and_close(dialog):
        page = dialog.page("schools")
        select(page, "ROC Fictief Zuid")
        field(page, "city").setText("Sittard")
        page.save()
        dialog.accept()
        return 1

    monkeypatch.setattr(ReferenceDialog, "exec", change_and_close)
    main_window.edit_reference_data()
    assert reloaded == [True]
    main_window.action_undo.trigger()  # after the dialog closed, undo still tells the tabs
    assert m.School.get(m.School.name == "ROC Fictief Zuid").city == "Heerlen"
    assert reloaded == [True, True]


# -- service rules ---------------------------------------------------------------------------------


def test_service_rules_for_reference_data(database):
    location = service_for(m.Location).create(name="Venlo")
    teams = service_for(m.Team)
    team = teams.create(location=location.id, name="Noord")
    other = service_for(m.Location).create(name="Venray")
    teams.create(location=other.id, name="Noord")  # the same name at another location is fine
    with pytest.raises(ValidationError) as caught:
        teams.create(location=location.id, name=" NOORD ")
    assert caught.value.field == "name"
    teams.update(team.id, name="noord")  # renaming a team to itself, differently cased, is fine
    with pytest.raises(ValidationError) as caught:
        service_for(m.Location).create(name="venlo")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        service_for(m.School).create(name="ROC", brin="12345")
    assert caught.value.field == "brin"
    assert service_for(m.School).create(name="ROC", brin=" 25pz01 ").brin == "25PZ01"
    programme = service_for(m.Programme).create(name="Helpende", crebo="25498", level="2", pathway="BBL")
    processes = service_for(m.WorkProcess)
    first = processes.create(programme=programme.id, code="B1-K1-W1", title="Een")
    second = processes.create(programme=programme.id, code="B1-K1-W2", title="Twee")
    assert (first.position, second.position) == (1, 2)
    with pytest.raises(ValidationError) as caught:
        processes.update(second.id, code="b1-k1-w1")
    assert caught.value.field == "code"
    person = service_for(m.Staff).create(first_name="Fleur", last_name="Bos")
    roles = service_for(m.StaffRole)
    role = roles.create(staff=person.id, role="assessor", since="2025-01-01")
    with pytest.raises(ValidationError) as caught:
        roles.update(role.id, certified_until="2024-12-31")
    assert caught.value.field == "certified_until"
    with pytest.raises(ValidationError) as caught:
        roles.create(staff=person.id, role="assessor")
    assert caught.value.field == "role"
