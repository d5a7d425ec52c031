"""Schema version 8: a signed BPV form records when it was handed to the school.

- `practice_assignment.handed_to_school_at` and `assessment.handed_to_school_at`: the moment LeerWerk made
  the e-mail draft to the school's bpv-begeleider with the form attached (NULL: not handed over). It is no
  part of what is signed, so setting it leaves the signatures standing.
"""

DESCRIPTION = "forms handed to the school"

STATEMENTS = [
    'ALTER TABLE "practice_assignment" ADD COLUMN "handed_to_school_at" DATETIME',
    'ALTER TABLE "assessment" ADD COLUMN "handed_to_school_at" DATETIME',
]
