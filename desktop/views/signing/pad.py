"""A box to sign in with the mouse, a pen on a tablet or a finger, giving the ink as a transparent PNG.

Strokes are kept as points in widget coordinates, each with the width the pen had there, so the
drawing survives a resize and the PNG is drawn afresh from them (sharp, whatever the screen's scale).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QImage,
    QInputDevice,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import _

INK = QColor(20, 35, 110)  # dark blue, as a ballpoint pen on a paper form
PAPER = QColor(255, 255, 255)
BASELINE = QColor(200, 205, 218)
HINT = QColor(130, 136, 150)
FRAME = QColor(170, 175, 188)

MOUSE_WIDTH = 2.4
TOUCH_WIDTH = 2.8
PEN_WIDTHS = (0.9, 4.2)  # at the lightest and the firmest pressure
MIN_STEP = 0.75  # closer points add nothing but work
PNG_MAX = QSize(600, 200)
PNG_MARGIN = 6.0

Point = tuple[QPointF, float]  # where, and the line width there
Stroke = list[Point]


class SignaturePad(QWidget):
    """Emits `changed` when a stroke is finished and when the pad is cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing: str | None = None  # "mouse", "tablet" or "touch" while a stroke is under way
        self._touch_id: int | None = None
        # Pens and touch screens that sent their own events: mouse events Qt makes up from them are
        # not drawn a second time.
        self._native_devices: set[QInputDevice.DeviceType] = set()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(420, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_("Signature"))
        self.setAccessibleDescription(
            _("Sign with the mouse, a pen or a finger. Delete or Backspace clears the signature.")
        )

    def sizeHint(self) -> QSize:
        return QSize(520, 200)

    # -- what others ask ------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        was_empty = self.is_empty()
        self._strokes.clear()
        self._drawing = self._touch_id = None
        self.update()
        if not was_empty:
            self.changed.emit()

    def png(self) -> bytes:
        """The ink alone on a transparent background, cropped to the strokes with a small margin and at
        most 600×200 pixels; empty bytes when nothing is drawn."""
        bounds = self._ink_bounds()
        if bounds is None:
            return b""
        bounds.adjust(-PNG_MARGIN, -PNG_MARGIN, PNG_MARGIN, PNG_MARGIN)
        scale = min(1.0, PNG_MAX.width() / bounds.width(), PNG_MAX.height() / bounds.height())
        width = min(PNG_MAX.width(), max(1, math.ceil(bounds.width() * scale)))
        height = min(PNG_MAX.height(), max(1, math.ceil(bounds.height() * scale)))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.left(), -bounds.top())
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def _ink_bounds(self) -> QRectF | None:
        points = [(point, width) for stroke in self._strokes for point, width in stroke]
        if not points:
            return None
        left = min(p.x() - w / 2 for p, w in points)
        top = min(p.y() - w / 2 for p, w in points)
        right = max(p.x() + w / 2 for p, w in points)
        bottom = max(p.y() + w / 2 for p, w in points)
        return QRectF(left, top, right - left, bottom - top)

    # -- strokes --------------------------------------------------------------------------------------
    def _begin(self, source: str, position: QPointF, width: float) -> None:
        self._drawing = source
        self._strokes.append([(QPointF(position), width)])
        self._update_around(position, position, width)

    def _extend(self, position: QPointF, width: float) -> None:
        stroke = self._strokes[-1]
        last, last_width = stroke[-1]
        if math.hypot(position.x() - last.x(), position.y() - last.y()) < MIN_STEP:
            return
        width = 0.6 * last_width + 0.4 * width  # a pen's pressure jumps; the line should not
        stroke.append((QPointF(position), width))
        self._update_around(last, position, max(width, last_width))

    def _end(self) -> None:
        if self._drawing is None:
            return
        self._drawing = self._touch_id = None
        self.changed.emit()

    def _update_around(self, a: QPointF, b: QPointF, width: float) -> None:
        # The curve between midpoints can reach a little beyond the two points; a generous band is cheap.
        pad = width + 12
        rect = QRectF(a, b).normalized().adjusted(-pad, -pad, pad, pad)
        self.update(rect.toAlignedRect())

    # -- mouse ----------------------------------------------------------------------------------------
    def _from_pen_or_touch(self, event: QMouseEvent) -> bool:
        return event.device() is not None and event.device().type() in self._native_devices

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        if self._drawing or self._from_pen_or_touch(event):
            return
        self._begin("mouse", event.position(), MOUSE_WIDTH)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_WIDTH)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_WIDTH)
            self._end()
        event.accept()

    # -- pen ------------------------------------------------------------------------------------------
    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not make mouse events of it as well (which would draw every line twice).
        event.accept()
        if event.device() is not None:
            self._native_devices.add(event.device().type())
        low, high = PEN_WIDTHS
        width = low + (high - low) * max(0.0, min(1.0, event.pressure()))
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._drawing is None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin("tablet", event.position(), width)
        elif kind == QEvent.Type.TabletMove and self._drawing == "tablet":
            self._extend(event.position(), width)
        elif kind == QEvent.Type.TabletRelease and self._drawing == "tablet":
            self._end()

    # -- finger ---------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        event.accept()  # accepting TouchBegin brings the rest of the gesture here, and no mouse events
        if event.device() is not None:
            self._native_devices.add(event.device().type())
        if event.type() == QEvent.Type.TouchCancel:
            self._end()
            return
        for point in event.points():
            state = point.state()
            # One finger draws: the first one down; a second finger (a palm, a thumb) is left alone.
            if state == point.State.Pressed and self._drawing is None:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self._touch_id = point.id()
                self._begin("touch", point.position(), TOUCH_WIDTH)
            elif self._drawing == "touch" and point.id() == self._touch_id:
                if state == point.State.Updated:
                    self._extend(point.position(), TOUCH_WIDTH)
                elif state == point.State.Released:
                    self._extend(point.position(), TOUCH_WIDTH)
                    self._end()

    # -- keyboard -------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- painting -------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(event.rect())
        painter.fillRect(self.rect(), PAPER)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_guide(painter)
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke)
        self._paint_frame(painter)
        painter.end()

    def _baseline_y(self) -> float:
        return self.height() - max(28.0, self.height() * 0.22)

    def _paint_guide(self, painter: QPainter) -> None:
        margin = 24.0
        y = self._baseline_y()
        painter.setPen(QPen(BASELINE, 1.2))
        painter.drawLine(QPointF(margin, y), QPointF(self.width() - margin, y))
        # The cross at the start of the line, as on a paper form.
        cross = 5.0
        painter.drawLine(QPointF(margin, y - 10 - cross), QPointF(margin + 2 * cross, y - 10 + cross))
        painter.drawLine(QPointF(margin, y - 10 + cross), QPointF(margin + 2 * cross, y - 10 - cross))
        if self.is_empty():
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            painter.setFont(font)
            painter.setPen(HINT)
            text_rect = QRectF(margin, y + 4, self.width() - 2 * margin, self.height() - y - 4)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, _("Sign here"))

    def _paint_frame(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(FRAME, 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    @staticmethod
    def _paint_stroke(painter: QPainter, stroke: Stroke) -> None:
        """A stroke as quadratic curves through the midpoints of its points: smooth, without the
        corners of a polyline, each piece as wide as the pen was there."""
        pen = QPen(INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if len(stroke) == 1:
            point, width = stroke[0]
            pen.setWidthF(width)
            painter.setPen(pen)
            painter.drawPoint(point)
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        start = stroke[0][0]
        for index in range(1, len(stroke)):
            point, width = stroke[index]
            if index == len(stroke) - 1:
                end = point
                control = (start + point) / 2
            else:
                end = (point + stroke[index + 1][0]) / 2
                control = point
            path = QPainterPath(start)
            path.quadTo(control, end)
            pen.setWidthF(width)
            painter.setPen(pen)
            painter.drawPath(path)
            start = end
