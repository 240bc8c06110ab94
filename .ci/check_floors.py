"""Runs shared/tools/score.py on each corpus set named in the floors file (and html_score.py for
"html") and fails when a figure falls below its floor. Usage: check_floors.py SHARED BINARY FLOORS.json"""
import json, subprocess, sys

shared, binary, floors_path = sys.argv[1:4]
floors = json.load(open(floors_path))
failed = []
def html_summary():
    """html_score.py prints one line: pages N F1 x precision y recall z ..."""
    run = subprocess.run([sys.executable, f"{shared}/tools/html_score.py", "--cmd", f"{binary} text {{}}"],
                         capture_output=True, text=True)
    words = run.stdout.split()
    return {"failures": [], **{k: float(words[words.index(k) + 1]) for k in ("F1", "precision", "recall")},
            "f1": float(words[words.index("F1") + 1])}


for corpus, wanted in floors.items():
    if corpus == "html":
        summary = html_summary()
    else:
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
