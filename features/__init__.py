"""Behaviour scenarios (Indonesian Gherkin) for every SOP, their step library and tools.

The feature files live in ``features/<instansi>/<sop-id>.feature``; the step library acts as the
SOP's users over the JSON API of a live server (see :mod:`features.plugin`).
"""
