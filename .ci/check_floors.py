"""Runs shared/tools/score.py on each corpus set named in the floors file and fails when a
figure falls below its floor. Usage: check_floors.py SHARED BINARY FLOORS.json"""
import json, subprocess, sys

shared, binary, floors_path = sys.argv[1:4]
floors = json.load(open(floors_path))
failed = []
for corpus, wanted in floors.items():
    cmd = [sys.executable, f"{shared}/tools/score.py", "--gold", f"{shared}/corpus/{corpus}",
           "--cmd", f"{binary} extract --format json {{}}", "--json"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    summary = json.loads(run.stdout)
    if summary["failures"]:
        failed.append(f"{corpus}: {len(summary['failures'])} articles failed: {summary['failures'][:3]}")
    for path, floor in wanted.items():
        value = summary
        for key in path.split("."):
            value = value[key]
        status = "ok" if value >= floor else "BELOW FLOOR"
        print(f"{corpus:12} {path:28} {value:.3f} (floor {floor:.3f}) {status}")
        if value < floor:
            failed.append(f"{corpus} {path} = {value:.3f} < {floor:.3f}")
if failed:
    print("quality gate failed:\n  " + "\n  ".join(failed))
    sys.exit(1)
print("quality gate passed")
