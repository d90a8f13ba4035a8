#!/usr/bin/python3
"""Makes tiny random-weight CLIP exports in the layouts real exporters write, and their PyTorch embeddings.

Writes, relative to the repository root, under core/src/test/resources/models/layouts/:

  openclip/      an OpenCLIP export: visual.onnx, textual.onnx, open_clip_config.json (model_cfg and
                 preprocess_cfg, as open_clip's hub files), vocab.json, merges.txt, tokenizer_config.json
  huggingface/   a Hugging Face Optimum / transformers.js export: onnx/vision_model.onnx,
                 onnx/text_model.onnx, config.json, preprocessor_config.json, vocab.json, merges.txt,
                 tokenizer_config.json, special_tokens_map.json
  immich/        an Immich export: visual/model.onnx, visual/preprocess_cfg.json, textual/model.onnx,
                 textual/vocab.json, merges.txt, tokenizer_config.json, special_tokens_map.json, config.json
  broken/        text_model_without_projection.onnx: the Hugging Face text tower exported without its
                 projection (last_hidden_state and a 16-wide pooler_output), which an install must refuse
  expected/      <layout>.tsv: the L2-normalised PyTorch embeddings of test images (each preprocessed as
                 that exporter defines it) and of texts (reference CLIP tokenizer ids, padded with 0 as
                 open_clip pads, or with tokenizer_config.json's pad_token <|endoftext|> as Hugging Face's
                 tokenizer and Immich's runtime pad)

Each layout has its own, non-default preprocessing, so that reading the wrong field fails a test:

  openclip     shortest side 80, centre crop 80, bicubic, ImageNet mean and std (torchvision's Resize,
               CenterCrop, ToTensor, Normalize: open_clip's image_transform for resize_mode 'shortest')
  huggingface  shortest_edge 72, then crop_size 64 with offsets floored, bilinear (resample 2), rescale
               1/255, mean and std of its own (transformers' CLIPImageProcessor: resize, center_crop, rescale,
               normalize)
  immich       squash to 96 x 96, bicubic, mean and std 0.5 (open_clip's resize_mode 'squash', the
               preprocess_cfg.json Immich's exporter writes from open_clip.get_model_preprocess_cfg)

Tensor names follow the exporters: OpenCLIP exports here take image / text and give image_features /
text_features (one output each); Optimum's CLIP towers take pixel_values / input_ids (dynamic batch and
sequence) and give image_embeds / text_embeds beside last_hidden_state; Immich's take image / text (int32)
with a batch of one and give an L2-normalised embedding. Deterministic (fixed seeds, one thread).
Run with Debian's interpreter from the repository root:  /usr/bin/python3 tools/make_layout_fixtures.py
"""

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import torch
import torchvision.transforms as T
from PIL import Image, ImageOps
from torchvision.transforms import InterpolationMode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clip_bpe import ReferenceTokenizer, learn_merges  # noqa: E402
import clip_towers  # noqa: E402
from make_tiny_clip import CORPUS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "core/src/test/resources"
LAYOUTS = RESOURCES / "models/layouts"
IMAGES_DIR = RESOURCES / "preprocess"
COMMAND = "/usr/bin/python3 tools/make_layout_fixtures.py"

SEED = 16
MAX_MERGES = 300
PATCH = 8
IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]
HF_MEAN = [0.42, 0.46, 0.39]
HF_STD = [0.21, 0.27, 0.24]

IMAGES = ["gradient_h.png", "checker_200x150.png", "shapes_301x499.png", "shapes_97x61.png",
          "scene_640x427.png", "exif6_90x120.jpg"]
TEXTS = [
    "a photo of a cat",
    "A Black-and-White PHOTOGRAPH of the old Harbour, 1923.",
    "fish &amp;amp; chips &lt;b&gt;at the &quot;seaside&quot;",
    "boats in the harbour at night",
    "the quick brown fox jumps over the lazy dog near the old windmill by the river at sunset; the quick brown "
    "fox jumps over the lazy dog again, and again, near the old windmill by the river, until the sun has set",
]


