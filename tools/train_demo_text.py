#!/usr/bin/python3
"""Trains the demo CLIP's text tower anew for English and Dutch queries, against its locked image tower.

Locked-image tuning (Zhai et al. 2022, "LiT: Zero-Shot Transfer with Locked-image text Tuning"): the image
tower of an existing model directory stays as it is, so every image embedding, index and label head made with
it stays valid; a new byte-level BPE vocabulary is learned from the English and the Dutch captions of the
training world, and a new text tower learns, with CLIP's contrastive loss against the fixed image embeddings,
to put both languages' captions where their pictures are. Writes ``model.json``, ``textual.onnx``,
``vocab.json``, ``merges.txt`` and ``training.log`` into ``--out`` and copies the image tower there; each epoch
leaves ``text-checkpoint.pt`` there too, which ``--init`` goes on from (not part of the model).

The image embeddings come from the model itself, through the Java embedder (``clipsearch embed-image
--format npy``), one row per line of the ground truth; see ``models/demo-clip/README.md`` for the commands.
With ``--eval-truth`` and ``--eval-embeddings`` (a world never trained on), each epoch ends with caption
recall@1/@10 per language on it.

Run with Debian's interpreter from the repository root:

    /usr/bin/python3 tools/train_demo_text.py --truth T.jsonl --image-embeddings E.npy --image-model models/demo-clip \\
        --out /tmp/demo-clip-nl
"""

import argparse
import json
import math
import random
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clip_bpe import ReferenceTokenizer, learn_merges  # noqa: E402
import clip_towers  # noqa: E402
from train_demo_clip import LABEL_TEMPLATES, TokenCache, parameter_groups, text_features, write_vocabulary  # noqa: E402

# Dutch label captions beside train_demo_clip's English ones: the bare scene and object names that short queries
# and zero-shot prompts use ("een foto van een haven"). scene_nl carries its article ("een haven", "boten").
DUTCH_LABEL_TEMPLATES = [
    "een foto van {scene}",
    "een afbeelding van {scene}",
    "een oude foto van {scene}",
    "{scene}",
    "een foto van {scene} met een {object}",
    "een {object} bij {scene}",
]


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--truth", required=True, help="ground-truth.jsonl of the training world (with captions_nl)")
    p.add_argument("--image-embeddings", required=True, help="float32 .npy [N, dim], row i = line i of --truth")
    p.add_argument("--image-model", required=True, help="model directory whose image tower is kept")
    p.add_argument("--out", required=True, help="model folder to write")
    p.add_argument("--eval-truth", help="ground-truth.jsonl of an unseen world, for recall per epoch")
    p.add_argument("--eval-embeddings", help="its image embeddings (.npy)")
    p.add_argument("--epochs", type=float, default=8)
    p.add_argument("--batch", type=int, default=512)
    p.add_argument("--lr", type=float, default=1e-3, help="peak AdamW learning rate (warm-up, then cosine to 0)")
    p.add_argument("--warmup", type=float, default=0.2, help="warm-up length in epochs")
    p.add_argument("--weight-decay", type=float, default=0.05)
    p.add_argument("--merges", type=int, default=3000, help="most BPE merges to learn")
    p.add_argument("--min-count", type=int, default=8, help="least count of a pair to be merged")
    p.add_argument("--context", type=int, default=77)
    p.add_argument("--text-width", type=int, default=128)
    p.add_argument("--text-layers", type=int, default=3)
    p.add_argument("--text-heads", type=int, default=4)
    p.add_argument("--label-captions", type=float, default=0.25, help="share of label captions among the texts")
    p.add_argument("--dutch", type=float, default=0.5, help="share of Dutch texts")
    p.add_argument("--logit-scale", type=float, default=25.0, help="fixed temperature exp(s) of the loss and manifest")
    p.add_argument("--init", help="text-checkpoint.pt of an earlier run to go on from (its vocabulary and tower)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--log-every", type=int, default=50)
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (timing trials; no export)")
    return p.parse_args(argv)


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    missing = [r["path"] for r in rows if not r.get("captions_nl")]
    if missing:
        raise SystemExit(f"{path}: {len(missing)} pictures have no captions_nl (first {missing[0]}); "
                         "rewrite it with: clipsearch demo-data --truth-only")
    return rows


