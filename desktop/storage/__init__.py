"""Storage: the peewee models and their migrations, the database file and everything around it.

Binding the models to a file at start-up (`database`), one writer per file (`lock`), backups and putting
them back (`backup`, `recovery`), encryption at rest (`cipher`, `encryption`), network drives (`network`),
and writing any other file whole or not at all (`files`).
Nothing here imports Qt; the services sit on top of this package.
"""
