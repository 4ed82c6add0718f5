#!/usr/bin/env python3
"""Sign-in link request -> session, as a person meets it, on 127.0.0.1 (run by scripts/bench-mail).

    bench-signin.py MATCHD_BIN SMTP_PORT RECEIVED_DIR WORK_DIR [ROUNDS]

Starts the release daemon on a fresh database with ROUNDS/5 accounts (5 links per address in 15
minutes is the limit), sending mail to the local SMTP server; then, one at a time: POST
/auth/sign-in, wait for the mail to arrive, read the link out of it (Python's email package),
POST /auth/link with the browser's binding cookie. Prints signin_link_to_session_p50_ms (and
p90): from asking to holding a session, mail delivery included.
"""
import email
import email.policy
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time

binary, smtp_port, received, work = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 100
db = os.path.join(work, "signin.sqlite")
addresses = [f"person{i}@bench.example.dk" for i in range((rounds + 4) // 5)]
for address in addresses:
    subprocess.run([binary, "account", "create", "--db", db, "--role", "admin", "--email", address, "--name", "Bench Person"],
                   check=True, stdout=subprocess.DEVNULL)
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
env = dict(os.environ, MATCHD_LOG_LEVEL="warning")
daemon = subprocess.Popen(
    [binary, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--webhooks-hold", "--insecure-cookies",
     "--sign-in-client-limit", "1000000", "--smtp-url", f"smtp://127.0.0.1:{smtp_port}", "--smtp-plain",
     "--mail-from", "matchd <matchd@bench.example.dk>"],
    stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "signin-daemon.log"), "w"), env=env)
try:
    for _ in range(600):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/health")
            if c.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.1)
    seen = set(os.listdir(received))
    times = []
    deadline = time.time() + 240
    for n in range(rounds):
        address = addresses[n // 5]
        start = time.perf_counter()
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("POST", "/auth/sign-in", json.dumps({"email": address}), {"Content-Type": "application/json"})
        answer = c.getresponse()
        answer.read()
        assert answer.status == 202, answer.status
        binding = answer.getheader("Set-Cookie").split(";")[0]
        message = None
        while message is None:
            assert time.time() < deadline, "the mail did not arrive in time"
            new = [f for f in os.listdir(received) if f.endswith(".eml") and f not in seen]
            if new:
                seen.update(new)
                with open(os.path.join(received, new[0]), "rb") as f:
                    message = email.message_from_bytes(f.read(), policy=email.policy.default)
            else:
                time.sleep(0.002)
        text = message.get_body(("plain",)).get_content()
        token = re.search(r"/auth/link\?token=([A-Za-z0-9_-]{43})", text).group(1)
        c.request("POST", "/auth/link", json.dumps({"token": token}), {"Content-Type": "application/json", "Cookie": binding})
        signed = c.getresponse()
        signed.read()
        assert signed.status == 200, signed.status
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"signin_link_to_session_p50_ms {statistics.median(times):.1f} ms")
    print(f"# p90 {times[int(len(times) * 0.9) - 1]:.1f} ms over {len(times)} sign-ins (request, mail through SMTP, link, session)")
finally:
    daemon.terminate()
    daemon.wait(timeout=30)
