"""How long each kind of record is kept, in whole years, stored in the database (`AppSetting`).

The defaults are the organisation's choices, explained in the README: signed BPV forms 7 years after
the placement ended (the term of the fiscal duty to keep records, art. 52 AWR, which employers also
keep for the evidence behind the subsidy for work-based learning); a learner's other records 2 years
after their last placement ended and an inactive staff member's 2 years (the Autoriteit
Persoonsgegevens' guideline for personnel files after someone leaves); training records 5 years
after a certificate expired or an enrolment ended; coaching trajectories 2 years after they ended;
the change history 7 years, as long as the forms whose history it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import ValidationError
from desktop.i18n import N_, _
from desktop.services.base import audit
from desktop.storage.models import AppSetting, db

KEY = "retention.{kind}.years"
MIN_YEARS, MAX_YEARS = 1, 100


@dataclass(frozen=True)
class RetentionKind:
    code: str
    label: str  # N_(): translate when shown
    counted_from: str  # N_()
    default_years: int


KINDS: tuple[RetentionKind, ...] = (
    RetentionKind("learner", N_("Learner records"), N_("after the last BPV period ended"), 2),
    RetentionKind("signed_form", N_("Signed BPV forms"), N_("after the BPV period ended"), 7),
    RetentionKind("staff", N_("Staff no longer active"), N_("after the last change to the record"), 2),
    RetentionKind("training", N_("Training records and certificates"), N_("after expiry or the end"), 5),
    RetentionKind("coaching", N_("Coaching trajectories"), N_("after the trajectory ended"), 2),
    RetentionKind("audit", N_("Change history"), N_("after the change"), 7),
)
BY_CODE = {kind.code: kind for kind in KINDS}


def retention_years(code: str) -> int:
    kind = BY_CODE[code]
    row = AppSetting.get_or_none(AppSetting.key == KEY.format(kind=code))
    if row is None:
        return kind.default_years
    try:
        years = int(row.value)
    except ValueError:
        return kind.default_years
    return years if MIN_YEARS <= years <= MAX_YEARS else kind.default_years


def all_retention_years() -> dict[str, int]:
    return {kind.code: retention_years(kind.code) for kind in KINDS}


def longest_retention_years() -> int:
    return max(all_retention_years().values())


def set_retention_years(values: dict[str, object]) -> None:
    """Store the periods given (code -> years); all are checked before any is written."""
    cleaned = {}
    for code, value in values.items():
        if code not in BY_CODE:
            raise ValidationError(code, _("Unknown kind of record."))
        try:
            years = int(str(value).strip())
        except ValueError:
            raise ValidationError(code, _("Must be a whole number of years.")) from None
        if not MIN_YEARS <= years <= MAX_YEARS:
            raise ValidationError(
                code, _("Must be between {low} and {high} years.").format(low=MIN_YEARS, high=MAX_YEARS)
            )
        cleaned[code] = years
    with db.atomic():
        for code, years in cleaned.items():
            AppSetting.insert(key=KEY.format(kind=code), value=str(years)).on_conflict(
                conflict_target=[AppSetting.key], preserve=[AppSetting.value]
            ).execute()
        if cleaned:
            audit("update", AppSetting._meta.table_name, None, sorted(KEY.format(kind=code) for code in cleaned))
