"""A logged-in staff session over real HTTP for the designer's pages (tests of issue 15)."""

from __future__ import annotations

import re

import requests

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


class PageSession:
    """A browser-like session: logs in through /masuk, sends the CSRF token with every write."""

    def __init__(self, base: str, username: str, password: str = "rahasia"):
        self.base = base
        self.http = requests.Session()
        page = self.http.get(f"{base}/masuk", timeout=30)
        done = self.http.post(f"{base}/masuk", data={
            "csrf_token": _token(page.text), "username": username, "password": password},
            timeout=30, allow_redirects=False)
        assert done.status_code == 302, done.text
        self.csrf = _token(self.http.get(f"{base}/akun", timeout=30).text)

    def get(self, path: str, **kw) -> requests.Response:
        return self.http.get(self.base + path, timeout=60, **kw)

    def json(self, method: str, path: str, body: dict | None = None) -> requests.Response:
        """A script's call: JSON in and out, the CSRF token in X-CSRFToken."""
        return self.http.request(method, self.base + path, json=body or {}, timeout=60,
                                 headers={"X-CSRFToken": self.csrf, "Accept": "application/json"})

    def form(self, path: str, data: dict) -> requests.Response:
        return self.http.post(self.base + path, data={"csrf_token": self.csrf, **data},
                              timeout=60, allow_redirects=False)


def _token(html: str) -> str:
    match = TOKEN.search(html)
    assert match, "the page carries a CSRF token"
    return match.group(1) or match.group(2)
