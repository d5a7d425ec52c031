"""Schema version 3: a signature says in which round it was made.

A practice assignment is signed twice: when it is issued (learner and praktijkopleider agree to it)
and when it is signed off (afgetekend). An assessment form is signed once, when it is final. Rows
already stored are given their round from what is known: of two signatures by the same role on one
assignment the earlier is the issue round, and on an assignment not yet signed off every signature
is.
"""

DESCRIPTION = "signature rounds"

STATEMENTS = [
    "ALTER TABLE signature ADD COLUMN stage TEXT NOT NULL DEFAULT 'final' CHECK (stage IN ('issue', 'final'))",
    """
    UPDATE signature SET stage = 'issue'
    WHERE assignment_id IS NOT NULL AND (
        (SELECT status FROM practice_assignment pa WHERE pa.id = signature.assignment_id) != 'signed_off'
        OR EXISTS (
            SELECT 1 FROM signature later
            WHERE later.assignment_id = signature.assignment_id AND later.signer_role = signature.signer_role
              AND later.id > signature.id AND later.voided_at IS NULL
        )
    )
    """,
]
