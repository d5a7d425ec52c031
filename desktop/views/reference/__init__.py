"""Reference data (Basisgegevens) and the organisation's details."""