def read_embeddings(path, rows):
    vectors = np.load(path).astype(np.float32)
    if len(vectors) != len(rows):
        raise SystemExit(f"{path} has {len(vectors)} rows for {len(rows)} pictures")
    return F.normalize(torch.from_numpy(vectors), dim=-1)


def label_captions(row, dutch):
    if dutch:
        return [t.format(scene=row["scene_nl"], object=row["main_object_nl"]) for t in DUTCH_LABEL_TEMPLATES]
    return [t.format(scene=row["scene_en"], object=row["main_object"].replace("_", " ")) for t in LABEL_TEMPLATES]


def corpus(rows):
    texts = []
    for r in rows:
        texts += r["captions"] + r["captions_nl"] + label_captions(r, False) + label_captions(r, True)
    return texts


def recall(textual, tokens, rows, images, dutch, ks=(1, 10)):
    """Caption-to-picture recall@k of the first caption in one language, exact search."""
    textual.eval()
    with torch.no_grad():
        captions = [r["captions_nl"][0] if dutch else r["caption"] for r in rows]
        text = torch.cat([F.normalize(text_features(textual, tokens(captions[i:i + 500])), dim=-1)
                          for i in range(0, len(captions), 500)])
        ranks = (text @ images.t()).argsort(dim=1, descending=True)
        hit = ranks == torch.arange(len(rows)).unsqueeze(1)
    textual.train()
    return [hit[:, :k].any(dim=1).float().mean().item() for k in ks]


