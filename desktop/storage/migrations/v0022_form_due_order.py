"""Schema version 22: the forms list reads its forms in the order of their due dates from an index.

At 50,000 learners there are some 265,000 BPV forms; the list opens sorted by due date around today and reads the
few hundred forms on screen by their place in that order. Without an index on the due dates every such reading
sorted all of them first."""

DESCRIPTION = "forms in the order of their due dates"

STATEMENTS = [
    'CREATE INDEX "practice_assignment_deadline_id" ON "practice_assignment" ("deadline", "id")',
    'CREATE INDEX "assessment_due_on_id" ON "assessment" ("due_on", "id")',
]
