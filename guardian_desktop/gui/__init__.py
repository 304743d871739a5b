"""Qt layer: a thin GUI over guardian_desktop.core and guardian_desktop.report."""
