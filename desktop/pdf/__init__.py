"""PDF printouts, rendered with ReportLab to bytes; no Qt and no database access in here.

This module itself imports no ReportLab, so a window can refer to `RenderCancelledError` without
loading the PDF machinery at start-up.
"""


class RenderCancelledError(Exception):
    """The person cancelled while the document was being made."""


def address_lines(organisation) -> tuple[str, ...]:
    """The lines under the organisation's name on every printout, from anything with the fields of
    `Organisation`: address, postal code and city, phone, e-mail (empty ones left out)."""
    place = " ".join(part for part in (organisation.postal_code, organisation.city) if part)
    lines = (organisation.address, place, organisation.phone, organisation.email)
    return tuple(line for line in lines if line)
