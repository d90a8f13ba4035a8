#!/usr/bin/python3
"""Converts a PyTorch state dict of the visual-motif paper's head (Linear(D->H) -> ReLU -> Linear(H->L) -> sigmoid)
into a clipsearch sigmoid-mlp head file.

    /usr/bin/python3 tools/import_torch_head.py --state-dict motif_head.pt --labels ../shared/vocab/motifs.tsv \
        --model models/clip-vit-b32 --set motif [--threshold 0.5] [--out models/clip-vit-b32/heads/motif.json]

The state dict holds two Linear layers, in order (for nn.Sequential: 0.weight, 0.bias, 2.weight, 2.bias; any
names do): the first weight [H, D], the second [L, H]. --labels names the L outputs in order, one per line (the
first column of a TSV; a header 'motif' or 'label' and '#' comments are skipped). The head scores the L2-normalised
image embedding, as clipsearch stores it. Needs Debian's python3-torch.
"""

import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import head_file  # noqa: E402


def layers(state):
    """[(weight, bias), (weight, bias)] of the two Linear layers, in the state dict's order."""
    weights = [(k, v) for k, v in state.items() if k.endswith("weight") and v.dim() == 2]
    if len(weights) != 2:
        raise SystemExit("error: expected two Linear layers (two 2-D weights), found %d: %s"
                         % (len(weights), [k for k, _ in weights]))
    result = []
    for name, weight in weights:
        bias_name = name[: -len("weight")] + "bias"
        if bias_name not in state:
            raise SystemExit("error: layer %s has no bias %s" % (name, bias_name))
        result.append((weight.detach().float().numpy(), state[bias_name].detach().float().numpy()))
    (w1, _), (w2, _) = result
    if w2.shape[1] != w1.shape[0]:
        raise SystemExit("error: the second layer reads %d values, the first gives %d" % (w2.shape[1], w1.shape[0]))
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--state-dict", required=True, help="torch.save(model.state_dict()) of the head")
    parser.add_argument("--labels", required=True, help="the labels of the outputs, in order")
    parser.add_argument("--model", required=True, help="the clipsearch model directory the head is for")
    parser.add_argument("--set", default="motif", help="label set name (default: motif)")
    parser.add_argument("--threshold", type=float, default=0.5, help="probability at which a label is assigned")
    parser.add_argument("--out", help="head file (default: MODEL/heads/SET.json)")
    args = parser.parse_args(argv)
    state = torch.load(args.state_dict, map_location="cpu")
    if hasattr(state, "state_dict"):
        state = state.state_dict()
    (w1, b1), (w2, b2) = layers(state)
    labels = head_file.read_labels(args.labels)
    if len(labels) != w2.shape[0]:
        raise SystemExit("error: %s names %d labels, the head has %d outputs" % (args.labels, len(labels), w2.shape[0]))
    out = args.out or os.path.join(args.model, "heads", args.set + ".json")
    training = {
        "kind": "sigmoid-mlp",
        "imported_from": os.path.basename(args.state_dict),
        "converter": "tools/import_torch_head.py",
        "architecture": "Linear(D->%d) -> ReLU -> Linear(%d->L) -> sigmoid" % (w1.shape[0], w1.shape[0]),
    }
    head_file.write_head(out, args.model, args.set, "sigmoid-mlp", labels,
                         {"hidden_weight": w1, "hidden_bias": b1, "output_weight": w2, "output_bias": b2},
                         w1.shape[1], training, threshold=args.threshold)
    print("wrote %s: sigmoid-mlp head, %d labels, hidden %d, %d dimensions" % (out, len(labels), w1.shape[0],
                                                                              w1.shape[1]))


if __name__ == "__main__":
    main()
