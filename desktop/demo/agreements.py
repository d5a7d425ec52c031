"""Demo agreements and SBB recognitions: most placements signed in time, a few not, so the flags show.

Each period gets the agreements its kind of learner needs (`services.agreements.REQUIRED_AGREEMENTS`): for a
finished period they were signed and have ended; a running one is signed by all parties, except for a few still
received or requested; a planned one is anywhere on the way. About half of the signed ones have a scan (a small
PDF). The organisation is recognised for most of its crebos; one recognition has lapsed and one crebo was never
recognised, as happens when a renewal is late or a new programme is started.
"""

from __future__ import annotations

import datetime as dt

from desktop.demo.learners import Period
from desktop.demo.rows import RowBuilder
from desktop.services.agreements import REQUIRED_AGREEMENTS, recognition_end
from desktop.storage import choices
from desktop.storage import models as m

# Days before today each crebo's current recognition started; None: never recognised. 25655's lapsed 40 days ago.
RECOGNISED_SINCE = {"25491": 1200, "25476": 400, "25498": 700, "25655": 1500, "25252": None}
SIGNED_WHILE_RUNNING = 0.92


def demo_scan_pdf(title: str) -> bytes:
    """A one-page PDF saying what it stands for, as small as a PDF can be and still open in a viewer."""
    text = f"BT /F1 18 Tf 72 760 Td ({title}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class Agreements(RowBuilder):
    def agreements_and_recognitions(self) -> None:
        for crebo, since in RECOGNISED_SINCE.items():
            if since is None:
                continue
            start = self.day(-since)
            self.add(
                m.SbbRecognition,
                crebo=crebo,
                starts_on=start,
                ends_on=recognition_end(start),
                notes="",
                **self.stamps(start),
            )
        self.agreement_scans = {
            kind: demo_scan_pdf(f"{choices.AGREEMENT_KINDS[kind]} (demo)") for kind in choices.AGREEMENT_KINDS
        }
        for period in self.periods:
            for group in REQUIRED_AGREEMENTS[period.learner_type]:
                self.agreement(period, self.rng.choice(group))

    def agreement(self, period: Period, kind: str) -> None:
        status = self._status(period)
        requested = min(period.start - dt.timedelta(days=self.rng.randint(30, 60)), self.today)
        values = {"requested_on": requested if status != "to_request" else None}
        if status in ("received", "signed", "ended"):
            values["received_on"] = min(requested + dt.timedelta(days=self.rng.randint(5, 15)), self.today)
        if status in ("signed", "ended"):
            days = {}
            for party in choices.AGREEMENT_PARTIES[kind]:
                signed = values["received_on"] + dt.timedelta(days=self.rng.randint(1, 14))
                days[f"{party}_signed_on"] = min(signed, self.today)
            values |= days | {"signed_on": max(days.values())}
        if status == "ended":
            values["ended_on"] = min(period.ended_on or period.end, self.today)
        scan = self.agreement_scans[kind] if status in ("signed", "ended") and self.chance(0.5) else None
        self.add(
            m.Agreement,
            period_id=period.id,
            kind=kind,
            status=status,
            sbb_id=self.organisation[6],
            scan=scan,
            scan_name=f"{kind}-{period.id}.pdf" if scan else "",
            notes="",
            **values,
            **self.stamps(requested),
        )

    def _status(self, period: Period) -> str:
        if period.status in ("completed", "ended_early"):
            return "ended"
        if period.status == "active" or period.start <= self.today:
            if self.chance(SIGNED_WHILE_RUNNING):
                return "signed"
            return self.rng.choice(("received", "requested"))
        return self.rng.choice(("to_request", "requested", "received", "signed", "signed"))
