"""Learners: the tab, the learner and BPV period dialogs, importing and exporting learners."""
