#!/usr/bin/python3
"""Makes the tiny random-weight CLIP test model and the expectations the Java tests check against.

Writes, relative to the repository root:

  core/src/test/resources/models/tiny-clip/           model.json, visual.onnx, textual.onnx,
                                                      vocab.json, merges.txt, README.md
  core/src/test/resources/models/tiny-clip-expected/  text.tsv (ids and embeddings of fixed texts),
                                                      images.tsv (embeddings of the preprocessed test images)
  core/src/test/resources/preprocess/                 test images, cases.tsv, and each case's
                                                      torchvision CLIP tensor as raw little-endian float32

The model has the real contract (tensor names, shapes, dynamic batch, a 49,408-token embedding,
context 77, end-token pooling) at a tiny size; its vocabulary is learned from the captions below.
Everything is deterministic: fixed seeds, one thread. Run with Debian's interpreter from the
repository root:  /usr/bin/python3 tools/make_tiny_clip.py
"""

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import torch
import torchvision.transforms as T
from PIL import Image, ImageDraw, ImageFont, ImageOps
from torchvision.transforms import InterpolationMode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clip_bpe import ReferenceTokenizer, learn_merges  # noqa: E402
import clip_towers  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "core/src/test/resources"
MODEL_DIR = RESOURCES / "models/tiny-clip"
EXPECTED_DIR = RESOURCES / "models/tiny-clip-expected"
PREPROCESS_DIR = RESOURCES / "preprocess"
COMMAND = "/usr/bin/python3 tools/make_tiny_clip.py"

SEED = 0
IMAGE_SIZE = 64
PATCH = 8
VISION_WIDTH = 32
VISION_LAYERS = 2
TEXT_WIDTH = 16
TEXT_LAYERS = 1
HEADS = 2
EMBED_DIM = 32
VOCAB_SIZE = 49408
CONTEXT_LENGTH = 77
MAX_MERGES = 400

CORPUS = [
    "a black and white photograph of a windmill at sunset",
    "three boats in a harbour at low tide",
    "people skating on a frozen canal in winter",
    "a football match in a stadium, 1955",
    "a portrait of a woman in a dark dress",
    "a portrait of a man with a hat and a beard",
    "children playing in the street in front of their houses",
    "a horse pulling a cart full of hay",
    "a map of the city with its canals and bridges",
    "the old town hall on the market square",
    "a church tower seen from the river",
    "fishermen mending their nets on the beach",
    "a crowd watching a parade in the main street",
    "the queen visiting a factory",
    "workers building a new bridge over the river",
    "a steam train arriving at the station",
    "cyclists riding along a dyke in the wind",
    "a farmhouse with a thatched roof",
    "cows grazing in a meadow near a windmill",
    "a painting of flowers in a vase",
    "a painting of a ship in a storm",
    "a drawing of a castle on a hill",
    "an aerial photograph of the dunes and the sea",
    "a woman reading a book by the window",
    "a family photo on the stairs of their house",
    "soldiers marching through the town square",
    "a market with stalls selling fish and cheese",
    "a ship being launched at the shipyard",
    "students in a classroom with a blackboard",
    "a library with tall shelves full of books",
    "a dog sleeping in front of the fireplace",
    "a cat sitting on a windowsill",
    "the harbour at night with lights on the water",
    "a snowy landscape with trees and a frozen pond",
    "a street with shops and trams in the rain",
    "the interior of a church with stained glass windows",
    "a group portrait of a football team",
    "a wedding photo of a bride and groom",
    "men playing cards in a cafe",
    "a baker in front of his shop with bread",
    "a bicycle leaning against a brick wall",
    "a flooded street after the storm",
    "the royal palace seen from the park",
    "a lighthouse on the rocks by the sea",
    "an old woman knitting by the fire",
    "a photograph of a bridge over a canal",
    "a photograph of the market square in summer",
    "a photograph of a sailing ship in the harbour",
    "a black and white photo of people on the beach",
    "a colour photo of tulip fields in spring",
    "a poster for an exhibition of modern art",
    "a postcard of the seaside with hotels",
    "a view of the city from the church tower",
    "two men shaking hands at a ceremony",
    "a choir singing in the concert hall",
    "an orchestra playing in the park",
    "the opening of the new museum",
    "a tram crossing the bridge in the city centre",
    "horses and carriages on the street",
    "a windmill by the river in the evening",
    "a photo of a cat and a dog",
    "a photo of the sea and the sky",
    "a map of the province with roads and rivers",
    "a portrait photograph of a young girl",
    "a photograph of a factory with tall chimneys",
    "a harbour with cranes and cargo ships",
    "the station hall with travellers and luggage",
    "people skating on the ice at the festival",
    "a photo of the flower market in the morning",
    "a painting of a landscape with cows and a windmill",
    "a photograph of the canal houses along the water",
    "a portrait of a painter in his studio",
    "a drawing of a windmill and a farm by the river",
    "a black and white photo of a street with children",
    "a boat sailing on the lake in summer",
    "a photograph of a statue in the park",
    "a photograph of a bridge in the snow",
    "the harbour with fishing boats in the morning",
    "a street market in the old town",
    "a woman with a bicycle in front of a shop",
    "a man reading a newspaper on a bench",
    "a photograph of the city hall in the winter",
    "a portrait of three sisters in white dresses",
    "a view of the river with ships and a bridge",
    "a map of the coast with the harbour and the dunes",
    "people walking along the beach in the evening",
    "a football team with their trainer on the field",
    "a painting of a woman reading a letter",
    "a photograph of a church with a tall tower",
    "a horse and a farmer working in the field",
    "a crowd in front of the station waiting for the train",
    "a street with trees and old houses in the autumn",
    "children skating on the frozen canal",
    "a photograph of the windmills along the river",
    "the market square with the town hall and the church",
    "a photograph of workers in the harbour",
    "a painting of a still life with fruit and flowers",
    "a drawing of a city with towers and walls",
    "a photograph of the parade with music and flags",
    "boats and ships in the harbour in the evening light",
]

