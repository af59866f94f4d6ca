"""Qala News: the annotated news reports Qala is trained on and judged by (see DATASHEET.md)."""
