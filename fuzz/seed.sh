#!/bin/sh
# Seeds the request_json corpus from the scenario files: for each case in
# tests/scenarios/*.json, its `request` bare, wrapped as { "request": … },
# and wrapped with each of a few business calendars as
# { "request": …, "calendar": … } (as filed and in a local language).
# Customer questions (cases without a `request`) are skipped.
# Seeds the scenario corpus from the same files: each file whole, and each
# case alone as { "cases": [case] }. Run from anywhere; needs python3.
# The corpus directory is gitignored (/fuzz/corpus): this script recreates it.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/fuzz/corpus/request_json"
mkdir -p "$out" "$root/fuzz/corpus/calendar_deadline" "$root/fuzz/corpus/scenario"
python3 - "$root" "$out" <<'PY'
import glob, json, os, sys
root, out = sys.argv[1], sys.argv[2]
scenario_out = os.path.join(root, "fuzz", "corpus", "scenario")
std = [{"start": "09:00", "end": "17:00"}]
calendars = [
    {"time_zone": "Europe/Berlin",
     "hours": {d: std for d in ("monday", "tuesday", "wednesday", "thursday", "friday")},
     "holidays": [{"date": "2026-12-25"},
                  {"date": "2026-12-24", "closed": {"start": "12:00", "end": "24:00"}}]},
    {"time_zone": "America/Santiago",
     "hours": {"monday": [{"start": "08:30", "end": "12:00"}, {"start": "13:00", "end": "18:00"}],
               "saturday": [{"start": "00:00", "end": "24:00"}]},
     "business_day_length": "07:30:15"},
    {"time_zone": "Australia/Lord_Howe",
     "hours": {"sunday": [{"start": "01:30", "end": "02:30"}]},
     "holidays": [{"date": "2026-04-05", "closed": {"start": "01:45", "end": "02:00"}}]},
]
n = 0
for path in sorted(glob.glob(os.path.join(root, "tests", "scenarios", "*.json"))):
    edition = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    cases = json.loads(text)["cases"]
    with open(os.path.join(scenario_out, "%s.json" % edition), "w", encoding="utf-8") as g:
        g.write(text)
    for i, case in enumerate(cases):
        name = "%s-%03d-%s.json" % (edition, i, case.get("name", "case"))
        with open(os.path.join(scenario_out, name), "w", encoding="utf-8") as g:
            json.dump({"cases": [case]}, g, indent=1, ensure_ascii=False)
    for i, case in enumerate(cases):
        if "request" not in case:  # a customer question, not a request
            continue
        req = case["request"]
        forms = [("bare", req), ("wrapped", {"request": req})]
        # With a calendar, in a local language too (business-hours clock).
        for k, c in enumerate(calendars):
            forms.append(("cal%d" % k, {"request": req, "calendar": c}))
            local = dict(req, language=["de", "ja", "nl"][k])
            forms.append(("cal%d-local" % k, {"request": local, "calendar": c}))
        for tag, doc in forms:
            name = "%s-%03d-%s-%s.json" % (edition, i, case.get("name", "case"), tag)
            with open(os.path.join(out, name), "w", encoding="utf-8") as g:
                json.dump(doc, g, indent=1, ensure_ascii=False)
            n += 1
print("wrote %d seeds to %s" % (n, out))
print("wrote %d seeds to %s" % (len(os.listdir(scenario_out)), scenario_out))
PY
