"""Schema version 9: `course_name`, a course name of the learning platform's completions export, matched
once by the coordinator to the LeerWerk training it is and remembered for the next export."""

DESCRIPTION = "course names of the learning platform"

STATEMENTS = [
    """
    CREATE TABLE "course_name" (
        "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        "name" TEXT NOT NULL,
        "training_id" INTEGER NOT NULL,
        FOREIGN KEY ("training_id") REFERENCES "training" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE UNIQUE INDEX "course_name_name" ON "course_name" ("name")',
    'CREATE INDEX "course_name_training_id" ON "course_name" ("training_id")',
]
