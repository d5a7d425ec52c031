"""Coaching: the tab, the trajectory dialog, the coaches page and the coach meetings."""
