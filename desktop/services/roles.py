"""What the login the program is connected as may do, so that the window hides what its role may not.

On a server the role is the login's (`desktop.storage.server_roles`), and the server refuses the rest anyway; on a
file there are no logins and whoever opens it is the coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import _
from desktop.storage.models import db
from desktop.storage.server_roles import role_of_login


@dataclass(frozen=True)
class Permissions:
    role: str
    tabs: frozenset[str] | None  # the main window's tabs the role works in (by their factory's name); None: all
    administers: bool  # the organisation, reference data, change history, privacy, encryption, staff development
    reads_reports: bool  # reports, budget, studentwaardering, school evaluations, learning climate
    writes: bool = True  # adds, changes or deletes anything at all (in the tabs it is shown)

    def shows_tab(self, name: str) -> bool:
        return self.tabs is None or name in self.tabs

    def note(self) -> str:
        """A sentence for the status bar about what the role limits; empty for the coordinator."""
        if self.role == "praktijkopleider":
            return _("Role praktijkopleider: you see and change the BPV periods and forms of your own learners.")
        if self.role == "readonly":
            return _("Role read-only: you can read everything, and change nothing.")
        return ""


ROLE_PERMISSIONS = {
    "coordinator": Permissions("coordinator", None, administers=True, reads_reports=True),
    "praktijkopleider": Permissions(
        "praktijkopleider", frozenset({"learners", "forms"}), administers=False, reads_reports=False
    ),
    # Reads all; the buttons that would change something are hidden, and the server refuses such a change anyway.
    "readonly": Permissions("readonly", None, administers=False, reads_reports=True, writes=False),
}


def current_permissions() -> Permissions:
    """What the bound database's login may do (a file: everything)."""
    return ROLE_PERMISSIONS[role_of_login(db.obj)]
