"""usage: make.py SET -- writes SET/files/ and SET/expected.json from SET/cases.py (SET: a review set's folder)."""
import json, os, sys
here = os.path.abspath(sys.argv[1])
sys.path.insert(0, here)
from cases import CASES
d = os.path.join(here, "files")
os.makedirs(d, exist_ok=True)
exp = {}
for i, (name, rule, text, e) in enumerate(CASES):
    fn = f"{i+1:02d}-{name}.txt"
    open(os.path.join(d, fn), "w").write(text)
    exp[fn] = dict(rule=rule, expected=e)
json.dump(exp, open(os.path.join(os.path.dirname(d), "expected.json"), "w"), ensure_ascii=False, indent=1)
print(len(exp))
