"""The quality cycle: the results of the studentwaardering and the import of an online form's export."""
