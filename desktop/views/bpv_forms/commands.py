"""Undo steps for BPV forms: making one, and editing one (as whole snapshots, before and after).

Signing and reopening are evidence and never undone. A step taken before a form was signed or
reopened is refused afterwards (the command becomes obsolete): `forms.replace_form` refuses an edit
step itself, and the step that made a form refuses to delete it once its signatures changed.
"""

from __future__ import annotations

from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import form_views, forms
from desktop.services.base import Snapshot
from desktop.views.kit.undo import ServiceCommand


class CreateFormCommand(ServiceCommand):
    """Undo deletes the new form; redo puts it back as it was."""

    def __init__(self, kind: str, form_id: int, text: str, on_change=None):
        super().__init__(text, on_change)
        self.kind, self.form_id = kind, form_id
        self.signing = form_views.signing_state(kind, form_id)
        self.snapshot: Snapshot | None = None
        self.version = forms.service(kind).get(form_id).version  # made right after the form: what undo expects

    def apply(self) -> None:
        if self.snapshot is not None:
            forms.service(self.kind).restore(self.snapshot)

    def revert(self) -> None:
        if form_views.signing_state(self.kind, self.form_id) != self.signing:
            raise ValidationError("id", _("The form was signed or reopened since; this step can no longer be undone."))
        version = self.snapshot.row["version"] if self.snapshot is not None else self.version
        self.snapshot = forms.delete_form(self.kind, self.form_id, version)


class EditFormCommand(ServiceCommand):
    """Undo puts the form back as it was before the edit, redo as it was after; each refused once someone else
    changed the form since (a snapshot puts its version back too, so the form has the other's version while nobody
    else changed it)."""

    def __init__(self, kind: str, before: Snapshot, after: Snapshot, text: str, on_change=None):
        super().__init__(text, on_change)
        self.kind, self.before, self.after = kind, before, after

    def apply(self) -> None:
        forms.replace_form(self.kind, self.after, self.before.row["version"])

    def revert(self) -> None:
        forms.replace_form(self.kind, self.before, self.after.row["version"])
