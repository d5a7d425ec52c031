"""Signing on screen and on paper: the pad takes mouse, pen and finger, and gives the ink as a PNG;
the dialogs only let a signature through with a name, ink or a real scan, and never a future date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from desktop import clock
from desktop.views.signing.dialogs import SignOnPaperDialog, SignOnScreenDialog
from desktop.views.signing.pad import SignaturePad

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw(qtbot, widget, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(widget, QPoint(*point))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def zigzag(left: int = 40, right: int = 300, middle: int = 100, height: int = 30) -> list[tuple[int, int]]:
    return [(x, middle + (height if (x // 20) % 2 else -height)) for x in range(left, right + 1, 10)]


def image_of(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def pen() -> QPointingDevice:
    return QPointingDevice(
        "test pen",
        7001,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )


def send_tablet(widget, device, kind: QEvent.Type, x: float, y: float, pressure: float) -> QTabletEvent:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletMove else Qt.MouseButton.LeftButton
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    position = QPointF(x, y)
    event = QTabletEvent(
        kind,
        device,
        position,
        QPointF(widget.mapToGlobal(position)),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        button,
        held,
    )
    QApplication.sendEvent(widget, event)
    return event


def pen_line(widget, device, pressure: float, y: float = 100) -> list[QTabletEvent]:
    events = [send_tablet(widget, device, QEvent.Type.TabletPress, 40, y, pressure)]
    events += [send_tablet(widget, device, QEvent.Type.TabletMove, x, y, pressure) for x in range(50, 301, 10)]
    events.append(send_tablet(widget, device, QEvent.Type.TabletRelease, 300, y, 0.0))
    return events


# -- the pad ------------------------------------------------------------------------------------------


def test_a_new_pad_is_empty_and_gives_no_image(pad):
    assert pad.is_empty()
    assert pad.png() == b""
    assert pad.minimumWidth() >= 400 and pad.minimumHeight() >= 150
    assert pad.accessibleName()


def test_drawing_with_the_mouse_leaves_ink_and_says_so(qtbot, pad):
    with qtbot.waitSignal(pad.changed, timeout=1000):
        draw(qtbot, pad, zigzag())
    assert not pad.is_empty()
    # The ink is on screen: dark blue where the line ran, none on the blank top of the pad.
    shown = pad.grab().toImage()
    assert shown.pixelColor(10, 10) == QColor("white")
    assert any(shown.pixelColor(x, y).blue() > shown.pixelColor(x, y).red() + 60 for x, y in zigzag())


def test_clear_and_the_delete_key_empty_the_pad(qtbot, pad):
    draw(qtbot, pad, zigzag())
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.clear()
    assert pad.is_empty() and pad.png() == b""

    draw(qtbot, pad, zigzag())
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()
    draw(qtbot, pad, zigzag())
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.is_empty()


def test_png_is_the_ink_alone_cropped_and_transparent(qtbot, pad):
    draw(qtbot, pad, zigzag(left=100, right=260))
    data = pad.png()
    assert data.startswith(PNG_SIGNATURE)
    image = image_of(data)
    assert image.hasAlphaChannel()
    # Cropped to the ink (160 × 60 px drawn) with a small margin, not the whole 500 × 200 pad.
    assert 160 < image.width() < 200 and 60 < image.height() < 100
    for x, y in ((0, 0), (image.width() - 1, 0), (0, image.height() - 1), (image.width() - 1, image.height() - 1)):
        assert image.pixelColor(x, y).alpha() == 0
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    solid = [colour for colour in pixels if colour.alpha() == 255]
    assert solid and all(colour.blue() > colour.red() + 60 for colour in solid)


def test_a_large_signature_is_scaled_down_to_600_by_200_keeping_its_shape(qtbot, pad):
    pad.resize(1400, 500)
    qtbot.waitUntil(lambda: pad.width() == 1400)
    draw(qtbot, pad, [(20 + i * 30, 40 + i * 9) for i in range(45)])  # 1320 × 396 px of ink
    image = image_of(pad.png())
    assert image.width() <= 600 and image.height() <= 200
    assert image.width() == 600 or image.height() == 200
    assert image.width() / image.height() == pytest.approx((1320 + 14) / (396 + 14), rel=0.05)


def test_the_signature_survives_a_resize(qtbot, pad):
    draw(qtbot, pad, zigzag())
    before = image_of(pad.png())
    pad.resize(700, 300)
    qtbot.waitUntil(lambda: pad.width() == 700)
    pad.resize(450, 170)
    qtbot.waitUntil(lambda: pad.width() == 450)
    assert not pad.is_empty()
    assert image_of(pad.png()) == before


def test_a_pen_draws_once_and_presses_harder_for_a_wider_line(qtbot, pad):
    device = pen()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        events = pen_line(pad, device, pressure=0.1)
    # Accepted, so Qt does not turn the pen into mouse events that would draw the line a second time.
    assert all(event.isAccepted() for event in events)
    light = image_of(pad.png())
    pad.clear()
    pen_line(pad, device, pressure=1.0)
    firm = image_of(pad.png())
    assert light.width() == pytest.approx(firm.width(), abs=4)
    assert firm.height() >= light.height() + 2


def test_mouse_events_made_up_from_the_pen_add_no_second_line(qtbot, pad):
    """Some Windows pen drivers send mouse events as well; the pen already drew that line."""
    device = pen()
    pen_line(pad, device, pressure=0.5)
    before = image_of(pad.png())
    for kind, x, button, held in (
        (QEvent.Type.MouseButtonPress, 40, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, 300, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, 300, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton),
    ):
        position = QPointF(x, 160)  # well below the pen's line: any ink here would grow the image
        event = QMouseEvent(
            kind, position, position, QPointF(pad.mapToGlobal(position)), button, held,
            Qt.KeyboardModifier.NoModifier, device,
        )  # fmt: skip
        QApplication.sendEvent(pad, event)
    assert image_of(pad.png()) == before


def test_a_finger_draws_and_a_second_finger_does_not(qtbot, pad):
    touch = QTest.createTouchDevice()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        QTest.touchEvent(pad, touch).press(0, QPoint(50, 100), pad).commit()
        for x in range(60, 201, 10):
            step = QTest.touchEvent(pad, touch).move(0, QPoint(x, 100 + (x % 20)), pad)
            if x == 100:  # a palm comes down far to the right while the finger writes
                step.press(1, QPoint(450, 30), pad)
            elif x > 100:
                step.move(1, QPoint(450, 30 + x - 100), pad)
            step.commit()
        QTest.touchEvent(pad, touch).release(0, QPoint(200, 100), pad).release(1, QPoint(450, 130), pad).commit()
    assert not pad.is_empty()
    image = image_of(pad.png())
    assert image.width() < 200  # the finger's 150 px, not as far as the palm at x=450


# -- signing on screen ----------------------------------------------------------------------------------


@pytest.fixture
def screen_dialog(qtbot):
    dialog = SignOnScreenDialog(
        None, role_label="Praktijkopleider", signer_name="Fatima El Amrani", form_label="Praktijkopdracht PO-0142"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_sign_is_possible_only_with_a_name_and_ink(qtbot, screen_dialog):
    sign = screen_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    name = screen_dialog.ui.nameEdit
    pad = screen_dialog.findChild(SignaturePad, "sign_screen.pad")
    assert name.text() == "Fatima El Amrani"
    assert not sign.isEnabled()  # a name, but no ink yet

    draw(qtbot, pad, zigzag())
    assert sign.isEnabled()

    name.clear()
    qtbot.keyClicks(name, "   ")
    assert not sign.isEnabled()  # ink, but no name
    name.clear()
    qtbot.keyClicks(name, " F. El Amrani ")
    assert sign.isEnabled()

    qtbot.mouseClick(screen_dialog.ui.clearButton, Qt.MouseButton.LeftButton)
    assert pad.is_empty() and not sign.isEnabled()

    draw(qtbot, pad, zigzag())
    qtbot.mouseClick(sign, Qt.MouseButton.LeftButton)
    assert screen_dialog.result() == QDialog.DialogCode.Accepted
    values = screen_dialog.values()
    assert values["signer_name"] == "F. El Amrani"
    assert values["image"].startswith(PNG_SIGNATURE)


def test_the_screen_dialog_shows_form_role_and_today(screen_dialog):
    assert screen_dialog.ui.formValue.text() == "Praktijkopdracht PO-0142"
    assert screen_dialog.ui.roleValue.text() == "Praktijkopleider"
    assert str(clock.today().year) in screen_dialog.ui.dateValue.text()
    assert not screen_dialog.ui.clearButton.isEnabled()


# -- signed on paper -------------------------------------------------------------------------------------

TODAY = dt.date(2025, 3, 14)


@pytest.fixture
def paper_dialog(qtbot):
    dialog = SignOnPaperDialog(
        None, role_label="Werkbegeleider", signer_name="Jan de Vries", form_label="Beoordeling BE-0031", today=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def attach_through_file_dialog(qtbot, monkeypatch, dialog, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.mouseClick(dialog.ui.attachScanButton, Qt.MouseButton.LeftButton)


def test_paper_refuses_a_text_file_renamed_to_pdf(qtbot, monkeypatch, paper_dialog, tmp_path):
    fake = tmp_path / "handtekening.pdf"
    fake.write_text("This is not a scan, only text.", encoding="utf-8")
    attach_through_file_dialog(qtbot, monkeypatch, paper_dialog, fake)
    error = paper_dialog.findChild(type(paper_dialog.ui.errorLabel), "sign_paper.error")
    assert "handtekening.pdf" in error.text()
    assert paper_dialog.ui.attachScanButton.toolTip()  # the field is marked with the reason
    assert paper_dialog.isVisible()
    assert paper_dialog.values()["scan"] is None
    assert not paper_dialog.ui.removeScanButton.isEnabled()


def test_paper_refuses_a_missing_or_too_large_scan(qtbot, paper_dialog, tmp_path):
    assert not paper_dialog.attach_scan(tmp_path / "weg.png")
    assert "weg.png" in paper_dialog.ui.errorLabel.text()

    huge = tmp_path / "groot.png"
    with huge.open("wb") as handle:
        handle.write(PNG_SIGNATURE)
        handle.truncate(11 * 1024 * 1024)
    assert not paper_dialog.attach_scan(huge)
    assert "groot.png" in paper_dialog.ui.errorLabel.text() and "10" in paper_dialog.ui.errorLabel.text()
    assert paper_dialog.values()["scan"] is None


def test_paper_takes_a_real_png_and_can_remove_it(qtbot, monkeypatch, paper_dialog, tmp_path):
    scan = tmp_path / "scan-bpv.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan), "PNG")
    attach_through_file_dialog(qtbot, monkeypatch, paper_dialog, scan)
    assert paper_dialog.ui.errorLabel.text() == ""
    assert paper_dialog.ui.scanNameLabel.text() == "scan-bpv.png"
    values = paper_dialog.values()
    assert values["scan"] == scan.read_bytes() and values["scan_name"] == "scan-bpv.png"

    qtbot.mouseClick(paper_dialog.ui.removeScanButton, Qt.MouseButton.LeftButton)
    values = paper_dialog.values()
    assert values["scan"] is None and values["scan_name"] == ""
    assert paper_dialog.ui.scanNameLabel.text() != "scan-bpv.png"


def test_a_refused_scan_keeps_the_one_attached_before(paper_dialog, tmp_path):
    scan = tmp_path / "echt.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    assert paper_dialog.attach_scan(scan)
    text = tmp_path / "notities.jpg"
    text.write_text("geen foto", encoding="utf-8")
    assert not paper_dialog.attach_scan(text)
    assert paper_dialog.values()["scan_name"] == "echt.jpg"


def test_paper_date_defaults_to_today_and_cannot_be_in_the_future(qtbot, paper_dialog):
    edit = paper_dialog.ui.signedOnEdit
    assert paper_dialog.values()["signed_on"] == TODAY
    assert edit.calendarPopup()

    edit.setDate(QDate(TODAY + dt.timedelta(days=1)))
    assert edit.date().toPython() == TODAY
    edit.setFocus()
    edit.setCurrentSection(edit.Section.DaySection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # the day after today, by keyboard
    assert paper_dialog.values()["signed_on"] == TODAY

    edit.setDate(QDate(2025, 3, 3))
    assert paper_dialog.values()["signed_on"] == dt.date(2025, 3, 3)


def test_paper_needs_a_name_and_then_closes_with_its_values(qtbot, paper_dialog):
    ok = paper_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    paper_dialog.ui.nameEdit.clear()
    assert not ok.isEnabled()
    qtbot.keyClicks(paper_dialog.ui.nameEdit, "J. de Vries")
    paper_dialog.ui.signedOnEdit.setDate(QDate(2025, 3, 10))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert paper_dialog.result() == QDialog.DialogCode.Accepted
    assert paper_dialog.values() == {
        "signer_name": "J. de Vries",
        "signed_on": dt.date(2025, 3, 10),
        "scan": None,
        "scan_name": "",
    }


@pytest.mark.parametrize("dialog_class", [SignOnPaperDialog, SignOnScreenDialog])
def test_what_is_signed_is_shown_whole_not_cut_off_after_some_lines(qtbot, dialog_class):
    scores = "; ".join(f"B1-K1-W{n} Voldoende" for n in range(1, 12))
    content = f"Eindbeoordeling\n{scores}\nBeroepshouding: Goed\nEindscore: Goed\nBeoordelingsgesprek: 12 maart 2026"
    dialog = dialog_class(
        None, role_label="Lerende", signer_name="Zoë Çelik", form_label="BF-2026-00001", content=content
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.ui.contentValue
    assert label.heightForWidth(label.width()) > 6 * label.fontMetrics().height()  # wrapped to more than six lines
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
