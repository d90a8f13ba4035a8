"""Writes clipsearch head files (heads/<set>.json, format clipsearch-head/1) for a model directory.

The format is defined by org.clipsearch.core.label.HeadFile; the fingerprint is ModelFingerprint's: SHA-256 over
model.json and each ONNX file the manifest names (image tower, then text tower), each preceded by its file name
and a zero byte.
"""

import hashlib
import json
import os

FORMAT = "clipsearch-head/1"


def model_fingerprint(model_dir):
    """The model's fingerprint ('sha256:' + 64 hex digits) and its manifest."""
    with open(os.path.join(model_dir, "model.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    digest = hashlib.sha256()
    names = ["model.json"]
    for tower in ("image", "text"):
        if manifest.get(tower):
            names.append(manifest[tower]["onnx"])
    for name in names:
        digest.update(name.encode("utf-8"))
        digest.update(b"\0")
        with open(os.path.join(model_dir, name), "rb") as f:
            for block in iter(lambda: f.read(1 << 16), b""):
                digest.update(block)
    return "sha256:" + digest.hexdigest(), manifest


def read_labels(path):
    """Labels from a text file: one per line (first TAB-separated column), '#' comments and a header 'label' or
    'motif' skipped."""
    labels = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cell = line.rstrip("\n").split("\t")[0].strip()
            if cell and not cell.startswith("#") and not (not labels and cell in ("label", "motif")):
                labels.append(cell)
    return labels


def write_head(out, model_dir, set_name, kind, labels, weights, input_dim, training, threshold=None):
    """Writes the head file; refuses weights whose shapes do not fit the labels or the model's dimension."""
    fingerprint, manifest = model_fingerprint(model_dir)
    if input_dim != manifest["embedding_dim"]:
        raise SystemExit("error: the head reads %d-dimensional embeddings, model %s gives %d"
                         % (input_dim, manifest["name"], manifest["embedding_dim"]))
    head = {
        "format": FORMAT,
        "set": set_name,
        "kind": kind,
        "labels": list(labels),
    }
    if threshold is not None:
        head["threshold"] = threshold
    head.update({
        "input_dim": input_dim,
        "model": {"fingerprint": fingerprint, "name": manifest["name"]},
        "weights": {k: v.tolist() for k, v in weights.items()},
        "training": training,
        "evaluation": {},
    })
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(head, f)
        f.write("\n")
    return out
