"""Each staff member's development: POAPs and development talks due, progress through the leertraject
vakmanschap, the praktijkopleiders' certification and caseload, and one person's record."""
