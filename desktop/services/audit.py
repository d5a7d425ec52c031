"""Reading the change history (the audit log)."""

from __future__ import annotations

from desktop.storage.models import AuditEntry

HISTORY_LIMIT = 20_000


def recent_entries(limit: int = HISTORY_LIMIT) -> list[AuditEntry]:
    """The newest `limit` entries, newest first."""
    return list(AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