TEXTS = [
    "a photo of a cat",
    "A Black-and-White PHOTOGRAPH of the old Harbour, 1923.",
    "fish &amp;amp; chips &lt;b&gt;at the &quot;seaside&quot;",
    "  tabs\tand\nnewlines   and   spaces  ",
    "cafe\u0301 in Montre\u0301al",
    "it's the map's legend, isn't it? they're sure we've seen it",
    "église 東京 😀",
    "",
    "the quick brown fox jumps over the lazy dog near the old windmill by the river at sunset; "
    "the quick brown fox jumps over the lazy dog again, and again, and again, near the old windmill "
    "by the river, until the sun has set over the frozen canal and the lazy dog is asleep",
]


def make_vocabulary():
    merges = learn_merges(CORPUS, MAX_MERGES)
    return ReferenceTokenizer(merges)


def write_vocabulary(tokenizer):
    with open(MODEL_DIR / "vocab.json", "w", encoding="utf-8") as f:
        json.dump(tokenizer.encoder, f, ensure_ascii=False)
    with open(MODEL_DIR / "merges.txt", "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        f.writelines(f"{a} {b}\n" for a, b in tokenizer.merges)


def make_model():
    """Random towers, initialised so that different inputs get clearly different embeddings.

    At CLIP's initialisation a tiny random model maps most inputs to almost the same direction
    (cosine above 0.999), too close for tests to tell a wrong input from a right one. Small class
    and position embeddings and sharper attention (query/key/value weights x3) let the content
    dominate: no two of the fixed test texts or images reach cosine 0.98.
    """
    torch.manual_seed(SEED)
    vision = clip_towers.VisionTower(IMAGE_SIZE, PATCH, VISION_WIDTH, HEADS, VISION_LAYERS, EMBED_DIM).eval()
    text = clip_towers.TextTower(VOCAB_SIZE, CONTEXT_LENGTH, TEXT_WIDTH, HEADS, TEXT_LAYERS, EMBED_DIM).eval()
    with torch.no_grad():
        vision.class_embedding.normal_(0, 0.02)
        vision.positional_embedding.normal_(0, 0.02)
        for block in list(vision.blocks) + list(text.blocks):
            block.attn.qkv.weight.mul_(3)
    return vision, text


def write_model(vision, text, tokenizer):
    clip_towers.export(vision, torch.zeros(2, 3, IMAGE_SIZE, IMAGE_SIZE), MODEL_DIR / "visual.onnx",
                       "pixel_values", "image_embeds")
    clip_towers.export(text, torch.zeros(2, CONTEXT_LENGTH, dtype=torch.int64), MODEL_DIR / "textual.onnx",
                       "input_ids", "text_embeds")
    tokenizer_spec = {"vocab": "vocab.json", "merges": "merges.txt", "start_token": tokenizer.start_id,
                      "end_token": tokenizer.end_id, "pad_token": 0}
    manifest = clip_towers.manifest(
        "tiny-clip", EMBED_DIM, IMAGE_SIZE, tokenizer_spec,
        source=f"random weights (seed {SEED}) made by tools/make_tiny_clip.py; not trained, for tests only",
        license="project-made test data, under the clipsearch project's licence")
    with open(MODEL_DIR / "model.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    (MODEL_DIR / "README.md").write_text(f"""# tiny-clip

A tiny CLIP with random weights, for tests. It has the real model contract (see
`model-contract.md`): tensor names, float32 `[N,3,{IMAGE_SIZE},{IMAGE_SIZE}]` image input, int64 `[N,77]`
text input, dynamic batch, unnormalised `[N,{EMBED_DIM}]` outputs, a token embedding over CLIP's
49,408 ids and end-token pooling. Its embeddings mean nothing.

Made by `{COMMAND}` (run from the repository root with Debian's
Python, torch 1.13, torchvision 0.14, onnx 1.12; seed {SEED}, deterministic). That command also writes
the expected ids and embeddings in `../tiny-clip-expected/` and the preprocessing cases in
`../../preprocess/`.

- Image tower: {PATCH}x{PATCH} patch convolution, class token, {VISION_LAYERS} transformer layers of width
  {VISION_WIDTH} ({HEADS} heads), LayerNorm, projection to {EMBED_DIM}.
- Text tower: token embedding {VOCAB_SIZE} x {TEXT_WIDTH}, positional embedding for {CONTEXT_LENGTH},
  {TEXT_LAYERS} causal transformer layer ({HEADS} heads), LayerNorm, features at the argmax of the ids
  (the end token has the highest id), projection to {EMBED_DIM}.
- Vocabulary: Hugging Face layout (`vocab.json`, `merges.txt`) in CLIP's order: 256 byte
  symbols, the same with `</w>`, {len(tokenizer.merges)} merges learned from the captions in the
  script, then `<|startoftext|>` ({tokenizer.start_id}) and `<|endoftext|>` ({tokenizer.end_id}).
- Exported with `torch.onnx.export`, opset {clip_towers.OPSET}.
""", encoding="utf-8")


def embed(tower, batch):
    with torch.no_grad():
        out = tower(batch)
    return torch.nn.functional.normalize(out, dim=-1).numpy()


def floats(values):
    return " ".join(f"{v:.9g}" for v in values)


def write_text_expectations(text_tower, tokenizer):
    ids = [tokenizer.tokenize(t, CONTEXT_LENGTH) for t in TEXTS]
    embeddings = embed(text_tower, torch.tensor(ids, dtype=torch.int64))
    with open(EXPECTED_DIR / "text.tsv", "w", encoding="utf-8") as f:
        f.write(f"# Reference CLIP tokenizer ids (start, BPE ids, end, padded with 0 to {CONTEXT_LENGTH}) with the\n"
                f"# tiny-clip vocabulary, and the L2-normalised text_embeds of tiny-clip for them. {COMMAND}\n"
                "# columns: case\ttext_json\tids\tembedding\n")
        for i, (text, row, emb) in enumerate(zip(TEXTS, ids, embeddings)):
            f.write(f"{i}\t{json.dumps(text, ensure_ascii=False)}\t{' '.join(map(str, row))}\t{floats(emb)}\n")


# Test images, drawn deterministically. Sizes are (width, height) as displayed.

def gradient_horizontal(w, h):
    x = np.linspace(0, 255, w)[None, :].repeat(h, 0)
    return Image.fromarray(np.stack([x, 255 - x, np.full_like(x, 96)], -1).round().astype(np.uint8))


def gradient_vertical(w, h):
    y = np.linspace(0, 255, h)[:, None].repeat(w, 1)
    return Image.fromarray(np.stack([np.full_like(y, 200), y, 255 - y], -1).round().astype(np.uint8))


def checkerboard(w, h):
    yy, xx = np.mgrid[0:h, 0:w]
    fine = ((xx + yy) % 2) * 255
    coarse = ((xx // 3 + yy // 3) % 2) * 255
    rings = (np.sin(np.hypot(xx - w * 0.75, yy - h * 0.7) * 0.9) > 0) * 255
    grey = np.where(xx < w // 2, fine, np.where(yy < h // 2, coarse, rings))
    rgb = np.stack([grey, np.where(xx % 4 < 2, grey, 255 - grey), (xx * 255 // w)], -1)
    return Image.fromarray(rgb.astype(np.uint8))


def shapes(w, h):
    img = Image.new("RGB", (w, h), (235, 225, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([w * 0.1, h * 0.1, w * 0.45, h * 0.5], fill=(180, 40, 30))
    d.ellipse([w * 0.5, h * 0.2, w * 0.9, h * 0.8], fill=(30, 90, 170), outline=(0, 0, 0), width=2)
    d.polygon([(w * 0.15, h * 0.95), (w * 0.4, h * 0.55), (w * 0.65, h * 0.95)], fill=(40, 150, 60))
    for i in range(0, w, 6):
        d.line([(i, 0), (i + h // 3, h)], fill=(90, 80, 60), width=1)
    d.text((3, 3), "clipsearch", fill=(0, 0, 0), font=ImageFont.load_default())
    return img


def scene(w, h):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    sky = np.stack([120 + 80 * yy / h, 160 + 60 * yy / h, 235 - 20 * xx / w], -1)
    ground = np.stack([70 + 60 * xx / w, 120 + 40 * yy / h, 50 + 0 * xx], -1)
    rgb = np.where((yy < h * 0.6)[..., None], sky, ground)
    img = Image.fromarray(rgb.round().astype(np.uint8))
    d = ImageDraw.Draw(img)
    d.ellipse([w * 0.7, h * 0.08, w * 0.85, h * 0.08 + w * 0.15], fill=(250, 220, 90))
    d.polygon([(w * 0.15, h * 0.6), (w * 0.15, h * 0.38), (w * 0.25, h * 0.25), (w * 0.35, h * 0.38),
               (w * 0.35, h * 0.6)], fill=(150, 60, 40), outline=(40, 20, 10))
    d.rectangle([w * 0.22, h * 0.45, w * 0.28, h * 0.6], fill=(60, 40, 30))
    for x in range(int(w * 0.45), int(w * 0.95), 2):
        d.line([(x, h * 0.55), (x, h * 0.65)], fill=(250, 250, 250))
    d.text((w * 0.05, h * 0.9), "Haarlem 1923", fill=(255, 255, 255), font=ImageFont.load_default())
    return img


def photo(w, h):
    rgb = np.asarray(scene(w, h), dtype=np.float64)
    noise = np.random.default_rng(SEED).normal(0, 6, rgb.shape)
    return Image.fromarray(np.clip(rgb + noise, 0, 255).round().astype(np.uint8))


# EXIF orientation: the stored pixels and how to undo them (what ImageOps.exif_transpose does).
STORE_ROTATED = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90}

BICUBIC_64 = [(IMAGE_SIZE, "bicubic")]
SQUASH_64 = [(IMAGE_SIZE, "bicubic", "squash")]
# name, file, displayed image, EXIF orientation (0 = none), the (size, interpolation[, resize]) cases; the resize
# is "shortest-side" (then a centre crop) unless a case names "squash" (the whole image to size x size)
IMAGES = [
    ("gradient_h", "gradient_h.png", lambda: gradient_horizontal(160, 120), 0, BICUBIC_64),
    ("gradient_v", "gradient_v.png", lambda: gradient_vertical(120, 160), 0, BICUBIC_64),
    ("checker", "checker_200x150.png", lambda: checkerboard(200, 150), 0,
     BICUBIC_64 + [(IMAGE_SIZE, "bilinear")]),
    ("odd_97x61", "shapes_97x61.png", lambda: shapes(97, 61), 0, BICUBIC_64 + SQUASH_64),
    ("odd_301x499", "shapes_301x499.png", lambda: shapes(301, 499), 0,
     BICUBIC_64 + [(IMAGE_SIZE, "bilinear"), (IMAGE_SIZE, "bilinear", "squash")] + SQUASH_64),
    ("tiny_40x30", "scene_40x30.png", lambda: scene(40, 30), 0, BICUBIC_64 + SQUASH_64),
    ("exact_69x64", "checker_69x64.png", lambda: checkerboard(69, 64), 0, BICUBIC_64),
    ("grey", "grey_150x100.png", lambda: scene(150, 100).convert("L"), 0, BICUBIC_64),
    ("scene_640x427", "scene_640x427.png", lambda: scene(640, 427), 0,
     BICUBIC_64 + [(224, "bicubic"), (80, "bicubic", "squash")] + SQUASH_64),
    ("exif6", "exif6_90x120.jpg", lambda: photo(90, 120), 6, BICUBIC_64 + SQUASH_64),
    ("exif3", "exif3_128x96.jpg", lambda: photo(128, 96), 3, BICUBIC_64),
]


def save_image(image, path, orientation):
    if orientation == 0:
        image.save(path, optimize=True)
        return
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.transpose(STORE_ROTATED[orientation]).save(path, quality=95, subsampling=0, exif=exif.tobytes())


def clip_tensor(path, size, interpolation, resize="shortest-side"):
    """OpenAI CLIP's preprocessing on a PIL image, after EXIF orientation: the reference; with
    ``resize="squash"`` the whole image is resized to ``size x size`` and nothing is cropped."""
    mode = {"bicubic": InterpolationMode.BICUBIC, "bilinear": InterpolationMode.BILINEAR}[interpolation]
    geometry = ([T.Resize((size, size), interpolation=mode)] if resize == "squash"
                else [T.Resize(size, interpolation=mode), T.CenterCrop(size)])
    transform = T.Compose(geometry + [
        lambda im: im.convert("RGB"),
        T.ToTensor(),
        T.Normalize(clip_towers.CLIP_MEAN, clip_towers.CLIP_STD),
    ])
    with Image.open(path) as img:
        return transform(ImageOps.exif_transpose(img))


def write_image_expectations(vision_tower):
    cases, embedded = [], []
    for name, file, draw, orientation, variants in IMAGES:
        path = PREPROCESS_DIR / file
        save_image(draw(), path, orientation)
        for size, interpolation, *rest in variants:
            resize = rest[0] if rest else "shortest-side"
            tensor = clip_tensor(path, size, interpolation, resize)
            tensor_file = f"{name}.{interpolation}{size}{'.' + resize if rest else ''}.f32"
            tensor.numpy().astype("<f4").tofile(PREPROCESS_DIR / tensor_file)
            cases.append(f"{name}\t{file}\t{orientation}\t{size}\t{interpolation}\t{resize}\t{tensor_file}\n")
            if (size, interpolation, *rest) == BICUBIC_64[0]:
                embedded.append((name, tensor_file, tensor))
    with open(PREPROCESS_DIR / "cases.tsv", "w", encoding="utf-8") as f:
        f.write("# torchvision CLIP preprocessing of each image (ImageOps.exif_transpose, Resize(size, interpolation),\n"
                "# CenterCrop(size), RGB, ToTensor, Normalize(CLIP mean, std)) as raw little-endian float32 [3,size,size];\n"
                "# resize squash: Resize((size, size), interpolation) and no crop.\n"
                "# orientation: the EXIF orientation tag of the file (0: none); the tensor is of the oriented image.\n"
                f"# {COMMAND}\n"
                "# columns: case\timage\torientation\tsize\tinterpolation\tresize\ttensor\n")
        f.writelines(cases)
    embeddings = embed(vision_tower, torch.stack([t for _, _, t in embedded]))
    with open(EXPECTED_DIR / "images.tsv", "w", encoding="utf-8") as f:
        f.write("# L2-normalised image_embeds of tiny-clip for the bicubic 64 tensors in ../../preprocess/.\n"
                f"# {COMMAND}\n"
                "# columns: case\ttensor\tembedding\n")
        for (name, tensor_file, _), emb in zip(embedded, embeddings):
            f.write(f"{name}\tpreprocess/{tensor_file}\t{floats(emb)}\n")


def main():
    torch.set_num_threads(1)
    for directory in (MODEL_DIR, EXPECTED_DIR, PREPROCESS_DIR):
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
    tokenizer = make_vocabulary()
    vision, text = make_model()
    write_vocabulary(tokenizer)
    write_model(vision, text, tokenizer)
    write_text_expectations(text, tokenizer)
    write_image_expectations(vision)
    print(f"vocabulary {len(tokenizer.vocab)} tokens ({len(tokenizer.merges)} merges), "
          f"start {tokenizer.start_id}, end {tokenizer.end_id}")


if __name__ == "__main__":
    main()
