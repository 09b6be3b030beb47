"""The one way this project parses BPMN it did not write itself: hardened lxml, no DTDs.

A BPMN file comes from whoever may deploy, and the stored text is parsed again at every start of
a worker. lxml's defaults resolve entities, so ``<!DOCTYPE d [<!ENTITY % p SYSTEM
"file:///etc/passwd"> %p;]>`` reads a server file (or fails to parse forever after). BPMN never
needs a DTD, so a document with a DOCTYPE (and with it any entity declaration) is refused
outright, before and after parsing, and the parser itself loads nothing: no entity resolution,
no DTD loading, no network, no huge trees. SpiffWorkflow is only ever handed trees parsed here
(``add_bpmn_xml``), never bytes.
"""

from __future__ import annotations

import re
import threading

from lxml import etree

_LOCAL = threading.local()
# A DOCTYPE or an entity declaration: only possible in the prolog, before the root element.
_DTD_MARK = re.compile(rb"<!(DOCTYPE|ENTITY)\b")
_ROOT_START = re.compile(rb"<[A-Za-z_]")


class UnsafeXml(ValueError):
    """The document declares a DOCTYPE or entities (refused), or is not well-formed XML."""

    def __init__(self, message: str, message_en: str, line: int | None = None):
        super().__init__(message_en)
        self.message = message
        self.message_en = message_en
        self.line = line


def parser() -> etree.XMLParser:
    """The hardened parser (one per thread: lxml parsers are not thread-safe)."""
    found = getattr(_LOCAL, "parser", None)
    if found is None:
        found = _LOCAL.parser = etree.XMLParser(
            resolve_entities=False, load_dtd=False, dtd_validation=False, no_network=True,
            huge_tree=False, remove_comments=False, remove_pis=False)
    return found


def parse_bpmn(content: bytes | str) -> etree._ElementTree:
    """Parse ``content`` with the hardened parser; raise :class:`UnsafeXml` for a DOCTYPE or
    entity declaration (naming its line) and for XML that is not well-formed."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    _refuse_dtd_mark(raw)
    try:
        tree = etree.fromstring(raw, parser()).getroottree()
    except etree.XMLSyntaxError as err:
        raise UnsafeXml(f"XML tidak tersusun baik: {err.msg}",
                        f"not well-formed XML: {err.msg}", err.lineno) from None
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        mark = _DTD_MARK.search(raw)  # missed by the prolog scan (a comment, an encoding)
        raise _doctype_refused(raw.count(b"\n", 0, mark.start()) + 1 if mark else 1)
    return tree


def _refuse_dtd_mark(raw: bytes) -> None:
    root = _ROOT_START.search(raw)
    prolog = raw[:root.start()] if root else raw
    mark = _DTD_MARK.search(prolog)
    if mark is not None:
        raise _doctype_refused(prolog.count(b"\n", 0, mark.start()) + 1)


def _doctype_refused(line: int) -> UnsafeXml:
    return UnsafeXml("DOCTYPE tidak diizinkan (deklarasi DTD dan entitas ditolak)",
                     "DOCTYPE is not allowed (DTD and entity declarations are refused)", line)