class DynamicText(torch.nn.Module):
    """A text tower over ids of any length up to its context (positions cut to the ids' length)."""

    def __init__(self, tower):
        super().__init__()
        self.tower = tower

    def forward(self, input_ids):
        t = input_ids.shape[1]
        x = self.tower.token_embedding(input_ids) + self.tower.positional_embedding[:t]
        for block in self.tower.blocks:
            x = block(x, self.tower.causal_mask[:t, :t])
        hidden = self.tower.ln_final(x)
        end = input_ids.to(torch.int32).argmax(dim=-1)
        return hidden[torch.arange(hidden.shape[0]), end] @ self.tower.text_projection, hidden


class TextWithoutProjection(DynamicText):
    """Optimum's export of a CLIPTextModel (no projection): last_hidden_state and the width-sized pooler_output."""

    def forward(self, input_ids):
        _, hidden = super().forward(input_ids)
        end = input_ids.to(torch.int32).argmax(dim=-1)
        return hidden, hidden[torch.arange(hidden.shape[0]), end]


class VisionWithHidden(torch.nn.Module):
    """The vision tower's projected embedding and, as Optimum exports beside it, its last hidden state."""

    def __init__(self, tower):
        super().__init__()
        self.tower = tower

    def forward(self, pixel_values):
        t = self.tower
        x = t.conv1(pixel_values).flatten(2).transpose(1, 2)
        x = t.ln_pre(torch.cat([t.class_embedding.expand(x.shape[0], 1, -1), x], dim=1) + t.positional_embedding)
        for block in t.blocks:
            x = block(x)
        return t.ln_post(x[:, 0, :]) @ t.proj, x


class Normalised(torch.nn.Module):
    """``encode_*(x, normalize=True)``, as Immich's exporter wraps open_clip's towers."""

    def __init__(self, tower, cast_long=False):
        super().__init__()
        self.tower = tower
        self.cast_long = cast_long

    def forward(self, x):
        return torch.nn.functional.normalize(self.tower(x.long() if self.cast_long else x), dim=-1)


def towers(size, context, vocab_size, embed_dim, seed):
    """Random towers, initialised as make_tiny_clip.make_model does so that inputs are told apart."""
    torch.manual_seed(seed)
    vision = clip_towers.VisionTower(size, PATCH, 32, 2, 2, embed_dim).eval()
    text = clip_towers.TextTower(vocab_size, context, 16, 2, 1, embed_dim).eval()
    with torch.no_grad():
        vision.class_embedding.normal_(0, 0.02)
        vision.positional_embedding.normal_(0, 0.02)
        for block in list(vision.blocks) + list(text.blocks):
            block.attn.qkv.weight.mul_(3)
    return vision, text


def export(model, example, path, inputs, outputs, dynamic):
    path.parent.mkdir(parents=True, exist_ok=True)
    model.eval()
    torch.onnx.export(model, (example,), str(path), input_names=inputs, output_names=outputs,
                      dynamic_axes=dynamic, opset_version=clip_towers.OPSET, do_constant_folding=True)


def write_json(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=2)
        f.write("\n")


