#!/usr/bin/env python3
"""Signal-ingestion load for the fault scripts (loopback only).

  load.py run --base URL --prefix P --seconds S --out DIR   posts batches of signals with unique
      sourceRefs from THREADS clients, records which were acknowledged (HTTP 200), watches
      /actuator/health; a client resends a batch that was not acknowledged until it is (a resend
      of a stored signal must count as a duplicate, never a second record)
  load.py verify --out DIR --prefix P --psql 'psql ARGS'      every acknowledged signal present
      exactly once, none twice; prints figures and PASS/FAIL, exit 1 on FAIL
"""
import argparse, base64, json, os, subprocess, sys, threading, time, urllib.request, urllib.error


def request(base, path, auth, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method="GET" if body is None else "POST")
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except Exception as e:  # connection refused, reset, timeout
        return 0, type(e).__name__


def run(args):
    os.makedirs(args.out, exist_ok=True)
    status, body = request(args.base, "/api/v1/enterprises?size=100", args.user)
    if status != 200:
        sys.exit(f"cannot list enterprises: {status} {body[:200]}")
    tax_codes = [e["taxCode"] for e in json.loads(body)["items"]]
    lock = threading.Lock()
    acked, sent, failed, errors = [], [], [], {}
    health = []
    stop = time.monotonic() + args.seconds
    started = time.time()

    def batch_of(thread, seq):
        return [{"sourceRef": f"{args.prefix}-{thread}-{seq}-{i}", "taxCode": tax_codes[(seq + i) % len(tax_codes)],
                 "type": "WAGE_ARREARS", "observedOn": time.strftime("%Y-%m-%d"), "workersAffected": 10,
                 "amountVnd": 1000000, "months": 1, "note": "fault test"} for i in range(args.batch)]

    def post(batch):
        status, body = request(args.base, "/api/v1/signals", args.user, batch)
        ok = status == 200 and not json.loads(body).get("rejected")
        with lock:
            if ok:
                acked.extend(s["sourceRef"] for s in batch)
            else:
                key = str(status) + (" " + body[:60] if status == 0 else "")
                errors[key] = errors.get(key, 0) + 1
        return ok

    def worker(thread):
        # like a careful client: a batch that was not acknowledged is sent again until it is
        seq = 0
        while time.monotonic() < stop:
            batch = batch_of(thread, seq)
            seq += 1
            with lock:
                sent.extend(s["sourceRef"] for s in batch)
            tries = 0
            while not post(batch):
                tries += 1
                with lock:
                    failed.append(tries)
                if time.monotonic() > stop + 600:
                    return
                time.sleep(0.5)

    done = threading.Event()

    def watch():
        while True:
            finished = done.is_set()
            status, body = request(args.base, "/actuator/health", None, timeout=5)
            state = "UP" if status == 200 and '"UP"' in body else ("DOWN" if status == 503 else f"NO-ANSWER({body[:30]})")
            if not health or health[-1][1] != state:
                health.append((round(time.time() - started, 1), state))
            if finished:
                return
            time.sleep(0.25)

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(args.threads)]
    watcher = threading.Thread(target=watch)
    [t.start() for t in workers + [watcher]]
    [t.join() for t in workers]
    done.set()
    watcher.join()
    resent = len(failed)
    summary = {"seconds": args.seconds, "sent": len(sent), "acknowledged": len(set(acked)), "failedBatches": len(failed),
               "resentBatches": resent, "errors": errors, "health": health}
    json.dump(summary, open(os.path.join(args.out, "summary.json"), "w"), indent=1)
    open(os.path.join(args.out, "acked.txt"), "w").write("\n".join(acked) + "\n")
    open(os.path.join(args.out, "sent.txt"), "w").write("\n".join(sent) + "\n")
    print(json.dumps(summary))


def verify(args):
    summary = json.load(open(os.path.join(args.out, "summary.json")))
    acked = set(l for l in open(os.path.join(args.out, "acked.txt")).read().split() if l)
    sent = set(l for l in open(os.path.join(args.out, "sent.txt")).read().split() if l)
    query = f"select source_ref, count(*) from signal where source_ref like '{args.prefix}-%' group by 1"
    out = subprocess.run(args.psql.split() + ["-At", "-F", " ", "-c", query], capture_output=True, text=True, check=True).stdout
    stored = {ref: int(n) for ref, n in (line.split() for line in out.splitlines() if line.strip())}
    missing = [r for r in acked if r not in stored]
    twice = [r for r, n in stored.items() if n > 1]
    unknown = [r for r in stored if r not in sent]
    states = [s for _, s in summary["health"]]
    went_down = any(s != "UP" for s in states[1:])
    ok = not missing and not twice and not unknown and len(acked) == len(sent)
    if args.expect_down:
        ok = ok and went_down and states[-1] == "UP"
    print(f"signals sent {len(sent)}, acknowledged {len(acked)} (after {summary['resentBatches']} resends of unacknowledged batches), "
          f"stored {sum(stored.values())}; missing {len(missing)}, stored twice {len(twice)}, unknown {len(unknown)}")
    print(f"errors while it was down: {summary['errors']}")
    print(f"health over time (s, state): {summary['health']}")
    if missing[:3] or twice[:3]:
        print(f"e.g. missing {missing[:3]}, twice {twice[:3]}")
    print(("PASS" if ok else "FAIL") + f" {args.label}")
    return 0 if ok else 1


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--base", required=True)
    r.add_argument("--user", default="labor:demo")
    r.add_argument("--prefix", required=True)
    r.add_argument("--seconds", type=float, default=30)
    r.add_argument("--threads", type=int, default=4)
    r.add_argument("--batch", type=int, default=20)
    r.add_argument("--out", required=True)
    v = sub.add_parser("verify")
    v.add_argument("--out", required=True)
    v.add_argument("--prefix", required=True)
    v.add_argument("--psql", required=True)
    v.add_argument("--label", default="")
    v.add_argument("--expect-down", action="store_true")
    a = p.parse_args()
    sys.exit(run(a) if a.cmd == "run" else verify(a))
