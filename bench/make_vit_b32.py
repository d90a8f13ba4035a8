#!/usr/bin/python3
"""Makes a random-weight model with CLIP ViT-B/32's exact shapes, for realistic inference cost.

The cost of a CLIP model does not depend on its weights (see ``benchmarks.md``). Image tower:
torchvision's ``vit_b_32(weights=None)`` with its head replaced by a 768 -> 512 projection. Text
tower: 12 layers, width 512, 8 heads over a 49,408-token embedding, context 77, end-token pooling,
512 -> 512 projection. Both exported with opset 14 and a dynamic batch axis.

Writes ``bench/cache/vit-b32-random/`` (git-ignored): ``model.json``, ``visual.onnx`` (about 350 MB),
``textual.onnx``, and a copy of ``bpe_simple_vocab_16e6.txt.gz`` from
``../shared/testdata/clip-bpe/`` when that is present (the cache is not committed, so the
vocabulary is copied, not referenced). Idempotent: files that exist are kept; each file is written
under a temporary name and renamed, so an interrupted run leaves nothing half-written.

Run with Debian's interpreter from the repository root (about a minute):
  /usr/bin/python3 bench/make_vit_b32.py
"""

import json
import shutil
import sys
from pathlib import Path

import torch
from torch import nn
from torchvision.models import vit_b_32

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import clip_towers  # noqa: E402

OUT = ROOT / "bench/cache/vit-b32-random"
SHARED_BPE = ROOT.parent / "shared/testdata/clip-bpe/bpe_simple_vocab_16e6.txt.gz"
BPE = "bpe_simple_vocab_16e6.txt.gz"
SEED = 0
EMBED_DIM = 512


def image_tower():
    model = vit_b_32(weights=None)
    model.heads = nn.Linear(768, EMBED_DIM, bias=False)
    return model


def text_tower():
    return clip_towers.TextTower(vocab_size=49408, context_length=77, width=512, heads=8, layers=12,
                                 embed_dim=EMBED_DIM)


def write_once(path, write):
    """Runs ``write(temporary_path)`` and renames the result to ``path``, unless ``path`` exists."""
    if path.exists():
        print(f"kept {path}")
        return
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    tmp.replace(path)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


def write_manifest(path):
    tokenizer = {"bpe": BPE, "start_token": 49406, "end_token": 49407, "pad_token": 0}
    manifest = clip_towers.manifest(
        "vit-b32-random", EMBED_DIM, 224, tokenizer,
        source=f"random weights (seed {SEED}) with CLIP ViT-B/32's shapes, made by bench/make_vit_b32.py; "
               "for inference cost only, its embeddings mean nothing",
        license="project-made benchmark data, under the clipsearch project's licence")
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main():
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    OUT.mkdir(parents=True, exist_ok=True)
    write_once(OUT / "visual.onnx", lambda p: clip_towers.export(
        image_tower(), torch.zeros(1, 3, 224, 224), p, "pixel_values", "image_embeds"))
    write_once(OUT / "textual.onnx", lambda p: clip_towers.export(
        text_tower(), torch.zeros(1, 77, dtype=torch.int64), p, "input_ids", "text_embeds"))
    if SHARED_BPE.exists():
        write_once(OUT / BPE, lambda p: shutil.copyfile(SHARED_BPE, p))
    elif not (OUT / BPE).exists():
        print(f"no {SHARED_BPE}: copy {BPE} into {OUT} before using the text tower")
    write_once(OUT / "model.json", write_manifest)


if __name__ == "__main__":
    main()