def write_tokenizer(folder, tokenizer, context, hf_files):
    """vocab.json and merges.txt (Hugging Face's slow-tokenizer files) and the configs save_pretrained writes."""
    with open(folder / "vocab.json", "w", encoding="utf-8") as f:
        json.dump(tokenizer.encoder, f, ensure_ascii=False)
    with open(folder / "merges.txt", "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        f.writelines(f"{a} {b}\n" for a, b in tokenizer.merges)
    special = {"bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
               "unk_token": "<|endoftext|>"}
    write_json(folder / "tokenizer_config.json",
               dict(special, tokenizer_class="CLIPTokenizer", model_max_length=context, do_lower_case=True))
    if hf_files:
        write_json(folder / "special_tokens_map.json", special)


def oriented_rgb(file):
    with Image.open(IMAGES_DIR / file) as img:
        return ImageOps.exif_transpose(img).convert("RGB")


def torchvision_tensor(file, size, interpolation, resize_mode, mean, std):
    """open_clip's eval transform: Resize(size) + CenterCrop(size) ('shortest') or Resize((size, size))
    ('squash'), then ToTensor and Normalize."""
    mode = {"bicubic": InterpolationMode.BICUBIC, "bilinear": InterpolationMode.BILINEAR}[interpolation]
    geometry = ([T.Resize((size, size), interpolation=mode)] if resize_mode == "squash"
                else [T.Resize(size, interpolation=mode), T.CenterCrop(size)])
    return T.Compose(geometry + [T.ToTensor(), T.Normalize(mean, std)])(oriented_rgb(file))


def hugging_face_tensor(file, config):
    """transformers' CLIPImageProcessor: shortest edge resized (the longer side truncated), centre crop with
    offsets (resized - crop) // 2, rescale, normalize; PIL does the resize with the config's resample."""
    image = oriented_rgb(file)
    short = config["size"]["shortest_edge"]
    w, h = image.size
    new_w, new_h = (short, int(short * h / w)) if w <= h else (int(short * w / h), short)
    image = image.resize((new_w, new_h), resample=config["resample"])
    crop_h, crop_w = config["crop_size"]["height"], config["crop_size"]["width"]
    top, left = (new_h - crop_h) // 2, (new_w - crop_w) // 2
    pixels = np.asarray(image, dtype=np.float32)[top:top + crop_h, left:left + crop_w]
    pixels = pixels * np.float32(config["rescale_factor"])
    pixels = (pixels - np.array(config["image_mean"], np.float32)) / np.array(config["image_std"], np.float32)
    return torch.from_numpy(pixels.transpose(2, 0, 1).copy())


def normalised(batch):
    return torch.nn.functional.normalize(batch, dim=-1).numpy()


def write_expected(name, image_embeddings, tokenizer, context, text_embed, pad_id):
    ids = [tokenizer.tokenize(t, context, pad_id) for t in TEXTS]
    text_embeddings = normalised(torch.cat([text_embed(torch.tensor([row])) for row in ids]))
    floats = lambda values: " ".join(f"{v:.9g}" for v in values)  # noqa: E731
    with open(LAYOUTS / "expected" / f"{name}.tsv", "w", encoding="utf-8") as f:
        f.write(f"# L2-normalised PyTorch embeddings of the {name} fixture: test images of ../../../preprocess/\n"
                f"# preprocessed as the exporter defines it, and texts (reference CLIP tokenizer ids). {COMMAND}\n"
                "# columns: image\tfile\tembedding  |  text\ttext_json\tids\tembedding\n")
        for file, emb in zip(IMAGES, image_embeddings):
            f.write(f"image\t{file}\t{floats(emb)}\n")
        for text, row, emb in zip(TEXTS, ids, text_embeddings):
            f.write(f"text\t{json.dumps(text, ensure_ascii=False)}\t{' '.join(map(str, row))}\t{floats(emb)}\n")


def open_clip_model_cfg(embed_dim, size, context, vocab_size):
    return {"embed_dim": embed_dim,
            "vision_cfg": {"image_size": size, "layers": 2, "width": 32, "patch_size": PATCH},
            "text_cfg": {"context_length": context, "vocab_size": vocab_size, "width": 16, "heads": 2, "layers": 1}}


def make_openclip(tokenizer):
    size, context, dim = 80, 32, 32
    out = LAYOUTS / "openclip"
    vision, text = towers(size, context, len(tokenizer.encoder), dim, SEED)
    batch = {0: "batch"}
    export(vision, torch.zeros(2, 3, size, size), out / "visual.onnx", ["image"], ["image_features"],
           {"image": batch, "image_features": batch})
    export(text, torch.zeros(2, context, dtype=torch.int64), out / "textual.onnx", ["text"], ["text_features"],
           {"text": batch, "text_features": batch})
    write_json(out / "open_clip_config.json", {
        "model_cfg": open_clip_model_cfg(dim, size, context, len(tokenizer.encoder)),
        "preprocess_cfg": {"mean": IMAGENET_MEAN, "std": IMAGENET_STD, "interpolation": "bicubic",
                           "resize_mode": "shortest"}})
    write_tokenizer(out, tokenizer, context, hf_files=False)
    with torch.no_grad():
        images = normalised(vision(torch.stack([
            torchvision_tensor(f, size, "bicubic", "shortest", IMAGENET_MEAN, IMAGENET_STD) for f in IMAGES])))
        write_expected("openclip", images, tokenizer, context, text, 0)


def make_huggingface(tokenizer):
    crop, context, dim = 64, 40, 24
    out = LAYOUTS / "huggingface"
    vision, text = towers(crop, context, len(tokenizer.encoder), dim, SEED + 1)
    export(VisionWithHidden(vision), torch.zeros(2, 3, crop, crop), out / "onnx/vision_model.onnx",
           ["pixel_values"], ["image_embeds", "last_hidden_state"],
           {"pixel_values": {0: "batch_size"}, "image_embeds": {0: "batch_size"},
            "last_hidden_state": {0: "batch_size"}})
    export(DynamicText(text), torch.zeros(2, context, dtype=torch.int64), out / "onnx/text_model.onnx",
           ["input_ids"], ["text_embeds", "last_hidden_state"],
           {"input_ids": {0: "batch_size", 1: "sequence_length"}, "text_embeds": {0: "batch_size"},
            "last_hidden_state": {0: "batch_size", 1: "sequence_length"}})
    export(TextWithoutProjection(text), torch.zeros(2, context, dtype=torch.int64),
           LAYOUTS / "broken/text_model_without_projection.onnx", ["input_ids"], ["last_hidden_state", "pooler_output"],
           {"input_ids": {0: "batch_size", 1: "sequence_length"}, "pooler_output": {0: "batch_size"},
            "last_hidden_state": {0: "batch_size", 1: "sequence_length"}})
    preprocessor = {
        "crop_size": {"height": crop, "width": crop}, "do_center_crop": True, "do_convert_rgb": True,
        "do_normalize": True, "do_rescale": True, "do_resize": True, "image_mean": HF_MEAN,
        "image_processor_type": "CLIPImageProcessor", "image_std": HF_STD, "resample": 2,
        "rescale_factor": 1 / 255, "size": {"shortest_edge": 72}}
    write_json(out / "preprocessor_config.json", preprocessor)
    write_json(out / "config.json", {
        "architectures": ["CLIPModel"], "model_type": "clip", "projection_dim": dim,
        "logit_scale_init_value": 2.6592,
        "text_config": {"model_type": "clip_text_model", "max_position_embeddings": context,
                        "vocab_size": len(tokenizer.encoder), "hidden_size": 16,
                        "bos_token_id": tokenizer.start_id, "eos_token_id": tokenizer.end_id},
        "vision_config": {"model_type": "clip_vision_model", "image_size": crop, "patch_size": PATCH,
                          "hidden_size": 32}})
    write_tokenizer(out, tokenizer, context, hf_files=True)
    with torch.no_grad():
        images = normalised(vision(torch.stack([hugging_face_tensor(f, preprocessor) for f in IMAGES])))
        write_expected("huggingface", images, tokenizer, context, text, tokenizer.end_id)


def make_immich(tokenizer):
    size, context, dim = 96, 64, 16
    out = LAYOUTS / "immich"
    vision, text = towers(size, context, len(tokenizer.encoder), dim, SEED + 2)
    export(Normalised(vision), torch.zeros(1, 3, size, size), out / "visual/model.onnx", ["image"], ["embedding"],
           None)
    export(Normalised(text, cast_long=True), torch.ones(1, context, dtype=torch.int32), out / "textual/model.onnx",
           ["text"], ["embedding"], None)
    write_json(out / "visual/preprocess_cfg.json", {
        "size": [size, size], "mode": "RGB", "mean": [0.5, 0.5, 0.5], "std": [0.5, 0.5, 0.5],
        "interpolation": "bicubic", "resize_mode": "squash", "fill_color": 0})
    write_json(out / "config.json", open_clip_model_cfg(dim, size, context, len(tokenizer.encoder)))
    write_tokenizer(out / "textual", tokenizer, context, hf_files=True)
    with torch.no_grad():
        images = normalised(vision(torch.stack([
            torchvision_tensor(f, size, "bicubic", "squash", [0.5] * 3, [0.5] * 3) for f in IMAGES])))
        write_expected("immich", images, tokenizer, context, text, tokenizer.end_id)


def main():
    torch.set_num_threads(1)
    shutil.rmtree(LAYOUTS, ignore_errors=True)
    (LAYOUTS / "expected").mkdir(parents=True)
    tokenizer = ReferenceTokenizer(learn_merges(CORPUS, MAX_MERGES))
    make_openclip(tokenizer)
    make_huggingface(tokenizer)
    make_immich(tokenizer)
    for folder in sorted(LAYOUTS.iterdir()):
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        print(f"{folder.name}: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
