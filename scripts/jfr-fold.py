#!/usr/bin/env python3
"""Folds a Java Flight Recording's samples (JDK's own `jfr` tool, nothing downloaded) into tables:
samples by thread, self time by top frame, inclusive time by method (of the given prefixes), and
optionally a collapsed-stack file (thread;root;...;leaf COUNT, for flame graph tools) and a small
SVG flame graph. How it was used: docs/profile.md.
  scripts/jfr-fold.py RECORDING.jfr [--event jdk.ExecutionSample] [--prefix uk.breachreport.]
      [--top N] [--collapsed OUT.txt] [--svg OUT.svg]"""
import collections, json, subprocess, sys, argparse

ap = argparse.ArgumentParser()
ap.add_argument("jfr")
ap.add_argument("--event", default="jdk.ExecutionSample")
ap.add_argument("--collapsed")
ap.add_argument("--prefix", action="append", default=[])
ap.add_argument("--top", type=int, default=25)
ap.add_argument("--depth", type=int, default=96)
ap.add_argument("--svg")
a = ap.parse_args()

out = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(a.depth), "--events", a.event, a.jfr],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]

def frame(f):
    m = f["method"]
    return (m["type"]["name"] + "." + m["name"]).replace("/", ".")

selfc, incl, threads, stacks = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
n = 0
for e in events:
    st = e["values"].get("stackTrace") or {}
    frames = [frame(f) for f in st.get("frames", [])]
    if not frames:
        continue
    n += 1
    t = e["values"].get("sampledThread") or e["values"].get("eventThread") or {}
    tname = (t.get("javaName") or t.get("osName") or "?")
    # Thread pools number their threads: fold them into one name.
    tname = "".join(c if not c.isdigit() else "#" for c in tname)
    threads[tname] += 1
    selfc[frames[0]] += 1
    for f in set(frames):
        if not a.prefix or any(f.startswith(p) for p in a.prefix):
            incl[f] += 1
    stacks[";".join([tname] + list(reversed(frames)))] += 1

print(f"{n} samples of {a.event}")
print("\nby thread:")
for k, v in threads.most_common(12):
    print(f"  {v:6d} {100*v/n:5.1f}%  {k}")
print("\nself (top frame):")
for k, v in selfc.most_common(a.top):
    print(f"  {v:6d} {100*v/n:5.1f}%  {k}")
print("\ninclusive" + (" (" + ", ".join(a.prefix) + ")" if a.prefix else "") + ":")
for k, v in incl.most_common(a.top):
    print(f"  {v:6d} {100*v/n:5.1f}%  {k}")
if a.collapsed:
    with open(a.collapsed, "w") as w:
        for k, v in stacks.items():
            w.write(f"{k} {v}\n")

def flame_svg(stacks, path, title, width=1800, row=16):
    """A flame graph (root at the bottom), one rectangle per frame, width by samples."""
    root = {"n": 0, "kids": {}}
    for stack, count in stacks.items():
        node = root; node["n"] += count
        for f in stack.split(";"):
            node = node["kids"].setdefault(f, {"n": 0, "kids": {}}); node["n"] += count
    def depth(node): return 1 + max((depth(k) for k in node["kids"].values()), default=0)
    height = (depth(root) + 2) * row
    total = root["n"] or 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="monospace" font-size="11">',
           f'<text x="4" y="12">{title}: {total} samples; hover for names</text>']
    import html, zlib
    def walk(name, node, x, level):
        w = width * node["n"] / total
        if w < 3: return
        y = height - (level + 1) * row
        hue = zlib.crc32(name.split(".")[0].encode()) % 60
        label = html.escape(name)
        out.append(f'<g><title>{label} ({node["n"]} samples, {100*node["n"]/total:.1f}%)</title>'
                   f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row-1}" fill="hsl({hue},80%,60%)"/>'
                   + (f'<text x="{x+2:.1f}" y="{y+row-4}">{html.escape(name[:int(w/7)])}</text>' if w > 30 else "") + '</g>')
        for k, child in sorted(node["kids"].items()):
            walk(k, child, x, level + 1); x += width * child["n"] / total
    x = 0
    for k, child in sorted(root["kids"].items()):
        walk(k, child, x, 0); x += width * child["n"] / total
    out.append("</svg>")
    open(path, "w").write("\n".join(out))

if a.svg:
    flame_svg({k.replace("/", "."): v for k, v in stacks.items()}, a.svg, a.jfr)
