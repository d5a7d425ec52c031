"""Help inside the program: the user manual (resources/manual), opened at the part about what is on screen."""
