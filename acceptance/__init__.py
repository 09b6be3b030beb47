"""Acceptance scenarios written from the seed text (a package so its conftest does not shadow
tests/conftest.py when the whole suite is collected)."""
