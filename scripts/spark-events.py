#!/usr/bin/env python3
"""A Spark event log (spark.eventLog.compress false) as time by job group: jobs, their span and
summed duration, tasks and task time; the driver's set-up before the first job, the tail after the
last, and the longest stages. Used for docs/profile.md.
  scripts/spark-events.py EVENT_LOG_FILE"""
import json, sys, collections
ev = [json.loads(l) for l in open(sys.argv[1])]
start = next(e["Timestamp"] for e in ev if e["Event"] == "SparkListenerApplicationStart")
end = next((e["Timestamp"] for e in ev if e["Event"] == "SparkListenerApplicationEnd"), None)
jobs = {}
for e in ev:
    if e["Event"] == "SparkListenerJobStart":
        jobs[e["Job ID"]] = {"t": e["Submission Time"], "group": (e.get("Properties") or {}).get("spark.jobGroup.id", "none"), "stages": len(e["Stage IDs"])}
    elif e["Event"] == "SparkListenerJobEnd":
        jobs[e["Job ID"]]["end"] = e["Completion Time"]
stages = [e["Stage Info"] for e in ev if e["Event"] == "SparkListenerStageCompleted"]
tasks = collections.Counter(); taskms = collections.Counter()
stage_group = {}
for e in ev:
    if e["Event"] == "SparkListenerStageSubmitted":
        stage_group[e["Stage Info"]["Stage ID"]] = (e.get("Properties") or {}).get("spark.jobGroup.id", "none")
    if e["Event"] == "SparkListenerTaskEnd":
        g = stage_group.get(e["Stage ID"], "?")
        tasks[g] += 1
        ti = e["Task Info"]; taskms[g] += ti["Finish Time"] - ti["Launch Time"]
print(f"application {((end or 0) - start)/1000:.1f}s; {len(jobs)} jobs, {len(stages)} stages completed, {sum(tasks.values())} tasks")
print(f"driver set-up before the first job: {(min(j['t'] for j in jobs.values()) - start)/1000:.1f}s")
by = collections.defaultdict(list)
for j in jobs.values(): by[j["group"]].append(j)
print(f"{'group':12s} {'jobs':>5s} {'span s':>7s} {'job s':>7s} {'tasks':>6s} {'task s':>7s}")
for g, js in sorted(by.items(), key=lambda kv: min(j['t'] for j in kv[1])):
    span = (max(j.get("end", j["t"]) for j in js) - min(j["t"] for j in js)) / 1000
    busy = sum(j.get("end", j["t"]) - j["t"] for j in js) / 1000
    print(f"{g:12s} {len(js):5d} {span:7.1f} {busy:7.1f} {tasks[g]:6d} {taskms[g]/1000:7.1f}")
last = max(j.get("end", 0) for j in jobs.values())
if end: print(f"after the last job: {(end - last)/1000:.1f}s")
print("longest stages:")
for s in sorted(stages, key=lambda s: s["Submission Time"] - s["Completion Time"])[:8]:
    print(f"  {(s['Completion Time']-s['Submission Time'])/1000:6.1f}s stage {s['Stage ID']:4d} {s['Number of Tasks']:4d} tasks  {stage_group.get(s['Stage ID'])}  {s['Stage Name'][:70]}")