def train(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    log_file = open(out / "training.log", "w", encoding="utf-8")

    def log(line):
        print(line, flush=True)
        log_file.write(line + "\n")
        log_file.flush()

    started = time.time()
    log("command: /usr/bin/python3 tools/train_demo_text.py " + " ".join(sys.argv[1:]))
    log(f"torch {torch.__version__}, {args.threads} threads")
    rows = read_rows(args.truth)
    images = read_embeddings(args.image_embeddings, rows)
    evaluation = None
    if args.eval_truth:
        eval_rows = read_rows(args.eval_truth)
        evaluation = (eval_rows, read_embeddings(args.eval_embeddings, eval_rows))
    log(f"{len(rows)} training pictures, image embeddings {tuple(images.shape)} from {args.image_embeddings}")

    lines = corpus(rows)
    init = torch.load(args.init) if args.init else None
    merges = [tuple(m) for m in init["merges"]] if init else learn_merges(sorted(set(lines)), args.merges,
                                                                           args.min_count)
    tokenizer = ReferenceTokenizer(merges)
    tokens = TokenCache(tokenizer, args.context)
    longest = max(len(tokenizer.encode(c)) + 2 for c in set(lines))
    log(f"vocabulary: {len(merges)} merges, {len(tokenizer.vocab)} tokens; longest text {longest} tokens "
        f"(context {args.context}); {time.time() - started:.0f} s")
    if longest > args.context:
        log(f"warning: {sum(len(tokenizer.encode(c)) + 2 > args.context for c in set(lines))} texts are cut")

    dim = images.shape[1]
    textual = clip_towers.TextTower(len(tokenizer.vocab), args.context, args.text_width, args.text_heads,
                                    args.text_layers, dim)
    if init:
        if init["shape"] != [args.text_width, args.text_layers, args.text_heads, args.context]:
            raise SystemExit(f"--init {args.init} is a tower of {init['shape']} (width, layers, heads, context)")
        textual.load_state_dict(init["textual"])
        log(f"started from {args.init} (its vocabulary and weights, {init['epochs']} epochs)")
    log(f"text tower: width {args.text_width}, {args.text_layers} layers, {args.text_heads} heads, "
        f"{sum(p.numel() for p in textual.parameters()):,} parameters; logit scale {args.logit_scale} (fixed); "
        f"{args.label_captions:.0%} label captions, {args.dutch:.0%} Dutch")
    optimizer = torch.optim.AdamW(parameter_groups(textual, args.weight_decay), lr=args.lr, betas=(0.9, 0.98),
                                  eps=1e-6)
    steps_per_epoch = len(rows) // args.batch
    total_steps = int(args.epochs * steps_per_epoch)
    warmup_steps = max(1, int(args.warmup * steps_per_epoch))

    def lr_at(step):
        if step < warmup_steps:
            return args.lr * (step + 1) / warmup_steps
        return 0.5 * args.lr * (1 + math.cos(math.pi * (step - warmup_steps) / max(1, total_steps - warmup_steps)))

    def caption(row):
        dutch = rng.random() < args.dutch
        if rng.random() < args.label_captions:
            return rng.choice(label_captions(row, dutch))
        return rng.choice(row["captions_nl"] if dutch else row["captions"])

    step = 0
    train_started = time.time()
    for epoch in range(math.ceil(args.epochs)):
        order = list(range(len(rows)))
        rng.shuffle(order)
        epoch_loss = 0.0
        done = 0
        for b in range(steps_per_epoch):
            if step >= total_steps:
                break
            index = order[b * args.batch:(b + 1) * args.batch]
            texts = [caption(rows[i]) for i in index]
            for group in optimizer.param_groups:
                group["lr"] = lr_at(step)
            text = F.normalize(text_features(textual, tokens(texts)), dim=-1)
            logits = args.logit_scale * text @ images[index].t()
            labels = torch.arange(len(index))
            loss = (F.cross_entropy(logits, labels) + F.cross_entropy(logits.t(), labels)) / 2
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            step += 1
            done += 1
            epoch_loss += loss.item()
            if args.max_steps and step >= args.max_steps:
                log(f"stopped after {step} steps: {time.time() - train_started:.1f} s "
                    f"({step * args.batch / (time.time() - train_started):.0f} texts/s)")
                return
            if step % args.log_every == 0:
                elapsed = time.time() - train_started
                log(f"epoch {epoch + 1}/{args.epochs:g} step {step}/{total_steps} loss {loss.item():.4f} "
                    f"lr {lr_at(step - 1):.2e} elapsed {elapsed:.0f} s ({step * args.batch / elapsed:.0f} texts/s)")
        line = f"epoch {epoch + 1} mean loss {epoch_loss / max(1, done):.4f}, {time.time() - train_started:.0f} s"
        if evaluation:
            en = recall(textual, tokens, evaluation[0], evaluation[1], False)
            nl = recall(textual, tokens, evaluation[0], evaluation[1], True)
            line += f"; unseen world recall@1/@10 en {en[0]:.3f}/{en[1]:.3f}, nl {nl[0]:.3f}/{nl[1]:.3f}"
        log(line)
        torch.save({"merges": merges, "textual": textual.state_dict(), "epochs": epoch + 1,
                    "shape": [args.text_width, args.text_layers, args.text_heads, args.context]},
                   out / "text-checkpoint.pt")

    log(f"training: {total_steps} steps of {args.batch} texts ({args.epochs:g} epochs) in "
        f"{time.time() - train_started:.0f} s")
    export(textual.eval(), tokenizer, args, out)
    files = [p for p in out.iterdir() if p.is_file() and p.suffix != ".pt"]
    log(f"exported to {out}: {', '.join(sorted(p.name for p in files))}, "
        f"{sum(p.stat().st_size for p in files) / 1e6:.2f} MB; total {time.time() - started:.0f} s")
    log_file.close()


def export(textual, tokenizer, args, out):
    source = Path(args.image_model)
    with open(source / "model.json", encoding="utf-8") as f:
        manifest = json.load(f)
    if Path(source).resolve() != out.resolve():
        shutil.copyfile(source / manifest["image"]["onnx"], out / manifest["image"]["onnx"])
    write_vocabulary(tokenizer, out)
    example = torch.tensor([tokenizer.tokenize("een foto", args.context)] * 2, dtype=torch.int64)
    clip_towers.export(textual, example, out / "textual.onnx", "input_ids", "text_embeds")
    manifest["text"] = {
        "onnx": "textual.onnx", "input": "input_ids", "attention_mask": None, "output": "text_embeds",
        "input_type": "int64", "context_length": args.context,
        "tokenizer": {"type": "clip-bpe", "vocab": "vocab.json", "merges": "merges.txt",
                      "start_token": tokenizer.start_id, "end_token": tokenizer.end_id, "pad_token": 0},
    }
    manifest["logit_scale"] = args.logit_scale
    manifest["source"] = ("the project's own demo model: image tower trained from scratch by tools/train_demo_clip.py, "
                          "text tower for English and Dutch by tools/train_demo_text.py against it, on procedurally "
                          "generated demo-world pictures and their captions (see README.md)")
    with open(out / "model.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    train(parse_args())
