#!/usr/bin/python3
"""Evaluates the demo CLIP on a demo-world folder made with a seed it was not trained on.

Embeds the folder's pictures and captions with the trained model (the checkpoint ``train_demo_clip.py``
wrote, with the exported model folder's vocabulary and manifest) and prints:

- text -> image recall@1/5/10: the query is a picture's ``caption``, the target that picture;
- text -> image attribute precision@10: the share of the top 10 whose scene, main object and primary
  motif equal the query picture's (the query's first primary motif must be among the hit's primary
  motifs; without a primary motif only scene and main object count), and its ceiling: what a perfect
  ranking scores, when fewer than 10 pictures of the set share a query's three attributes;
- image -> image same-scene precision@10, the query picture left out;
- zero-shot scene accuracy and top-5 accuracy, prompts "a photo of a {scene_en}" and a few other
  templates averaged per scene (prompt ensembling), scored by ``logit_scale * cos``.

The Java ``clipsearch eval retrieval`` command is the reference; this is the training loop's check.

    /usr/bin/python3 tools/eval_demo_clip.py --data /tmp/demo-data/eval-s1001 --work /tmp/demo-clip-work
"""

import argparse
import json
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_demo_clip as tdc  # noqa: E402

ZERO_SHOT_TEMPLATES = [
    "a photo of a {}",
    "a picture of a {}",
    "a photograph of the {}",
    "a black-and-white photo of a {}",
]


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", required=True, help="demo-world folder of an unseen seed")
    p.add_argument("--work", required=True, help="training work folder: checkpoint.pt, and the crop cache")
    p.add_argument("--model", default=str(tdc.ROOT / "models/demo-clip"), help="exported model folder")
    p.add_argument("--count", type=int, default=2000, help="pictures to evaluate (the folder's first)")
    p.add_argument("--json", help="also write the figures to this JSON file")
    return p.parse_args(argv)


@torch.no_grad()
def embed_images(model, pixels_uint8, mean, std, batch=256):
    out = [model.visual(tdc.to_pixels(pixels_uint8[i:i + batch], mean, std)) for i in range(0, len(pixels_uint8), batch)]
    return F.normalize(torch.cat(out), dim=-1)


@torch.no_grad()
def embed_texts(model, tokenizer, texts, context_length, batch=256):
    """Text embeddings from the full ``forward`` (ids padded to the context length, as the export takes them)."""
    out = []
    for i in range(0, len(texts), batch):
        ids = torch.tensor([tokenizer.tokenize(t, context_length) for t in texts[i:i + batch]], dtype=torch.int64)
        out.append(model.textual(ids))
    return F.normalize(torch.cat(out), dim=-1)


def attributes_match(query, hit):
    if query["scene"] != hit["scene"] or query["main_object"] != hit["main_object"]:
        return False
    return not query["motifs"] or query["motifs"][0] in hit["motifs"]


def evaluate(model, tokenizer, manifest, rows, pixels):
    image, text = manifest["image"], manifest["text"]
    images = embed_images(model, pixels, image["mean"], image["std"])
    captions = embed_texts(model, tokenizer, [r["caption"] for r in rows], text["context_length"])
    n = len(rows)
    figures = {"images": n}

    t2i = captions @ images.t()
    rank = (t2i > t2i.diagonal().unsqueeze(1)).sum(dim=1)
    for k in (1, 5, 10):
        figures[f"recall@{k}"] = (rank < k).float().mean().item()
    top = t2i.topk(10, dim=1).indices.tolist()
    figures["attribute_precision@10"] = sum(
        sum(attributes_match(rows[q], rows[h]) for h in hits) / 10 for q, hits in enumerate(top)) / n
    figures["attribute_precision@10_ceiling"] = sum(
        min(10, sum(attributes_match(query, hit) for hit in rows)) / 10 for query in rows) / n

    i2i = images @ images.t()
    i2i.fill_diagonal_(-2.0)
    top = i2i.topk(10, dim=1).indices.tolist()
    figures["same_scene_precision@10"] = sum(
        sum(rows[q]["scene"] == rows[h]["scene"] for h in hits) / 10 for q, hits in enumerate(top)) / n

    scenes = sorted({r["scene_en"] for r in rows})
    prompts = embed_texts(model, tokenizer, [t.format(s) for s in scenes for t in ZERO_SHOT_TEMPLATES],
                          text["context_length"])
    labels = F.normalize(prompts.view(len(scenes), len(ZERO_SHOT_TEMPLATES), -1).mean(dim=1), dim=-1)
    logits = manifest["logit_scale"] * images @ labels.t()
    truth = torch.tensor([scenes.index(r["scene_en"]) for r in rows])
    top5 = logits.topk(5, dim=1).indices
    figures["zero_shot_scene_accuracy"] = (top5[:, 0] == truth).float().mean().item()
    figures["zero_shot_scene_top5"] = (top5 == truth.unsqueeze(1)).any(dim=1).float().mean().item()
    figures["zero_shot_scenes"] = len(scenes)
    per_scene = {}
    for s, name in enumerate(scenes):
        mask = truth == s
        per_scene[name] = round((top5[mask, 0] == s).float().mean().item(), 3)
    figures["zero_shot_per_scene"] = per_scene
    return figures


def main(args):
    torch.set_num_threads(1)
    with open(Path(args.model) / "model.json", encoding="utf-8") as f:
        manifest = json.load(f)
    model, config = tdc.load_model(Path(args.work) / "checkpoint.pt")
    if config["size"] != manifest["image"]["size"] or config["context"] != manifest["text"]["context_length"]:
        raise SystemExit(f"checkpoint {config} does not match the manifest in {args.model}")
    tokenizer = tdc.read_tokenizer(args.model)
    rows = tdc.read_rows(args.data)[:args.count]
    pixels = tdc.crops(args.data, rows, config["size"], args.work, config.get("resize", "shortest-side"))
    figures = evaluate(model, tokenizer, manifest, rows, pixels)
    print(f"{args.data}: {figures['images']} images")
    for key, value in figures.items():
        if isinstance(value, float):
            print(f"  {key:28s} {value:.3f}")
    print("  zero-shot accuracy per scene: " + ", ".join(f"{k} {v:.2f}" for k, v in figures["zero_shot_per_scene"].items()))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main(parse_args())
