"""Schema version 27: the receipts of the team scan responses imported from an online form. A form's export holds every
response so far, so a later export brings the earlier responses again: by their receipts they are known and left
out, where they were counted twice. A receipt is a digest of the form's own marks of a response (its number and
times), kept per round apart from the responses (no reference to one, and written in no order of theirs): it
names no one, and it says nothing of any response's team or answers."""

DESCRIPTION = "team scan receipts"

STATEMENTS = [
    """
    CREATE TABLE "scan_receipt" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "round_id" INTEGER NOT NULL,
        "digest" TEXT NOT NULL,
        FOREIGN KEY ("round_id") REFERENCES "scan_round" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "scan_receipt_round_id" ON "scan_receipt" ("round_id")',
    'CREATE UNIQUE INDEX "scan_receipt_round_id_digest" ON "scan_receipt" ("round_id", "digest")',
]
