#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for matchd's mail tests and scripts/bench-mail (aiosmtpd 1.4).

    smtp_server.py [--out DIR] [--starttls CERT KEY] [--auth USER:PASS] [--fail-first N]
                   [--reject PATTERN] [--delay-ms N]
    smtp_server.py decode FILE.eml

Serving: listens on 127.0.0.1 on a free port and prints the port as its first line of stdout,
then serves until killed (SIGTERM) or its stdin closes. Each accepted message is saved in DIR as
NNNNNN.eml (the raw bytes, after SMTP dot-unstuffing) beside NNNNNN.json ({"from", "to", "size"}),
the .json written first and the .eml renamed into place last, so a reader that lists *.eml sees
whole messages only. DIR/connections holds the number of SMTP connections accepted so far.
  --starttls CERT KEY  require STARTTLS before MAIL (and before AUTH)
  --auth USER:PASS     require AUTH PLAIN or LOGIN with these credentials
  --fail-first N       answer 451 to the first N DATA commands, then 250
  --reject PATTERN     answer 550 to RCPT TO addresses matching the regular expression
  --delay-ms N         wait N ms before answering each DATA

decode: prints the message as JSON, decoded by Python's email module (RFC 2047 words,
quoted-printable or base64 parts): subject, from, to, message_id, date, mime_version,
content_type, parts [{content_type, charset, transfer_encoding, text}], defects.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import re
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Recorder:
    """The aiosmtpd handler: refuses and delays as configured, saves what it accepts."""

    def __init__(self, out, fail_first, reject, delay_ms):
        self.out = out
        self.failures_left = fail_first
        self.reject = re.compile(reject) if reject else None
        self.delay = delay_ms / 1000.0
        self.received = 0
        self.connections = 0

    def connected(self):
        self.connections += 1
        if self.out:
            self._write_atomically("connections", str(self.connections).encode())

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject and self.reject.search(address):
            return "550 5.1.1 Recipient refused"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failures_left > 0:
            self.failures_left -= 1
            return "451 4.3.0 Try again later"
        self.received += 1
        if self.out:
            name = "%06d" % self.received
            raw = envelope.original_content
            meta = {"from": envelope.mail_from, "to": envelope.rcpt_tos, "size": len(raw)}
            self._write_atomically(name + ".json", json.dumps(meta).encode())
            self._write_atomically(name + ".eml", raw)
        return "250 OK queued"

    def _write_atomically(self, name, data):
        temporary = os.path.join(self.out, "." + name + ".tmp")
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, os.path.join(self.out, name))


class CountingSMTP(SMTP):
    """aiosmtpd's SMTP session, counting connections on the recorder."""

    def connection_made(self, transport):
        self.event_handler.connected()
        super().connection_made(transport)


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        return AuthResult(success=ok, handled=False)

    return check


async def serve(arguments):
    if arguments.out:
        os.makedirs(arguments.out, exist_ok=True)
    recorder = Recorder(arguments.out, arguments.fail_first, arguments.reject, arguments.delay_ms)
    options = {"hostname": "localhost", "decode_data": False, "data_size_limit": 10 * 1024 * 1024}
    if arguments.starttls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(arguments.starttls[0], arguments.starttls[1])
        options.update(tls_context=context, require_starttls=True)
    if arguments.auth:
        user, _, password = arguments.auth.partition(":")
        options.update(
            authenticator=authenticator(user, password),
            auth_required=True,
            auth_require_tls=bool(arguments.starttls),
        )
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: CountingSMTP(recorder, **options), host="127.0.0.1", port=0)
    print(server.sockets[0].getsockname()[1], flush=True)
    closed = loop.create_future()
    loop.add_reader(sys.stdin.fileno(), lambda: closed.done() or (sys.stdin.buffer.read1(4096) or closed.set_result(None)))
    await closed
    server.close()


def decode(path):
    with open(path, "rb") as file:
        message = email.message_from_binary_file(file, policy=email.policy.default)
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        parts.append(
            {
                "content_type": part.get_content_type(),
                "charset": part.get_content_charset(),
                "transfer_encoding": part.get("Content-Transfer-Encoding"),
                "text": part.get_content(),
            }
        )
    result = {
        "subject": str(message["Subject"]),
        "from": str(message["From"]),
        "to": str(message["To"]),
        "message_id": str(message["Message-ID"]),
        "date": str(message["Date"]),
        "mime_version": str(message["MIME-Version"]),
        "content_type": message.get_content_type(),
        "parts": parts,
        "defects": [type(defect).__name__ for part in message.walk() for defect in part.defects],
    }
    json.dump(result, sys.stdout, ensure_ascii=False)
    print()


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "decode":
        decode(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description="Loopback SMTP server for matchd's mail tests.")
    parser.add_argument("--out")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--auth", metavar="USER:PASS")
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--reject", metavar="PATTERN")
    parser.add_argument("--delay-ms", type=int, default=0)
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
