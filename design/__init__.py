"""Designing SOPs in the browser: the designer's drafts, the SOP table editor's conversions,
what changed between two versions. Uses ``engine`` (deployment checks, the table importer and
exporter) and ``reports`` (the flowchart); ``api`` uses it. Nothing here is read by the engine
while cases run: a draft reaches staff only by being deployed.
"""
