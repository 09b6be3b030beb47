"""Mail through SMTP: the settings (from the environment) and one connection that sends.

Only the background sender (engine.outbox) talks to the SMTP server, never a request: a
request only writes a row in the outbox. The standard library does the protocol (smtplib,
email.message); every socket operation is bounded by ``timeout`` so a server that accepts and
never answers costs one timeout, not a hung worker.
"""

from __future__ import annotations

import functools
import os
import smtplib
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

SECURITIES = ("none", "starttls", "ssl")
DEFAULT_SENDER = "SOP AP <noreply@localhost>"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:5000"


@dataclass(frozen=True)
class MailSettings:
    """How to reach the SMTP server and what the mails say about where staff work.

    ``enabled`` is False while ``SMTP_HOST`` is unset: notifications still show in the app,
    nothing is put in the outbox and nothing is sent (``make run``'s default)."""

    host: str = ""
    port: int = 25
    security: str = "none"  # none | starttls (587) | ssl (465, implicit TLS)
    user: str = ""
    password: str = ""
    sender: str = DEFAULT_SENDER
    public_url: str = DEFAULT_PUBLIC_URL
    digest_hour: int = 7  # local hour (engine.deadlines.DEFAULT_ZONE) of the daily digest
    timeout: float = 10.0  # seconds per socket operation

    @property
    def enabled(self) -> bool:
        return bool(self.host)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MailSettings:
        """Read SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, SMTP_PASSWORD, MAIL_FROM,
        PUBLIC_URL, DIGEST_HOUR (and SMTP_TIMEOUT); a bad value is refused at start-up
        (ValueError naming the variable) rather than on the first mail."""
        env = os.environ if environ is None else environ
        port = _int(env, "SMTP_PORT", 25, 1, 65535)
        security = (env.get("SMTP_SECURITY") or _security_for(port)).strip().lower()
        if security not in SECURITIES:
            raise ValueError(f"SMTP_SECURITY must be one of {', '.join(SECURITIES)}, "
                             f"not {security!r}")
        return cls(
            host=(env.get("SMTP_HOST") or "").strip(), port=port, security=security,
            user=env.get("SMTP_USER") or "", password=env.get("SMTP_PASSWORD") or "",
            sender=(env.get("MAIL_FROM") or DEFAULT_SENDER).strip(),
            public_url=(env.get("PUBLIC_URL") or DEFAULT_PUBLIC_URL).strip().rstrip("/"),
            digest_hour=_int(env, "DIGEST_HOUR", 7, 0, 23),
            timeout=float(_int(env, "SMTP_TIMEOUT", 10, 1, 300)),
        )

    def link(self, path: str) -> str:
        """The address staff open for a page path of the app (``/tugas/<id>``)."""
        return self.public_url + (path if path.startswith("/") else "/" + path)


def _security_for(port: int) -> str:
    return {587: "starttls", 465: "ssl"}.get(port, "none")


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    text = (env.get(name) or "").strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, not {text!r}")
    return value


def banner(settings: MailSettings) -> tuple[str, str]:
    """What ``sop run`` / ``serve`` / ``worker`` say at start, Indonesian then English."""
    if settings.enabled:
        where = f"{settings.host}:{settings.port}"
        return (f"Surel: dikirim lewat {where} sebagai {settings.sender}",
                f"Mail: sent through {where} as {settings.sender}")
    return ("Surel: tidak dikirim (SMTP_HOST belum diatur); notifikasi tetap tampil di "
            "aplikasi.",
            "Mail: not sent (SMTP_HOST is not set); notifications still show in the app.")


def compose(settings: MailSettings, recipient: str, subject: str, body: str,
            message_id: str | None = None) -> EmailMessage:
    """A plain-text UTF-8 mail. A stable ``message_id`` (the outbox row's) lets a mail
    client drop the copy should a crash between sending and recording send it twice."""
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = message_id or make_msgid(domain=_domain(settings.sender))
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
    message.set_content(body, charset="utf-8")
    return message


def _domain(sender: str) -> str:
    address = sender.rsplit("<", 1)[-1].rstrip(">").strip()
    return address.rsplit("@", 1)[-1] if "@" in address else "localhost"


def outbox_message_id(settings: MailSettings, mail_id: int, dedupe_key: str) -> str:
    """The same Message-ID every time one outbox row is sent."""
    token = "".join(ch if ch.isalnum() else "." for ch in dedupe_key)
    return f"<sop.{mail_id}.{token}@{_domain(settings.sender)}>"


@contextmanager
def connection(settings: MailSettings) -> Iterator[smtplib.SMTP]:
    """An open, authenticated SMTP session (several mails may go through one)."""
    if settings.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port,
                                              timeout=settings.timeout,
                                              context=_tls_context())
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        smtp.ehlo()
        if settings.security == "starttls":
            smtp.starttls(context=_tls_context())
            smtp.ehlo()
        if settings.user:
            smtp.login(settings.user, settings.password)
        yield smtp
    finally:
        _close(smtp)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The system's CA store, verified host names; loaded once (it costs ~0.1 s)."""
    return ssl.create_default_context()


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def send(settings: MailSettings, message: EmailMessage) -> None:
    """Send one mail in its own SMTP session; raises smtplib.SMTPException or OSError."""
    with connection(settings) as smtp:
        smtp.send_message(message)


def is_permanent(err: BaseException) -> bool:
    """Retrying cannot help: the server refused the recipient for good (5xx on RCPT), the
    address needs an extension the server lacks, or the mail cannot be written at all (a bad
    address or header). Other errors (down, timeouts, 4xx, a refused login the admin may fix)
    are retried."""
    if isinstance(err, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in err.recipients.values())
    return isinstance(err, smtplib.SMTPNotSupportedError | ValueError)
