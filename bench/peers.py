#!/usr/bin/python3
"""The Python side of the peer benchmark (bench/peers.sh): exact neighbours of the shared vector files, faiss
IndexHNSWFlat and hnswlib built and searched through their own Python APIs, and the report (table of QPS at
recall@10 0.90 / 0.95 / 0.99, and the plot) over the CSV that the Lucene side (PeerBenchLucene) writes too.

Run it with Debian's /usr/bin/python3 (python3-faiss 1.7.3, python3-hnswlib 0.6.2, python3-matplotlib).

  peers.py exact   --data DIR
  peers.py build   --data DIR --engine faiss|hnswlib --index FILE [--m 16] [--ef-construction 100] [--threads 2]
  peers.py search  --data DIR --engine faiss|hnswlib --index FILE --csv FILE [--beams ...] [--threads 1,2] [--name N]
  peers.py merge   --into FILE SWEEP.csv ...
  peers.py report  --csv FILE --plot FILE.png
"""
import argparse
import csv
import json
import os
import statistics
import sys
import time

import numpy as np

HEADER = ("engine,format,path,threads,beam,recall10,qps,qps_min,qps_max,visited,build_s,disk_bytes,rss_bytes,"
          "rss_file_bytes,count,p50_ms,p99_ms").split(",")
EXACT = 100
K = 10
TARGETS = (0.90, 0.95, 0.99)
DEFAULT_BEAMS = "10,16,24,32,48,64,96,128,192,256,384,512"


def meta(data):
    with open(os.path.join(data, "meta.json")) as f:
        return json.load(f)


def vectors(data, name, dimension):
    return np.fromfile(os.path.join(data, name), dtype="<f4").reshape(-1, dimension)


def memory():
    """VmRSS and RssFile of this process, in bytes."""
    values = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "RssFile"):
                values[key] = int(rest.split()[0]) * 1024
    return values["VmRSS"], values.get("RssFile", 0)


def exact(args):
    """The true 100 nearest base rows of each query by dot product, best first, over blocks of base rows."""
    m = meta(args.data)
    base = np.memmap(os.path.join(args.data, "base.f32"), dtype="<f4", mode="r").reshape(-1, m["dimension"])
    queries = vectors(args.data, "queries.f32", m["dimension"])
    best_scores = np.full((len(queries), EXACT), -np.inf, dtype=np.float32)
    best_rows = np.zeros((len(queries), EXACT), dtype=np.int64)
    block = 16384
    start = time.perf_counter()
    for first in range(0, len(base), block):
        scores = queries @ np.asarray(base[first:first + block]).T
        scores = np.concatenate([best_scores, scores], axis=1)
        rows = np.concatenate([best_rows, np.arange(first, first + scores.shape[1] - EXACT)[None, :].repeat(
            len(queries), axis=0)], axis=1)
        keep = np.argpartition(-scores, EXACT - 1, axis=1)[:, :EXACT]
        best_scores = np.take_along_axis(scores, keep, axis=1)
        best_rows = np.take_along_axis(rows, keep, axis=1)
    order = np.argsort(-best_scores, axis=1)
    np.take_along_axis(best_rows, order, axis=1).astype("<i4").tofile(os.path.join(args.data, "exact.i32"))
    print(f"exact top {EXACT} of {len(queries)} queries over {len(base):,} vectors in "
          f"{time.perf_counter() - start:.1f} s")


