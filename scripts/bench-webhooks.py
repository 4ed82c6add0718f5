"""Measures the webhook relay against receivers on 127.0.0.1 (see scripts/bench-webhooks).
Usage: bench-webhooks.py BASE ADMIN_TOKEN"""
import http.server, json, socketserver, statistics, sys, threading, time, urllib.request

BASE, TOKEN = sys.argv[1], sys.argv[2]


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + TOKEN)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


class Receiver(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def start_receiver(hang_seconds):
    got = []

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            self.rfile.read(int(self.headers.get("content-length", 0)))
            if hang_seconds:
                time.sleep(hang_seconds)
            got.append(time.perf_counter())
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = Receiver(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, got


companies = call("GET", "/v1/companies?limit=1")["items"]
company = companies[0]["id"]
opening_body = {
    "title": "Benchmark opening", "description": "Remote, open to all.", "occupationCode": None, "kind": "workTrial",
    "hours": {"min": 0, "max": 37}, "competencies": [], "offers": [], "demands": [],
    "location": {"lat": 55.86, "lon": 9.85}, "remote": True,
}

# 1. Throughput to a fast receiver: each remote opening creates up to 200 match.created deliveries.
server, got = start_receiver(0)
hook = call("POST", "/v1/webhooks", {"url": f"http://127.0.0.1:{server.server_address[1]}/fast",
                                       "events": ["match.created"], "minScore": 0})
start = time.perf_counter()
for _ in range(10):
    call("POST", f"/v1/companies/{company}/openings", opening_body)
expected = None
deadline = time.time() + 120
while time.time() < deadline:
    time.sleep(0.5)
    pending = call("GET", f"/v1/webhooks/{hook['id']}/deliveries?status=pending&limit=1")["items"]
    if not pending and len(got) > 0:
        break
elapsed = got[-1] - start if got else float("nan")
print(f"webhook_events_delivered {len(got)} events")
print(f"webhook_events_per_sec {len(got) / elapsed:.0f} events/s")
call("DELETE", f"/v1/webhooks/{hook['id']}")
server.shutdown()

# 2. API latency while a receiver hangs (30 s per request, longer than the 15 s send timeout).
slow, _ = start_receiver(30)
hook = call("POST", "/v1/webhooks", {"url": f"http://127.0.0.1:{slow.server_address[1]}/hang",
                                       "events": ["match.created"], "minScore": 0})
call("POST", f"/v1/companies/{company}/openings", opening_body)
time.sleep(1)
opening = [o for o in call("GET", "/v1/openings?status=open&limit=50")["items"] if not o["remote"]][0]["id"]
latencies = []
for _ in range(200):
    t0 = time.perf_counter()
    call("GET", f"/v1/openings/{opening}/matches?limit=20")
    latencies.append((time.perf_counter() - t0) * 1000)
latencies.sort()
print(f"api_matches_while_hanging_p50_ms {statistics.median(latencies):.1f} ms")
print(f"api_matches_while_hanging_p95_ms {latencies[int(len(latencies) * 0.95) - 1]:.1f} ms")
print(f"api_matches_while_hanging_max_ms {latencies[-1]:.1f} ms")
