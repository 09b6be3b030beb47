"""A real SMTP server for the mail tests (aiosmtpd on a free local port), a port where nothing
listens, and one that accepts connections and never answers."""

from __future__ import annotations

import socket
import threading
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from engine.mailer import MailSettings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """The aiosmtpd handler: keeps every mail it accepted; ``refuse`` (addresses) answers
    550 to those recipients."""

    def __init__(self, refuse: frozenset[str] = frozenset()):
        self.refuse = refuse
        self.lock = threading.Lock()
        self.received: list[tuple[list[str], EmailMessage]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def mails(self) -> list[tuple[list[str], EmailMessage]]:
        with self.lock:
            return list(self.received)

    def to(self, address: str) -> list[EmailMessage]:
        return [message for rcpt, message in self.mails() if address in rcpt]


class SmtpServer:
    """aiosmtpd's Controller on ``port`` (a free one by default); ``settings()`` reach it."""

    def __init__(self, port: int | None = None, refuse: frozenset[str] = frozenset(),
                 login: tuple[str, str] | None = None):
        self.port = port or free_port()
        self.inbox = Inbox(refuse)
        extra = {}
        if login:  # AUTH PLAIN/LOGIN required (without TLS: a local test server)
            extra = {"authenticator": _Authenticator(*login), "auth_required": True,
                     "auth_require_tls": False}
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port,
                                     **extra)
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def settings(self, **changes) -> MailSettings:
        return settings_for(self.port, **changes)


class _Authenticator:
    def __init__(self, user: str, password: str):
        self.login = (user.encode(), password.encode())

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and \
            (auth_data.login, auth_data.password) == self.login
        return AuthResult(success=ok, handled=False)


def settings_for(port: int, **changes) -> MailSettings:
    values = {"host": "127.0.0.1", "port": port, "security": "none",
              "sender": "SOP AP <noreply@dinas.example>",
              "public_url": "https://sop.dinas.example", "timeout": 5.0}
    values.update(changes)
    return MailSettings(**values)


class SilentServer:
    """Accepts connections and never says a word (a hung SMTP server)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = threading.Event()
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)
            self.accepted.set()

    def stop(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()
