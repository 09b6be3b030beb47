"""SOP table (YAML, `sop-table/1`) import, layout and export.

The table is how SOPs come in and go out; the BPMN written by :mod:`.importer` is the single
source of truth once imported, and :mod:`.exporter` reads a (possibly edited) BPMN back.

- :mod:`.model` dataclasses, YAML loading; :mod:`.validate` the contract's checks;
  :mod:`.check` the transcribers' checker (``python -m engine.soptable.check PATH...``);
- :mod:`.waktu` Waktu text -> ISO 8601 duration;
- :mod:`.graph` nodes and flows; :mod:`.layout` swimlane geometry; :mod:`.semantic` and
  :mod:`.diagram` the XML halves; :mod:`.links` SOP-to-SOP links; :mod:`.importer` ties them;
- :mod:`.reader` + :mod:`.exporter` BPMN -> table; :mod:`.yamlout` table -> YAML text;
- :mod:`.verify` XSD + SpiffWorkflow checks; :mod:`.manifest` bpmn/MANIFEST.md;
  :mod:`.cli` the click commands (``table_commands``).
"""
