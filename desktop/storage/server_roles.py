"""Roles on a PostgreSQL server, enforced by the server itself: a desktop client reaches the tables directly, so what
a login may read and write is said with GRANTs and row-level security, not only by the window.

- ``leerwerk_coordinator``: everything;
- ``leerwerk_praktijkopleider``: the BPV periods of which the login's staff member is the praktijkopleider, with
  their meetings, tasks, learning goals and forms (read and write), the learners of those periods (read), the
  reference data (read: locations, teams, staff, schools, programmes, werkprocessen, the training catalogue) and
  the form-number counters (write); nothing else;
- ``leerwerk_readonly``: reads everything (reports), writes nothing.

`setup` (run by the database's owner, the IT supplier) builds or upgrades the schema and makes the roles, grants and
policies; run again it changes nothing. `grant` makes a login a member of one role and links it to a staff member
in ``server_login``, which the policies read (through a function that runs as the owner, so that the table itself
stays closed). That table exists only on a server: a file has no logins, so it is no part of the schema the
migrations build on both engines.
"""

from __future__ import annotations

from desktop.errors import UnusableDatabaseError, ValidationError
from desktop.i18n import _
from desktop.storage import migrations
from desktop.storage import models as m
from desktop.storage.engine import engine_of, quoted

ROLES = {
    "coordinator": "leerwerk_coordinator",
    "praktijkopleider": "leerwerk_praktijkopleider",
    "readonly": "leerwerk_readonly",
}
LOGIN_TABLE = "server_login"
STAFF_OF_LOGIN = "leerwerk_staff_id"

# What a praktijkopleider reads and nobody's privacy depends on.
REFERENCE_TABLES = (
    "schema_version", "organisation", "location", "team", "staff", "staff_role", "school", "school_supervisor",
    "programme", "work_process", "phase_task_template", "training", "training_module", "training_requirement",
    "training_session", "session_date", "evaluation_question", "form_column", "course_name", "sbb_recognition",
    "learner_line_paused",  # read by the line triggers of every meeting a praktijkopleider adds (schema 19)
)  # fmt: skip
_OWN_PERIODS = f"SELECT id FROM bpv_period WHERE practice_trainer_id = {STAFF_OF_LOGIN}()"
_OWN_ASSIGNMENTS = f"SELECT id FROM practice_assignment WHERE period_id IN ({_OWN_PERIODS})"
_OWN_ASSESSMENTS = f"SELECT id FROM assessment WHERE period_id IN ({_OWN_PERIODS})"
# A praktijkopleider's own rows, per table: read and written through these conditions.
OWN_ROWS = {
    "bpv_period": f"practice_trainer_id = {STAFF_OF_LOGIN}()",
    "meeting": f"period_id IN ({_OWN_PERIODS})",
    "phase_task": f"period_id IN ({_OWN_PERIODS})",
    "learning_goal": f"period_id IN ({_OWN_PERIODS})",
    "practice_assignment": f"period_id IN ({_OWN_PERIODS})",
    "assessment": f"period_id IN ({_OWN_PERIODS})",
    "assessment_score": f"assessment_id IN ({_OWN_ASSESSMENTS})",
    "assignment_work_process": f"assignment_id IN ({_OWN_ASSIGNMENTS})",
    "assignment_goal": f"assignment_id IN ({_OWN_ASSIGNMENTS})",
    "signature": f"assignment_id IN ({_OWN_ASSIGNMENTS}) OR assessment_id IN ({_OWN_ASSESSMENTS})",
}
# Rows a praktijkopleider reads only.
_OWN_LEARNERS = f"SELECT learner_id FROM bpv_period WHERE practice_trainer_id = {STAFF_OF_LOGIN}()"
READ_OWN_ROWS = {
    "learner": f"id IN ({_OWN_LEARNERS})",
    "agreement": f"period_id IN ({_OWN_PERIODS})",  # the praktijkovereenkomst, which the learners' list shows
    # Whether and when the studentwaardering came in; the answers (evaluation_answer) stay closed to them.
    "student_evaluation": f"period_id IN ({_OWN_PERIODS})",
}
# The Learners tab's lines and the learners whose line is to be written again (desktop/services/learner_list.py):
# derived from the tables above, written by their triggers on every change and by whoever reads the list next, so
# a praktijkopleider writes their own learners' (a line holds the learner's folded name). The read-only login reads
# them and writes its stale ones into its own session only: a line it wrote would be what everybody's list shows.
LINE_ROWS = {"learner_line": READ_OWN_ROWS["learner"], "learner_line_stale": f"learner_id IN ({_OWN_LEARNERS})"}
FORM_COUNTERS = "starts_with(key, 'form_number/')"  # desktop.services.form_numbers