def build(args):
    m = meta(args.data)
    base = vectors(args.data, "base.f32", m["dimension"])
    start = time.perf_counter()
    if args.engine == "faiss":
        import faiss
        faiss.omp_set_num_threads(args.threads)
        index = faiss.IndexHNSWFlat(m["dimension"], args.m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = args.ef_construction
        index.add(base)
        seconds = time.perf_counter() - start
        faiss.write_index(index, args.index)
    else:
        import hnswlib
        index = hnswlib.Index(space="ip", dim=m["dimension"])
        index.init_index(max_elements=len(base), ef_construction=args.ef_construction, M=args.m, random_seed=100)
        index.add_items(base, np.arange(len(base)), num_threads=args.threads)
        seconds = time.perf_counter() - start
        index.save_index(args.index)
    with open(args.index + ".json", "w") as f:
        json.dump({"seconds": seconds, "m": args.m, "ef_construction": args.ef_construction,
                   "threads": args.threads}, f)
    print(f"{args.engine}: {len(base):,} vectors built in {seconds:.1f} s, M {args.m}, efConstruction "
          f"{args.ef_construction}, {args.threads} threads")


class Faiss:
    """faiss IndexHNSWFlat as loaded from its file; a batch of queries per call, OpenMP threads over them."""

    def __init__(self, path):
        import faiss
        self.faiss = faiss
        self.index = faiss.read_index(path)

    def search(self, queries, beam, threads):
        self.faiss.omp_set_num_threads(threads)
        self.index.hnsw.efSearch = beam
        self.faiss.cvar.hnsw_stats.reset()
        _, rows = self.index.search(queries, K)
        # the distances computed by the graph search: n3 in faiss 1.7.3 (its ndis stays 0), ndis in later ones
        stats = self.faiss.cvar.hnsw_stats
        return rows, (stats.n3 if hasattr(stats, "n3") else stats.ndis) / len(queries)


class Hnswlib:
    """hnswlib's index as loaded from its file; a batch of queries per call, its own threads over them."""

    def __init__(self, path, dimension, count):
        import hnswlib
        self.index = hnswlib.Index(space="ip", dim=dimension)
        self.index.load_index(path, max_elements=count)

    def search(self, queries, beam, threads):
        self.index.set_ef(beam)
        rows, _ = self.index.knn_query(queries, k=K, num_threads=threads)
        return rows, -1


def recall(rows, truth):
    return float(np.mean([len(set(r) & set(t)) / K for r, t in zip(rows.tolist(), truth.tolist())]))


def search(args):
    m = meta(args.data)
    queries = vectors(args.data, "queries.f32", m["dimension"])
    truth = np.fromfile(os.path.join(args.data, "exact.i32"), dtype="<i4").reshape(-1, EXACT)[:, :K]
    with open(args.index + ".json") as f:
        build_seconds = json.load(f)["seconds"]
    engine = Faiss(args.index) if args.engine == "faiss" else Hnswlib(args.index, m["dimension"], m["count"])
    engine.search(queries, 100, 1)
    points = []
    for threads in [int(t) for t in args.threads.split(",")]:
        for beam in [int(b) for b in args.beams.split(",")]:
            engine.search(queries, beam, threads)
            qps = []
            for _ in range(args.passes):
                start = time.perf_counter()
                rows, visited = engine.search(queries, beam, threads)
                qps.append(len(queries) / (time.perf_counter() - start))
            points.append((threads, beam, recall(rows, truth), qps, visited))
            print(f"{args.engine} threads {threads} beam {beam}: recall@10 {points[-1][2]:.4f}, "
                  f"{statistics.median(qps):.0f} QPS", file=sys.stderr)
    rss, rss_file = memory()
    disk = os.path.getsize(args.index)
    fresh = not os.path.exists(args.csv) or os.path.getsize(args.csv) == 0
    with open(args.csv, "a", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        if fresh:
            out.writerow(HEADER)
        for threads, beam, rec, qps, visited in points:
            out.writerow([args.name or args.engine, "float", "python-batch", threads, beam, f"{rec:.4f}",
                          f"{statistics.median(qps):.1f}", f"{min(qps):.1f}", f"{max(qps):.1f}", f"{visited:.1f}",
                          f"{build_seconds:.1f}", disk, rss, rss_file, m["count"], -1, -1])


def qps_at(points, target):
    """QPS at recall@10 = target on a curve of (recall, qps) points in beam order, interpolated linearly between
    the last point below the target and the first at or above it; the first point's QPS when even it reaches the
    target (then the figure is a lower bound); None when no point reaches it."""
    previous = None
    for rec, qps in points:
        if rec >= target:
            if previous is None:
                return qps
            r0, q0 = previous
            return q0 + (qps - q0) * (target - r0) / (rec - r0)
        previous = (rec, qps)
    return None


def curves(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    grouped = {}
    for row in rows:
        key = (row["engine"], row["format"], row["path"], int(row["threads"]))
        grouped.setdefault(key, []).append(row)
    for key in grouped:
        grouped[key].sort(key=lambda row: int(row["beam"]))
    return grouped


def merge(args):
    """Writes the sweeps into the results CSV, keeping its rows of every engine and format that no sweep holds,
    so a run of one engine or format (whose other indexes may have been removed from the cache) adds to the
    table rather than erasing it."""
    rows = []
    for path in args.sweeps:
        with open(path) as f:
            rows.extend(csv.DictReader(f))
    swept = {(row["engine"], row["format"]) for row in rows}
    if os.path.exists(args.into):
        with open(args.into) as f:
            kept = [row for row in csv.DictReader(f) if (row["engine"], row["format"]) not in swept]
        rows = kept + rows
    with open(args.into, "w", newline="") as f:
        # rows of sweeps from before the latency columns have none: -1, as for an engine asked in batches
        out = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n", restval="-1")
        out.writeheader()
        out.writerows(rows)


def report(args):
    grouped = curves(args.csv)
    print("| engine | format | path | threads | " + " | ".join(f"QPS at {t:.2f}" for t in TARGETS)
          + " | max recall@10 | build s | disk bytes/vector | RSS MB | RSS bytes/vector |")
    print("|---|---|---|---:|" + "---:|" * (len(TARGETS) + 5))
    at95 = {}
    for key, rows in sorted(grouped.items()):
        points = [(float(r["recall10"]), float(r["qps"])) for r in rows]
        figures = [qps_at(points, t) for t in TARGETS]
        at95[key] = figures[1]
        last = rows[-1]
        count = int(last["count"])
        cells = [f"{q:.0f}" if q is not None else "-" for q in figures]
        print(f"| {key[0]} | {key[1]} | {key[2]} | {key[3]} | " + " | ".join(cells)
              + f" | {max(p[0] for p in points):.4f} | {float(last['build_s']):.0f} | "
              f"{int(last['disk_bytes']) / count:.0f} | {int(last['rss_bytes']) / 2**20:.0f} | "
              f"{int(last['rss_bytes']) / count:.0f} |")
    print()
    for key, qps in sorted(at95.items()):
        faiss_qps = at95.get(("faiss", "float", "python-batch", key[3]))
        if key[0] == "lucene" and qps is not None and faiss_qps:
            print(f"lucene {key[1]} {key[2]}, {key[3]} threads: QPS at recall@10 0.95 / faiss HNSW's = "
                  f"{qps / faiss_qps:.2f}")
    print()
    for key, rows in sorted(grouped.items()):
        timed = [r for r in rows if float(r.get("p99_ms", -1)) >= 0]
        for target in (0.90, 0.95):
            first = next((r for r in timed if float(r["recall10"]) >= target), None)
            if first is not None:
                print(f"{key[0]} {key[1]} {key[2]}, {key[3]} threads, one query at a time at beam {first['beam']} "
                      f"(recall@10 {float(first['recall10']):.3f} >= {target:.2f}): p50 {float(first['p50_ms']):.2f} ms,"
                      f" p99 {float(first['p99_ms']):.2f} ms")
    plot(grouped, args.plot)


def plot(grouped, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    threads = sorted({key[3] for key in grouped})
    figure, axes = plt.subplots(1, len(threads), figsize=(6 * len(threads), 5), squeeze=False)
    count = next(iter(grouped.values()))[0]["count"]
    for axis, t in zip(axes[0], threads):
        for key, rows in sorted(grouped.items()):
            if key[3] != t:
                continue
            label = f"{key[0]} {key[1]}" + (f" ({key[2]})" if key[0] == "lucene" else "")
            axis.plot([float(r["recall10"]) for r in rows], [float(r["qps"]) for r in rows], marker=".",
                      label=label)
        axis.set_yscale("log")
        axis.set_xlabel("recall@10")
        axis.set_ylabel("queries per second")
        axis.set_title(f"{int(count):,} x 512, {t} search thread{'s' if t > 1 else ''}")
        axis.grid(True, which="both", alpha=0.3)
        for target in TARGETS:
            axis.axvline(target, color="grey", linewidth=0.5)
        axis.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=90)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("exact", help="exact top-100 neighbours of the queries into exact.i32")
    p.add_argument("--data", required=True)
    p.set_defaults(run=exact)
    p = sub.add_parser("build", help="build a faiss or hnswlib index of base.f32 and save it")
    p.add_argument("--data", required=True)
    p.add_argument("--engine", choices=("faiss", "hnswlib"), required=True)
    p.add_argument("--index", required=True)
    p.add_argument("--m", type=int, default=16)
    p.add_argument("--ef-construction", type=int, default=100)
    p.add_argument("--threads", type=int, default=2)
    p.set_defaults(run=build)
    p = sub.add_parser("search", help="load a saved index, sweep its beam, append CSV rows")
    p.add_argument("--data", required=True)
    p.add_argument("--engine", choices=("faiss", "hnswlib"), required=True)
    p.add_argument("--index", required=True)
    p.add_argument("--csv", required=True)
    p.add_argument("--beams", default=DEFAULT_BEAMS)
    p.add_argument("--threads", default="1,2")
    p.add_argument("--passes", type=int, default=3)
    p.add_argument("--name", help="the engine column of the rows (default: --engine), to tell builds of one engine apart")
    p.set_defaults(run=search)
    p = sub.add_parser("merge", help="sweeps into the results CSV, keeping the engines and formats they lack")
    p.add_argument("--into", required=True)
    p.add_argument("sweeps", nargs="+")
    p.set_defaults(run=merge)
    p = sub.add_parser("report", help="table of QPS at recall targets, and the plot")
    p.add_argument("--csv", required=True)
    p.add_argument("--plot", required=True)
    p.set_defaults(run=report)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
