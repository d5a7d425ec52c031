"""Trainings: the tab, the matrix, the catalogue, session, enrolment and attendance dialogs."""
