#!/usr/bin/python3
"""Count the results of every test (each TAP subtest counts once) in meson's
test logs (testlog.json) and in plain TAP files (*.tap, written by the extra
stages of build-aux/dev test), and print the closing line
"N passed, N failed". Exits 1 when anything failed."""
import json
import re
import sys

TAP = re.compile(r"^(not ok|ok)\b(.*)$")


def count(entry):
    passed = failed = skipped = 0
    for line in (entry.get("stdout") or "").splitlines():
        m = TAP.match(line)
        if not m:
            continue
        if re.search(r"#\s*skip", m.group(2), re.I):
            skipped += 1
        elif m.group(1) == "ok":
            passed += 1
        else:
            failed += 1
    result = entry.get("result", "")
    if result not in ("OK", "SKIP", "EXPECTEDFAIL") and failed == 0:
        failed = 1  # crashed, timed out or broke its TAP stream
    if passed == failed == skipped == 0:
        if result == "OK":
            passed = 1
        elif result == "SKIP":
            skipped = 1
    return passed, failed, skipped


def main(paths):
    total_p = total_f = total_s = 0
    failures = []
    for path in paths:
        if path.endswith(".tap"):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except OSError as e:
                print(f"# cannot read {path}: {e}")
                total_f += 1
                continue
            # A stage that died before its plan counts as a failure.
            complete = re.search(r"^1\.\.\d+", text, re.M) is not None
            p, f_, s = count({"stdout": text, "result": "OK" if complete else "FAIL"})
            total_p += p
            total_f += f_
            total_s += s
            if f_:
                failures.append(f"{path} ({f_} failed)")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                entries = [json.loads(line) for line in f if line.strip()]
        except OSError as e:
            print(f"# cannot read {path}: {e}")
            total_f += 1
            continue
        for e in entries:
            p, f_, s = count(e)
            total_p += p
            total_f += f_
            total_s += s
            if f_:
                failures.append(f"{e.get('name')} ({e.get('result')})")
    for name in failures:
        print(f"FAILED: {name}")
    if total_s:
        print(f"({total_s} skipped)")
    print(f"{total_p} passed, {total_f} failed")
    return 1 if total_f or total_p == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
