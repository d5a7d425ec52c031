"""The database file: backups and restore, encryption and passphrase, privacy, access, change history."""
