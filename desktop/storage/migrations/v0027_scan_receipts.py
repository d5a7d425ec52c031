"""Schema version 27: a team scan response imported from an online form keeps a receipt, a digest of the form's own
marks of that response (its number and times) with its team and answers. A form's export holds every response so
far, so a later export brings the earlier responses again: by their receipts they are known and left out, where they
were counted twice. The digest names no one; typed responses have none."""

DESCRIPTION = "team scan receipts"

STATEMENTS = [
    'ALTER TABLE "scan_response" ADD COLUMN "receipt" TEXT',
    'CREATE UNIQUE INDEX "scan_response_round_id_receipt" ON "scan_response" ("round_id", "receipt")',
]