def _require_server(database) -> None:
    if not engine_of(database).is_server:
        raise UnusableDatabaseError(
            _("Roles exist only on a PostgreSQL server; give its address, as in {example}.").format(
                example="postgresql://beheer@server:5432/leerwerk"
            )
        )


def _may_create_roles(database) -> bool:
    row = database.execute_sql("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user").fetchone()
    return bool(row and row[0])


def setup(database) -> None:
    """Build or upgrade LeerWerk's schema on `database` (empty, or a LeerWerk database) and make the three roles
    with their grants and policies. The caller connected as the database's owner, with the right to create roles."""
    _require_server(database)
    tables = engine_of(database).tables(database)
    if tables and "schema_version" not in tables:
        raise UnusableDatabaseError(
            _("The database {address} holds tables but is not a LeerWerk database; give an empty one.").format(
                address=database.address
            )
        )
    if not _may_create_roles(database):
        raise UnusableDatabaseError(
            _(
                "The login {login} may not create roles on this server; run the setup as the database's owner with "
                "the right to create roles (CREATEROLE)."
            ).format(login=_login(database))
        )
    migrations.migrate(database, None)
    schema = database.execute_sql("SELECT current_schema()").fetchone()[0]
    with database.atomic():
        for role in ROLES.values():
            # CREATE ROLE has no IF NOT EXISTS; roles belong to the whole server, and may exist from another database.
            database.execute_sql(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                f"CREATE ROLE {role} NOLOGIN; END IF; END $$"
            )
            database.execute_sql(f"GRANT USAGE ON SCHEMA {quoted(schema)} TO {role}")
        database.execute_sql(
            f"CREATE TABLE IF NOT EXISTS {LOGIN_TABLE} (login TEXT NOT NULL PRIMARY KEY, "
            "staff_id INTEGER REFERENCES staff (id) ON DELETE CASCADE)"
        )
        database.execute_sql(
            f"CREATE OR REPLACE FUNCTION {STAFF_OF_LOGIN}() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER "
            f"SET search_path = {quoted(schema)} AS $$ SELECT staff_id FROM {LOGIN_TABLE} WHERE login = session_user $$"
        )
        database.execute_sql(f"REVOKE ALL ON FUNCTION {STAFF_OF_LOGIN}() FROM PUBLIC")
        database.execute_sql(f"REVOKE ALL ON {LOGIN_TABLE} FROM PUBLIC")
        _grant_tables(database, schema, tables=engine_of(database).tables(database) - {LOGIN_TABLE})
        _policies(database)


def _grant_tables(database, schema: str, tables: set[str]) -> None:
    coordinator, trainer, readonly = ROLES["coordinator"], ROLES["praktijkopleider"], ROLES["readonly"]
    execute = database.execute_sql
    for table in sorted(tables):
        execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {quoted(table)} TO {coordinator}")
        execute(f"GRANT SELECT ON {quoted(table)} TO {readonly}")
    execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quoted(schema)} TO {coordinator}, {trainer}")
    execute(f"GRANT EXECUTE ON FUNCTION {STAFF_OF_LOGIN}() TO {trainer}")
    for table in REFERENCE_TABLES:
        execute(f"GRANT SELECT ON {quoted(table)} TO {trainer}")
    for table in OWN_ROWS:
        execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {quoted(table)} TO {trainer}")
    for table in READ_OWN_ROWS:
        execute(f"GRANT SELECT ON {quoted(table)} TO {trainer}")
    for table in LINE_ROWS:
        execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {quoted(table)} TO {trainer}")
        execute(f"REVOKE INSERT, UPDATE, DELETE ON {quoted(table)} FROM {readonly}")  # as a first setup granted
    execute(f"GRANT SELECT, INSERT, UPDATE ON app_setting TO {trainer}")
    # The change history: written by every change; its new row's number is all a praktijkopleider reads back.
    execute(f"GRANT INSERT, SELECT (id) ON {quoted(m.AuditEntry._meta.table_name)} TO {trainer}")


def _policy(database, table: str, name: str, rule: str) -> None:
    database.execute_sql(f"DROP POLICY IF EXISTS {name} ON {quoted(table)}")
    database.execute_sql(f"CREATE POLICY {name} ON {quoted(table)} {rule}")


