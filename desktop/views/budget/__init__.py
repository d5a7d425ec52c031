"""The training budget: the year's spend against its budget, external training requests and the yearly training
plan for the works council, in one window beside the main window."""
