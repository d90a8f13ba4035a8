#!/usr/bin/python3
"""Trains the demo CLIP on generated demo-world pictures and exports it under the model contract.

Reads a demo-world folder (``OUT/ground-truth.jsonl`` and the pictures it names), learns a byte-level
BPE vocabulary from the captions, trains a small dual encoder (``clip_towers.ConvTower`` and
``clip_towers.TextTower``) with CLIP's symmetric contrastive loss and a learned temperature, and writes
``model.json``, ``visual.onnx``, ``textual.onnx``, ``vocab.json``, ``merges.txt`` and ``training.log``
into the model folder. The preprocessed crops of the whole training set are cached as uint8 numpy
files in the work folder, with the last checkpoint (``checkpoint.pt``, read by ``eval_demo_clip.py``).

Run with Debian's interpreter from the repository root, for example:

    /usr/bin/python3 tools/train_demo_clip.py --data /tmp/demo-train --work /tmp/demo-clip-work
"""

import argparse
import hashlib
import json
import math
import random
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
import torchvision.transforms as T
from PIL import Image, ImageOps
from torch import nn
from torchvision.transforms import InterpolationMode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clip_bpe import ReferenceTokenizer, learn_merges  # noqa: E402
import clip_towers  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# The motif head reads the unit-length image embedding times this factor, so that AdamW's steps of about the
# learning rate per weight reach confident logits within a few hundred steps rather than thousands.
MOTIF_INPUT_SCALE = 10.0
CHUNK = 5000

# Captions made from a picture's labels, mixed into training with --label-captions so that the text
# tower learns the bare scene and object names that zero-shot prompts and short queries use.
LABEL_TEMPLATES = [
    "a photo of a {scene}",
    "a picture of a {scene}",
    "a photograph of the {scene}",
    "{scene}",
    "a photo of a {scene} with {object}",
    "{object} in a {scene}",
]


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", required=True, help="demo-world output folder (ground-truth.jsonl, images/)")
    p.add_argument("--work", required=True, help="folder for the crop cache, the checkpoint and the log copy")
    p.add_argument("--out", default=str(ROOT / "models/demo-clip"), help="model folder to write")
    p.add_argument("--size", type=int, default=64, help="image size S of the model")
    p.add_argument("--resize", choices=("shortest-side", "squash"), default="shortest-side",
                   help="shortest side to S then centre crop (CLIP's), or the whole picture to S x S (no crop)")
    p.add_argument("--epochs", type=float, default=5, help="epochs; a fraction ends the last one early")
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--lr", type=float, default=2e-3, help="peak AdamW learning rate (warm-up, then cosine to 0)")
    p.add_argument("--warmup", type=float, default=0.3, help="warm-up length in epochs")
    p.add_argument("--weight-decay", type=float, default=0.05)
    p.add_argument("--merges", type=int, default=3000, help="most BPE merges to learn")
    p.add_argument("--context", type=int, default=77, help="text context length (CLIP's 77 fits the longest captions)")
    p.add_argument("--image-width", type=int, default=32, help="channels of the first conv stage")
    p.add_argument("--text-width", type=int, default=64)
    p.add_argument("--text-layers", type=int, default=2)
    p.add_argument("--text-heads", type=int, default=4)
    p.add_argument("--embed-dim", type=int, default=128)
    p.add_argument("--label-captions", type=float, default=0.1,
                   help="probability that an image's caption is made from its labels instead of a variant")
    p.add_argument("--scene-lead", type=float, default=0.0,
                   help="share of the label captions that are a caption variant led by the scene name "
                        "(\"a {scene}: {variant}\") instead of a label template")
    p.add_argument("--supcon", type=float, default=0.0,
                   help="weight of an auxiliary supervised-contrastive term that pulls the image embeddings "
                        "of pictures of the same scene (ground-truth scene labels) together within a batch")
    p.add_argument("--supcon-temperature", type=float, default=0.1)
    p.add_argument("--motif", type=float, default=0.0,
                   help="weight of an auxiliary multi-label motif term: a linear sigmoid head on the normalised "
                        "image embedding (training only, not exported) with binary cross-entropy against the "
                        "ground-truth motifs, summed over the motif labels and averaged over the batch")
    p.add_argument("--motif-secondary", type=float, default=0.5,
                   help="target of a secondary motif in the motif term (a primary motif has 1)")
    p.add_argument("--init", default=None,
                   help="checkpoint.pt to start from (fine-tuning); needs --vocab, the model folder it was exported to")
    p.add_argument("--vocab", default=None,
                   help="model folder whose merges.txt is reused instead of learning a vocabulary (with --init)")
    p.add_argument("--shift", type=int, default=0,
                   help="random translation of up to this many pixels (reflect padding, random crop back to S)")
    p.add_argument("--max-logit-scale", type=float, default=100.0,
                   help="cap of the learned temperature exp(s) (CLIP's 100); a lower cap keeps text-image cosines "
                        "high, which weighs a text against an image in a mixed query")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--threads", type=int, default=1,
                   help="torch threads; 1 is measured 3x faster than 2 while other work shares the 2 cores")
    p.add_argument("--log-every", type=int, default=20, help="steps between progress lines")
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (timing trials; no export)")
    return p.parse_args(argv)


