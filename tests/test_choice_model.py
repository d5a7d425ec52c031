"""A combo box whose choices are one list model: filled, chosen, kept and typed to find as any other."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop.views.kit.choice_model import ChoiceListModel
from desktop.views.kit.widgets import fill_combo, make_searchable, select


def test_a_combo_box_of_one_list_is_filled_chosen_and_keeps_its_choice(qtbot, qtmodeltester):
    combo = QComboBox()
    qtbot.addWidget(combo)
    model = ChoiceListModel(combo)
    combo.setModel(model)
    make_searchable(combo)
    people = [(12, "Petra Hermans"), (40, "Sjef Coenen"), (7, "Wim Vossen")]
    fill_combo(combo, people, empty="Iedereen")
    qtmodeltester.check(model)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Iedereen", *(name for _n, name in people)]
    assert combo.currentData() is None
    select(combo, 40)
    assert (combo.currentText(), combo.currentData()) == ("Sjef Coenen", 40)
    fill_combo(combo, people[1:], empty="Iedereen")  # filled again: the choice stays
    assert (combo.currentIndex(), combo.currentData()) == (1, 40)
    fill_combo(combo, people[2:], empty="Iedereen")  # no longer there: back to everyone
    assert combo.currentData() is None
    completer = combo.completer()
    assert completer.model() is model
    completer.setCompletionPrefix("voss")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Wim Vossen"
