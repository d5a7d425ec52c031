"""What each page of the reference-data dialog manages: records, their form, their child list.

A `Kind` ties a table of records to its table model, its Designer form, the fields on that form and the
words used about it (msgids; translated where shown). The page code in `page` is the same for all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.forms.ui_reference_location_form import Ui_ReferenceLocationForm
from desktop.forms.ui_reference_programme_form import Ui_ReferenceProgrammeForm
from desktop.forms.ui_reference_question_form import Ui_ReferenceQuestionForm
from desktop.forms.ui_reference_recognition_form import Ui_ReferenceRecognitionForm
from desktop.forms.ui_reference_role_form import Ui_ReferenceRoleForm
from desktop.forms.ui_reference_school_form import Ui_ReferenceSchoolForm
from desktop.forms.ui_reference_staff_form import Ui_ReferenceStaffForm
from desktop.forms.ui_reference_statement_form import Ui_ReferenceStatementForm
from desktop.forms.ui_reference_supervisor_form import Ui_ReferenceSupervisorForm
from desktop.forms.ui_reference_team_form import Ui_ReferenceTeamForm
from desktop.forms.ui_reference_work_process_form import Ui_ReferenceWorkProcessForm
from desktop.i18n import N_, _, ngettext
from desktop.services import agreements, climate, records, reference, waardering
from desktop.storage import choices
from desktop.views.reference import tables as tables
from desktop.views.reference.fields import (
    Binding,
    CheckBinding,
    ComboBinding,
    DateBinding,
    TextBinding,
    vocabulary_options,
)


@dataclass(frozen=True)
class Field:
    """A model field and the widget (attribute of the generated form) that edits it."""

    name: str
    widget: str
    make: Callable[[str, Any], Binding] = TextBinding


def choice(vocabulary: dict[str, str], blank: bool = False) -> Callable[[str, Any], Binding]:
    return lambda name, widget: ComboBinding(name, widget, vocabulary_options(vocabulary, blank))


def _team_options() -> list[tuple[int | None, str]]:
    options: list[tuple[int | None, str]] = [(None, _("(no team)"))]
    for team_id, text, active in reference.team_choices():
        options.append((team_id, text if active else _("{name} (inactive)").format(name=text)))
    return options


def team_choice(name: str, widget) -> Binding:
    return ComboBinding(name, widget, _team_options)


@dataclass(frozen=True)
class Words:
    """How the interface speaks about a kind of record (msgids)."""

    plural: str  # table and group titles: "Schools"
    new: str  # form title for a record not saved yet: "New school"
    edit: str  # title of the child dialog when changing one: "Edit BPV supervisor"
    create: str  # undo texts
    update: str
    delete: str
    confirm: str  # "Delete the school “{name}”?"
    move: str = ""  # undo text for a change of order, for a kind kept in order
    search: str = ""  # placeholder of a page's search field
    count: Callable[[int], str] | None = None  # "{shown} of {total} schools", in the plural form for n


@dataclass(frozen=True)
class Kind:
    key: str  # object names and settings: reference.<key>
    table_name: str  # of its records; their service is records.service(table_name)
    table: type[tables.RowTableModel]
    form: type
    fields: tuple[Field, ...]
    words: Words
    rows: Callable[..., list]  # no argument for a page's records, the parent's id for a child list
    describe: Callable[[Any], str]
    defaults: dict[str, Any] = field(default_factory=dict)
    parent_field: str | None = None  # for a child kind: the foreign key to its parent
    orderable: bool = False
    child: Kind | None = None
    # A record another feature shows in full (a staff member's development record): the button's words, and the
    # table the main window's `open_record` gets with the record's id.
    record_button: str = ""
    record_table: str = ""

    @property
    def has_active(self) -> bool:
        return "active" in records.service(self.table_name).editable_fields()


SUPERVISORS = Kind(
    key="supervisors",
    table_name="school_supervisor",
    table=tables.SupervisorModel,
    form=Ui_ReferenceSupervisorForm,
    fields=(
        Field("first_name", "firstNameEdit"),
        Field("name_prefix", "namePrefixEdit"),
        Field("last_name", "lastNameEdit"),
        Field("email", "emailEdit"),
        Field("phone", "phoneEdit"),
        Field("active", "activeCheck", CheckBinding),
    ),
    words=Words(
        plural=N_("BPV supervisors"),
        new=N_("New BPV supervisor"),
        edit=N_("Edit BPV supervisor"),
        create=N_("add BPV supervisor"),
        update=N_("change BPV supervisor"),
        delete=N_("remove BPV supervisor"),
        confirm=N_("Remove the BPV supervisor “{name}”?"),
    ),
    rows=reference.supervisors_of,
    describe=lambda r: r.display_name,
    defaults={"active": True},
    parent_field="school",
)

SCHOOLS = Kind(
    key="schools",
    table_name="school",
    table=tables.SchoolModel,
    form=Ui_ReferenceSchoolForm,
    fields=(
        Field("name", "nameEdit"),
        Field("kind", "kindCombo", choice(choices.SCHOOL_KINDS)),
        Field("brin", "brinEdit"),
        Field("address", "addressEdit"),
        Field("city", "cityEdit"),
        Field("phone", "phoneEdit"),
        Field("email", "emailEdit"),
        Field("active", "activeCheck", CheckBinding),
    ),
    words=Words(
        plural=N_("Schools"),
        new=N_("New school"),
        edit=N_("Edit school"),
        search=N_("Type to search by name, city or BRIN code"),
        count=lambda n: ngettext("{shown} of {total} school", "{shown} of {total} schools", n),
        create=N_("add school"),
        update=N_("change school"),
        delete=N_("delete school"),
        confirm=N_("Delete the school “{name}”?"),
    ),
    rows=reference.schools,
    describe=lambda r: r.name,
    defaults={"kind": "mbo", "active": True},
    child=SUPERVISORS,
)

WORK_PROCESSES = Kind(
    key="work_processes",
    table_name="work_process",
    table=tables.WorkProcessModel,
    form=Ui_ReferenceWorkProcessForm,
    fields=(Field("code", "codeEdit"), Field("title", "titleEdit")),
    words=Words(
        plural=N_("Work processes"),
        new=N_("New work process"),
        edit=N_("Edit work process"),
        create=N_("add work process"),
        update=N_("change work process"),
        delete=N_("remove work process"),
        confirm=N_("Remove the work process “{name}”?"),
        move=N_("move work process"),
    ),
    rows=reference.work_processes_of,
    describe=lambda r: f"{r.code} {r.title}",
    parent_field="programme",
    orderable=True,
)

PROGRAMMES = Kind(
    key="programmes",
    table_name="programme",
    table=tables.ProgrammeModel,
    form=Ui_ReferenceProgrammeForm,
    fields=(
        Field("name", "nameEdit"),
        Field("crebo", "creboEdit"),
        Field("level", "levelCombo", choice(choices.LEVELS)),
        Field("pathway", "pathwayCombo", choice(choices.PATHWAYS, blank=True)),
        Field("cohort", "cohortEdit"),
        Field("active", "activeCheck", CheckBinding),
    ),
    words=Words(
        plural=N_("Programmes"),
        new=N_("New programme"),
        edit=N_("Edit programme"),
        search=N_("Type to search by name, crebo, level or cohort"),
        count=lambda n: ngettext("{shown} of {total} programme", "{shown} of {total} programmes", n),
        create=N_("add programme"),
        update=N_("change programme"),
        delete=N_("delete programme"),
        confirm=N_("Delete the programme “{name}”?"),
    ),
    rows=reference.programmes,
    describe=lambda r: r.name,
    defaults={"level": "3", "pathway": "BBL", "active": True},
    child=WORK_PROCESSES,
)

TEAMS = Kind(
    key="teams",
    table_name="team",
    table=tables.TeamModel,
    form=Ui_ReferenceTeamForm,
    fields=(Field("name", "nameEdit"), Field("active", "activeCheck", CheckBinding)),
    words=Words(
        plural=N_("Teams"),
        new=N_("New team"),
        edit=N_("Edit team"),
        create=N_("add team"),
        update=N_("change team"),
        delete=N_("remove team"),
        confirm=N_("Remove the team “{name}”?"),
    ),
    rows=reference.teams_of,
    describe=lambda r: r.name,
    defaults={"active": True},
    parent_field="location",
)

LOCATIONS = Kind(
    key="locations",
    table_name="location",
    table=tables.LocationModel,
    form=Ui_ReferenceLocationForm,
    fields=(
        Field("name", "nameEdit"),
        Field("address", "addressEdit"),
        Field("city", "cityEdit"),
        Field("active", "activeCheck", CheckBinding),
    ),
    words=Words(
        plural=N_("Locations"),
        new=N_("New location"),
        edit=N_("Edit location"),
        search=N_("Type to search by name, address or city"),
        count=lambda n: ngettext("{shown} of {total} location", "{shown} of {total} locations", n),
        create=N_("add location"),
        update=N_("change location"),
        delete=N_("delete location"),
        confirm=N_("Delete the location “{name}”?"),
    ),
    rows=reference.locations,
    describe=lambda r: r.name,
    defaults={"active": True},
    child=TEAMS,
)

ROLES = Kind(
    key="roles",
    table_name="staff_role",
    table=tables.RoleModel,
    form=Ui_ReferenceRoleForm,
    fields=(
        Field("role", "roleCombo", choice(choices.STAFF_ROLES)),
        Field("since", "sinceEdit", DateBinding),
        Field("certified_until", "certifiedUntilEdit", DateBinding),
    ),
    words=Words(
        plural=N_("Roles"),
        new=N_("New role"),
        edit=N_("Edit role"),
        create=N_("add role"),
        update=N_("change role"),
        delete=N_("remove role"),
        confirm=N_("Remove the role “{name}”?"),
    ),
    rows=reference.roles_of,
    describe=lambda r: choices.label(choices.STAFF_ROLES, r.role),
    defaults={"role": "work_supervisor"},
    parent_field="staff",
)

STAFF = Kind(
    key="staff",
    table_name="staff",
    table=tables.StaffModel,
    form=Ui_ReferenceStaffForm,
    fields=(
        Field("first_name", "firstNameEdit"),
        Field("name_prefix", "namePrefixEdit"),
        Field("last_name", "lastNameEdit"),
        Field("employee_number", "employeeNumberEdit"),
        Field("email", "emailEdit"),
        Field("phone", "phoneEdit"),
        Field("job_title", "jobTitleEdit"),
        Field("team", "teamCombo", team_choice),
        Field("active", "activeCheck", CheckBinding),
    ),
    words=Words(
        plural=N_("Staff"),
        new=N_("New staff member"),
        edit=N_("Edit staff member"),
        search=N_("Type to search by name, employee number, team or role"),
        count=lambda n: ngettext("{shown} of {total} staff member", "{shown} of {total} staff members", n),
        create=N_("add staff member"),
        update=N_("change staff member"),
        delete=N_("delete staff member"),
        confirm=N_("Delete the staff member “{name}”?"),
    ),
    rows=reference.staff,
    describe=lambda r: r.display_name,
    defaults={"active": True},
    child=ROLES,
    record_button=N_("Development &record…"),
    record_table="staff",
)

RECOGNITIONS = Kind(
    key="recognitions",
    table_name="sbb_recognition",
    table=tables.RecognitionModel,
    form=Ui_ReferenceRecognitionForm,
    fields=(
        Field("crebo", "creboEdit"),
        Field("starts_on", "startsOnEdit", DateBinding),
        Field("ends_on", "endsOnEdit", DateBinding),
        Field("notes", "notesEdit"),
    ),
    words=Words(
        plural=N_("SBB recognitions"),
        new=N_("New SBB recognition"),
        edit=N_("Edit SBB recognition"),
        search=N_("Type to search by crebo or programme"),
        count=lambda n: ngettext("{shown} of {total} recognition", "{shown} of {total} recognitions", n),
        create=N_("add SBB recognition"),
        update=N_("change SBB recognition"),
        delete=N_("delete SBB recognition"),
        confirm=N_("Delete the SBB recognition “{name}”?"),
    ),
    rows=agreements.recognitions,
    describe=lambda r: _("Crebo {crebo}").format(crebo=r.crebo),
)

QUESTIONS = Kind(
    key="questions",
    table_name="evaluation_question",
    table=tables.QuestionModel,
    form=Ui_ReferenceQuestionForm,
    fields=(
        Field("section", "sectionEdit"),
        Field("text", "textEdit"),
        Field("kind", "kindCombo", choice(choices.QUESTION_KINDS)),
        Field("position", "positionEdit"),
        Field("active", "activeCheck", CheckBinding),
    ),
    words=Words(
        plural=N_("Questions of the studentwaardering"),
        new=N_("New question"),
        edit=N_("Edit question"),
        search=N_("Type to search by section or question"),
        count=lambda n: ngettext("{shown} of {total} question", "{shown} of {total} questions", n),
        create=N_("add question"),
        update=N_("change question"),
        delete=N_("delete question"),
        confirm=N_("Delete the question “{name}”?"),
    ),
    rows=waardering.question_rows,
    describe=lambda r: r.text,
    defaults={"kind": "scale", "active": True},
)

STATEMENTS = Kind(
    key="statements",
    table_name="climate_statement",
    table=tables.StatementModel,
    form=Ui_ReferenceStatementForm,
    fields=(
        Field("capacity", "capacityCombo", choice(choices.CAPACITIES)),
        Field("text", "textEdit"),
        Field("position", "positionEdit"),
        Field("active", "activeCheck", CheckBinding),
    ),
    words=Words(
        plural=N_("Statements of the team scan"),
        new=N_("New statement"),
        edit=N_("Edit statement"),
        search=N_("Type to search by capacity or statement"),
        count=lambda n: ngettext("{shown} of {total} statement", "{shown} of {total} statements", n),
        create=N_("add statement"),
        update=N_("change statement"),
        delete=N_("delete statement"),
        confirm=N_("Delete the statement “{name}”?"),
    ),
    rows=climate.statement_rows,
    describe=lambda r: r.text,
    defaults={"capacity": "absorption", "active": True},
)

PAGES = (SCHOOLS, PROGRAMMES, LOCATIONS, STAFF, RECOGNITIONS, QUESTIONS, STATEMENTS)