# ---------------------------------------------------------------- data


def read_rows(data):
    with open(Path(data) / "ground-truth.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def preprocess(path, size, resize="shortest-side"):
    """The contract's preprocessing up to the uint8 crop: EXIF orientation, RGB (alpha on white), then
    shortest side to ``size`` (PIL bicubic, as torchvision's ``Resize``) and centre crop, or with
    ``resize="squash"`` the whole picture to ``size x size`` (``Resize((size, size))``, no crop)."""
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
            rgba = im.convert("RGBA")
            im = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            im.alpha_composite(rgba)
        im = im.convert("RGB")
        if resize == "squash":
            im = T.Resize((size, size), interpolation=InterpolationMode.BICUBIC)(im)
        else:
            im = T.CenterCrop(size)(T.Resize(size, interpolation=InterpolationMode.BICUBIC)(im))
        return np.asarray(im, dtype=np.uint8)


def _preprocess_job(job):
    return preprocess(*job)


def crops(data, rows, size, work, resize="shortest-side"):
    """The uint8 crops ``[N, S, S, 3]`` of ``rows``, cached in ``work`` in chunks of ``CHUNK`` pictures.

    Each chunk is decoded once (2 processes) into its own numpy file named by a digest of the folder,
    the size and the chunk's paths, so an interrupted run resumes, and the first chunks of a folder can
    be cached while the generator is still writing the rest.
    """
    parts = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        named = [str(Path(data).resolve()), size, [r["path"] for r in chunk]] + ([resize] if resize != "shortest-side" else [])
        key = hashlib.sha256(json.dumps(named).encode())
        kind = "crops" if resize == "shortest-side" else resize
        cache = Path(work) / f"{kind}-{size}-{start}-{len(chunk)}-{key.hexdigest()[:16]}.npy"
        if not cache.exists():
            started = time.time()
            out = np.empty((len(chunk), size, size, 3), dtype=np.uint8)
            jobs = [(str(Path(data) / r["path"]), size, resize) for r in chunk]
            with Pool(2) as pool:
                for i, crop in enumerate(pool.imap(_preprocess_job, jobs, chunksize=32)):
                    out[i] = crop
            partial = cache.with_name(cache.stem + ".partial.npy")
            np.save(partial, out)
            partial.rename(cache)
            print(f"cached crops {start}-{start + len(chunk)} of {len(rows)} ({size} px) in {time.time() - started:.0f} s",
                  flush=True)
        parts.append(np.load(cache))
    return np.concatenate(parts)


def to_pixels(batch_uint8, mean, std):
    """uint8 ``[N, S, S, 3]`` to the model's normalised float ``[N, 3, S, S]`` (ToTensor, then Normalize)."""
    x = torch.from_numpy(np.ascontiguousarray(batch_uint8)).permute(0, 3, 1, 2).float().div_(255)
    return (x - torch.tensor(mean).view(1, 3, 1, 1)) / torch.tensor(std).view(1, 3, 1, 1)


def label_captions(row):
    scene, obj = row["scene_en"], row["main_object"].replace("_", " ")
    return [t.format(scene=scene, object=obj) for t in LABEL_TEMPLATES]


def scene_lead_captions(row):
    """The picture's caption variants led by its scene name: "a {scene}: {variant}"."""
    return [f"a {row['scene_en']}: {c[0].lower()}{c[1:]}" for c in row["captions"]]


def motif_targets(rows, secondary):
    """The motif labels (sorted) and the targets ``[N, labels]``: 1 for a primary motif, ``secondary``
    for a secondary one (if a label is both, the primary wins), 0 otherwise."""
    labels = sorted({m for r in rows for m in r["motifs"] + r["secondary_motifs"]})
    column = {m: i for i, m in enumerate(labels)}
    targets = torch.zeros(len(rows), len(labels))
    for i, r in enumerate(rows):
        for m in r["secondary_motifs"]:
            targets[i, column[m]] = secondary
        for m in r["motifs"]:
            targets[i, column[m]] = 1.0
    return labels, targets


def supcon_loss(features, labels, temperature):
    """Supervised-contrastive loss (Khosla et al. 2020) of normalised ``features`` over in-batch ``labels``:
    for each anchor, the mean log-probability of its same-label pictures among all the others."""
    logits = features @ features.t() / temperature
    self_mask = torch.eye(len(labels), dtype=torch.bool)
    logits = logits.masked_fill(self_mask, float("-inf"))
    log_prob = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    positives = (labels.unsqueeze(0) == labels.unsqueeze(1)) & ~self_mask
    count = positives.sum(dim=1)
    keep = count > 0
    per_anchor = -(log_prob.masked_fill(~positives, 0).sum(dim=1)[keep] / count[keep])
    return per_anchor.mean()


def shift(pixels, most, generator):
    """Each picture translated by up to ``most`` pixels in x and y (reflect padding, crop back)."""
    if most <= 0:
        return pixels
    n, _, h, w = pixels.shape
    padded = F.pad(pixels, (most, most, most, most), mode="reflect")
    dx = torch.randint(0, 2 * most + 1, (n,), generator=generator)
    dy = torch.randint(0, 2 * most + 1, (n,), generator=generator)
    return torch.stack([padded[i, :, dy[i]:dy[i] + h, dx[i]:dx[i] + w] for i in range(n)])


# ---------------------------------------------------------------- vocabulary


def write_vocabulary(tokenizer, folder):
    """``vocab.json`` and ``merges.txt`` in the Hugging Face layout and CLIP's order (specials last)."""
    with open(Path(folder) / "vocab.json", "w", encoding="utf-8") as f:
        json.dump(tokenizer.encoder, f, ensure_ascii=False)
    with open(Path(folder) / "merges.txt", "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        f.writelines(f"{a} {b}\n" for a, b in tokenizer.merges)


def read_tokenizer(folder):
    with open(Path(folder) / "merges.txt", encoding="utf-8") as f:
        merges = [tuple(line.rstrip("\n").split(" ")) for line in f if not line.startswith("#version")]
    return ReferenceTokenizer(merges)


class TokenCache:
    """Ids of texts, each tokenised once."""

    def __init__(self, tokenizer, context_length):
        self.tokenizer = tokenizer
        self.context_length = context_length
        self.ids = {}

    def __call__(self, texts):
        """The ids ``[N, context]`` of ``texts``."""
        rows = []
        for text in texts:
            if text not in self.ids:
                self.ids[text] = self.tokenizer.tokenize(text, self.context_length)
            rows.append(self.ids[text])
        return torch.tensor(rows, dtype=torch.int64)


def text_features(textual, ids, buckets=4):
    """``textual(ids)`` computed in length buckets, each cut after its longest sequence.

    Positions after a sequence's end token change nothing at its end token (the mask is causal), so
    sorting by length and cutting each quarter of the batch at its own longest sequence gives the
    same features as the padded ids for about the cost of the mean length instead of the context.
    """
    lengths = ids.argmax(dim=1) + 1
    order = lengths.argsort()
    parts = [textual.forward_trimmed(ids[part, :int(lengths[part].max())]) for part in order.tensor_split(buckets)]
    return torch.cat(parts)[order.argsort()]


# ---------------------------------------------------------------- model


class DemoClip(nn.Module):
    def __init__(self, config, vocab_size, motif_labels=0):
        super().__init__()
        self.visual = clip_towers.ConvTower(config["image_width"], config["embed_dim"])
        self.textual = clip_towers.TextTower(vocab_size, config["context"], config["text_width"],
                                             config["text_heads"], config["text_layers"], config["embed_dim"])
        self.logit_scale = nn.Parameter(torch.tensor(math.log(1 / 0.07)))
        self.motif_head = nn.Linear(config["embed_dim"], motif_labels) if motif_labels else None

    def loss(self, pixels, ids, scenes=None, supcon=0.0, supcon_temperature=0.1, motifs=None, motif=0.0):
        """The symmetric contrastive loss, plus ``supcon`` times the scene supervised-contrastive term
        on the image embeddings when ``scenes`` (in-batch scene ids) are given, plus ``motif`` times the
        motif binary cross-entropy of the motif head when ``motifs`` (in-batch targets) are given;
        also returns the three parts."""
        image = F.normalize(self.visual(pixels), dim=-1)
        text = F.normalize(text_features(self.textual, ids), dim=-1)
        logits = self.logit_scale.exp() * image @ text.t()
        labels = torch.arange(len(logits))
        clip = (F.cross_entropy(logits, labels) + F.cross_entropy(logits.t(), labels)) / 2
        total = clip
        scene_part = motif_part = torch.zeros(())
        if scenes is not None and supcon > 0:
            scene_part = supcon_loss(image, scenes, supcon_temperature)
            total = total + supcon * scene_part
        if motifs is not None and motif > 0:
            motif_part = F.binary_cross_entropy_with_logits(self.motif_head(MOTIF_INPUT_SCALE * image), motifs,
                                                            reduction="sum") / len(image)
            total = total + motif * motif_part
        return total, clip, scene_part, motif_part


def model_config(args):
    return {k: getattr(args, k) for k in
            ("size", "resize", "image_width", "text_width", "text_layers", "text_heads", "embed_dim", "context")}


def load_model(checkpoint):
    """The model and its config from a checkpoint written by ``train``, in eval mode."""
    state = torch.load(checkpoint)
    model = DemoClip(state["config"], state["vocab_size"])
    model.load_state_dict({k: v for k, v in state["model"].items() if not k.startswith("motif_head.")})
    return model.eval(), state["config"]


def parameter_groups(model, weight_decay):
    """Weight decay on matrices and kernels only, not on norms, biases, embeddings' scale or the temperature."""
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (decay if p.ndim >= 2 and "embedding" not in name else no_decay).append(p)
    return [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}]


# ---------------------------------------------------------------- training


def train(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    out = Path(args.out)
    work = Path(args.work)
    out.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    log_file = open(out / "training.log", "w", encoding="utf-8")

    def log(line):
        print(line, flush=True)
        log_file.write(line + "\n")
        log_file.flush()

    started = time.time()
    log("command: /usr/bin/python3 tools/train_demo_clip.py " + " ".join(sys.argv[1:]))
    log(f"torch {torch.__version__}, {args.threads} threads")
    rows = read_rows(args.data)
    images = crops(args.data, rows, args.size, work, args.resize)
    log(f"{len(rows)} training images from {args.data}, crops ready after {time.time() - started:.0f} s")

    corpus = [c for r in rows for c in r["captions"]] + [c for r in rows for c in label_captions(r)]
    if args.scene_lead > 0:
        corpus += [c for r in rows for c in scene_lead_captions(r)]
    if args.vocab:
        tokenizer = read_tokenizer(args.vocab)
        merges = tokenizer.merges
        log(f"vocabulary reused from {args.vocab}")
    else:
        merges = learn_merges(corpus, args.merges)
        tokenizer = ReferenceTokenizer(merges)
    write_vocabulary(tokenizer, out)
    tokens = TokenCache(tokenizer, args.context)
    longest = max(len(tokenizer.encode(c)) + 2 for c in set(corpus))
    log(f"vocabulary: {len(merges)} merges, {len(tokenizer.vocab)} tokens; longest caption {longest} tokens "
        f"(context {args.context}); {time.time() - started:.0f} s")

    config = model_config(args)
    motif_labels, motif_of = motif_targets(rows, args.motif_secondary)
    model = DemoClip(config, len(tokenizer.vocab), len(motif_labels) if args.motif > 0 else 0)
    if args.init:
        state = torch.load(args.init)
        if state["vocab_size"] != len(tokenizer.vocab) or any(
                state["config"][k] != config[k] for k in config if k not in ("size", "resize")):
            raise SystemExit(f"--init {args.init} ({state['config']}, vocabulary {state['vocab_size']}) does not "
                             f"match this model ({config}, vocabulary {len(tokenizer.vocab)})")
        model.load_state_dict({k: v for k, v in state["model"].items() if not k.startswith("motif_head.")},
                              strict=False)
        log(f"started from {args.init} (trained at {state['config']['size']} px, "
            f"{state['config'].get('resize', 'shortest-side')}, epoch {state['epoch']})")
    with torch.no_grad():
        model.logit_scale.clamp_(0, math.log(args.max_logit_scale))
    if model.motif_head is not None:
        with torch.no_grad():
            prior = motif_of.mean(dim=0).clamp(1e-4, 1 - 1e-4)
            model.motif_head.bias.copy_(torch.log(prior / (1 - prior)))
            model.motif_head.weight.mul_(0.1)
    log(f"parameters: image {sum(p.numel() for p in model.visual.parameters()):,}, "
        f"text {sum(p.numel() for p in model.textual.parameters()):,}")
    optimizer = torch.optim.AdamW(parameter_groups(model, args.weight_decay), lr=args.lr, betas=(0.9, 0.98), eps=1e-6)
    steps_per_epoch = len(rows) // args.batch
    total_steps = int(args.epochs * steps_per_epoch)
    warmup_steps = max(1, int(args.warmup * steps_per_epoch))

    def lr_at(step):
        if step < warmup_steps:
            return args.lr * (step + 1) / warmup_steps
        return 0.5 * args.lr * (1 + math.cos(math.pi * (step - warmup_steps) / max(1, total_steps - warmup_steps)))

    scene_ids = {s: i for i, s in enumerate(sorted({r["scene_en"] for r in rows}))}
    scene_of = torch.tensor([scene_ids[r["scene_en"]] for r in rows])
    generator = torch.Generator().manual_seed(args.seed)
    log(f"label captions {args.label_captions:.0%} (of which {args.scene_lead:.0%} scene-led variants), "
        f"scene supervised-contrastive weight {args.supcon} (temperature {args.supcon_temperature}, "
        f"{len(scene_ids)} scenes), motif term weight {args.motif} ({len(motif_labels)} motifs, "
        f"secondary target {args.motif_secondary}), random shift {args.shift} px, random left-right flips")

    def caption(row):
        if rng.random() < args.label_captions:
            if rng.random() < args.scene_lead:
                return rng.choice(scene_lead_captions(row))
            return rng.choice(label_captions(row))
        return rng.choice(row["captions"])

    step = 0
    train_started = time.time()
    for epoch in range(math.ceil(args.epochs)):
        model.train()
        order = list(range(len(rows)))
        rng.shuffle(order)
        epoch_loss = epoch_aux = epoch_motif = 0.0
        for b in range(steps_per_epoch):
            if step >= total_steps:
                break
            index = sorted(order[b * args.batch:(b + 1) * args.batch])
            pixels = to_pixels(images[index], clip_towers.CLIP_MEAN, clip_towers.CLIP_STD)
            flip = torch.rand(len(index)) < 0.5
            pixels[flip] = pixels[flip].flip(3)
            pixels = shift(pixels, args.shift, generator)
            texts = [caption(rows[i]) for i in index]
            for group in optimizer.param_groups:
                group["lr"] = lr_at(step)
            loss, clip_part, aux_part, motif_part = model.loss(pixels, tokens(texts), scene_of[index], args.supcon,
                                                               args.supcon_temperature, motif_of[index], args.motif)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            with torch.no_grad():
                model.logit_scale.clamp_(0, math.log(args.max_logit_scale))
            step += 1
            epoch_loss += clip_part.item()
            epoch_aux += aux_part.item()
            epoch_motif += motif_part.item()
            if args.max_steps and step >= args.max_steps:
                log(f"stopped after {step} steps: {time.time() - train_started:.1f} s "
                    f"({step * args.batch / (time.time() - train_started):.0f} pairs/s)")
                return
            if step % args.log_every == 0 or b == steps_per_epoch - 1 or step == total_steps:
                elapsed = time.time() - train_started
                log(f"epoch {epoch + 1}/{args.epochs:g} step {step}/{total_steps} loss {loss.item():.4f} "
                    f"(clip {clip_part.item():.4f}, scene {aux_part.item():.4f}, motif {motif_part.item():.4f}) "
                    f"temperature {model.logit_scale.exp().item():.1f} lr {lr_at(step - 1):.2e} "
                    f"elapsed {elapsed:.0f} s ({step * args.batch / elapsed:.0f} pairs/s)")
        done = step - epoch * steps_per_epoch
        log(f"epoch {epoch + 1} mean loss {epoch_loss / done:.4f} (contrastive), "
            f"scene term {epoch_aux / done:.4f}, motif term {epoch_motif / done:.4f}, "
            f"{time.time() - train_started:.0f} s")
        torch.save({"config": config, "vocab_size": len(tokenizer.vocab), "model": model.state_dict(),
                    "epoch": epoch + 1}, work / "checkpoint.pt")

    training_seconds = time.time() - train_started
    log(f"training: {total_steps} steps of {args.batch} pairs ({args.epochs:g} epochs) in {training_seconds:.0f} s; "
        f"last epoch mean contrastive loss {epoch_loss / done:.4f}; logit scale {model.logit_scale.exp().item():.2f}")
    export(model.eval(), tokenizer, args, out)
    files = [p for p in out.iterdir() if p.is_file()]
    log(f"exported to {out}: {', '.join(sorted(p.name for p in files))}, "
        f"{sum(p.stat().st_size for p in files) / 1e6:.2f} MB; total {time.time() - started:.0f} s")
    log_file.close()


def export(model, tokenizer, args, out):
    size = args.size
    clip_towers.export(model.visual, torch.zeros(2, 3, size, size), out / "visual.onnx", "pixel_values", "image_embeds")
    example = torch.tensor([tokenizer.tokenize("a photo", args.context)] * 2, dtype=torch.int64)
    clip_towers.export(model.textual, example, out / "textual.onnx", "input_ids", "text_embeds")
    manifest = clip_towers.manifest(
        "demo-clip", args.embed_dim, size,
        {"vocab": "vocab.json", "merges": "merges.txt",
         "start_token": tokenizer.start_id, "end_token": tokenizer.end_id, "pad_token": 0},
        "the project's own demo model: trained from scratch by tools/train_demo_clip.py on procedurally "
        "generated demo-world pictures and their captions (see README.md)",
        "CC0-1.0: the project's own weights, trained only on generated images",
        context_length=args.context, logit_scale=round(model.logit_scale.exp().item(), 4), resize=args.resize)
    with open(out / "model.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    train(parse_args())