def _policies(database) -> None:
    coordinator, trainer, readonly = ROLES["coordinator"], ROLES["praktijkopleider"], ROLES["readonly"]
    for table in [*OWN_ROWS, *READ_OWN_ROWS, *LINE_ROWS, "app_setting"]:
        database.execute_sql(f"ALTER TABLE {quoted(table)} ENABLE ROW LEVEL SECURITY")
        _policy(database, table, "leerwerk_coordinator_all", f"TO {coordinator} USING (TRUE) WITH CHECK (TRUE)")
        _policy(database, table, "leerwerk_readonly_read", f"FOR SELECT TO {readonly} USING (TRUE)")
    for table, rows in OWN_ROWS.items():
        _policy(database, table, "leerwerk_praktijkopleider_own", f"TO {trainer} USING ({rows}) WITH CHECK ({rows})")
    for table, rows in READ_OWN_ROWS.items():
        _policy(database, table, "leerwerk_praktijkopleider_own", f"FOR SELECT TO {trainer} USING ({rows})")
    for table, rows in LINE_ROWS.items():
        _policy(database, table, "leerwerk_praktijkopleider_own", f"TO {trainer} USING ({rows}) WITH CHECK ({rows})")
        database.execute_sql(f"DROP POLICY IF EXISTS leerwerk_readonly_lines ON {quoted(table)}")  # as above
    _policy(database, "app_setting", "leerwerk_praktijkopleider_read", f"FOR SELECT TO {trainer} USING (TRUE)")
    _policy(
        database,
        "app_setting",
        "leerwerk_praktijkopleider_add",
        f"FOR INSERT TO {trainer} WITH CHECK ({FORM_COUNTERS})",
    )
    _policy(
        database,
        "app_setting",
        "leerwerk_praktijkopleider_count",
        f"FOR UPDATE TO {trainer} USING ({FORM_COUNTERS}) WITH CHECK ({FORM_COUNTERS})",
    )


def grant(database, login: str, role: str, staff_id: int | None = None) -> None:
    """Make `login` a member of `role` (one of `ROLES`; a login has one) and link it to staff member `staff_id`."""
    _require_server(database)
    if role not in ROLES:
        raise ValidationError(
            "role", _("There is no role {role}; choose one of: {roles}.").format(role=role, roles=", ".join(ROLES))
        )
    found = database.execute_sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    if found is None or not found[0]:
        raise ValidationError(
            "login",
            _(
                "There is no login {login} on this server; create it first (CREATE ROLE {login} LOGIN PASSWORD '…') "
                "and then grant it a role."
            ).format(login=login),
        )
    if LOGIN_TABLE not in engine_of(database).tables(database):
        raise ValidationError(
            "role", _("The roles have not been set up in this database yet; run 'leerwerk server setup' first.")
        )
    if staff_id is None and role == "praktijkopleider":
        raise ValidationError(
            "staff", _("A praktijkopleider's login needs --staff: the record number of that staff member.")
        )
    if staff_id is not None and not m.Staff.select().where(m.Staff.id == staff_id).exists():
        raise ValidationError("staff", _("There is no staff member with record number {id}.").format(id=staff_id))
    with database.atomic():
        for other in ROLES.values():
            database.execute_sql(f"REVOKE {other} FROM {quoted(login)}")
        database.execute_sql(f"GRANT {ROLES[role]} TO {quoted(login)}")
        database.execute_sql(
            f"INSERT INTO {LOGIN_TABLE} (login, staff_id) VALUES (%s, %s) "
            "ON CONFLICT (login) DO UPDATE SET staff_id = EXCLUDED.staff_id",
            (login, staff_id),
        )


def _login(database) -> str:
    return database.execute_sql("SELECT session_user").fetchone()[0]


def role_of_login(database) -> str:
    """The role of the login `database` is connected as: its LeerWerk role (the widest of them), coordinator for the
    database's owner or a superuser, else read-only (a login without a role may do nothing more)."""
    if not engine_of(database).is_server:
        return "coordinator"  # a file has no logins: whoever opens it may do everything
    row = database.execute_sql(
        "SELECT r.rolsuper OR pg_has_role(session_user, d.datdba, 'MEMBER') FROM pg_roles r, pg_database d "
        "WHERE r.rolname = session_user AND d.datname = current_database()"
    ).fetchone()
    if row and row[0]:
        return "coordinator"
    for role, name in ROLES.items():
        member = database.execute_sql(
            "SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = %s", (name,)
        ).fetchone()
        if member and member[0]:
            return role
    return "readonly"
