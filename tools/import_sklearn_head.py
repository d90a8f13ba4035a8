#!/usr/bin/python3
"""Converts a scikit-learn LogisticRegression pickle (such as HisVis' 20220914_clip_scene_detection_model.sav) into a
clipsearch softmax head file.

    /usr/bin/python3 tools/import_sklearn_head.py --pickle 20220914_clip_scene_detection_model.sav \
        --model models/clip-vit-b32 --set scene [--out models/clip-vit-b32/heads/scene.json]

The head reproduces the pickle's predict_proba: multinomial models exactly (softmax of W x + b); two-class models
(one coefficient row) as the equivalent two-row softmax. A one-vs-rest model with more than two classes normalises
sigmoids instead of a softmax, which a softmax head cannot reproduce: it is refused.

The head scores the L2-normalised image embedding, as clipsearch stores it. A model trained on raw, unnormalised
CLIP features ranks labels the same only up to each image's norm: retrain with train-head where that matters.
Needs Debian's python3-sklearn (the pickle's classes); nothing here runs in clipsearch itself.
"""

import argparse
import os
import pickle
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import head_file  # noqa: E402


def is_one_vs_rest(model):
    """scikit-learn's own rule in LogisticRegression.predict_proba."""
    multi_class = getattr(model, "multi_class", "auto")
    if multi_class in ("ovr", "warn"):
        return True
    if multi_class in ("auto", "deprecated"):
        return len(model.classes_) <= 2 or getattr(model, "solver", "lbfgs") == "liblinear"
    return False


def softmax_weights(model):
    """(W, b) with one row per class such that softmax(W x + b) equals model.predict_proba(x)."""
    coef = np.asarray(model.coef_, dtype=np.float64)
    intercept = np.asarray(model.intercept_, dtype=np.float64)
    classes = len(model.classes_)
    if coef.shape[0] == 1 and classes == 2:
        # one-vs-rest: [1 - s(z), s(z)] = softmax([-z/2, z/2]); multinomial: softmax([-z, z])
        half = 0.5 if is_one_vs_rest(model) else 1.0
        return np.vstack([-half * coef[0], half * coef[0]]), np.array([-half * intercept[0], half * intercept[0]])
    if is_one_vs_rest(model):
        raise SystemExit("error: this LogisticRegression is one-vs-rest over %d classes (its probabilities are"
                         " normalised sigmoids); a softmax head reproduces multinomial models only" % classes)
    return coef, intercept


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pickle", required=True, help="the LogisticRegression pickle (pickle or joblib)")
    parser.add_argument("--model", required=True, help="the clipsearch model directory the head is for")
    parser.add_argument("--set", default="scene", help="label set name (default: scene)")
    parser.add_argument("--out", help="head file (default: MODEL/heads/SET.json)")
    args = parser.parse_args(argv)
    with open(args.pickle, "rb") as f:
        try:
            model = pickle.load(f)
        except Exception:  # joblib's format, when the pickle was written with joblib.dump
            import joblib
            model = joblib.load(args.pickle)
    if not hasattr(model, "coef_") or not hasattr(model, "classes_"):
        raise SystemExit("error: %s holds a %s, not a fitted LogisticRegression" % (args.pickle, type(model).__name__))
    weight, bias = softmax_weights(model)
    out = args.out or os.path.join(args.model, "heads", args.set + ".json")
    training = {
        "kind": "softmax",
        "imported_from": os.path.basename(args.pickle),
        "converter": "tools/import_sklearn_head.py",
        "C": float(getattr(model, "C", float("nan"))),
        "max_iterations": int(getattr(model, "max_iter", 0)),
        "solver": str(getattr(model, "solver", "?")),
    }
    head_file.write_head(out, args.model, args.set, "softmax", [str(c) for c in model.classes_],
                         {"weight": weight.astype(np.float32), "bias": bias.astype(np.float32)},
                         weight.shape[1], training)
    print("wrote %s: softmax head, %d labels, %d dimensions" % (out, weight.shape[0], weight.shape[1]))


if __name__ == "__main__":
    main()
