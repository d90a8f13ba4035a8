"""CLIP-shaped towers in PyTorch and their ONNX export under the project's model contract.

Used by ``tools/make_tiny_clip.py`` (a tiny random model for tests), ``bench/make_vit_b32.py``
(a random model with ViT-B/32's shapes) and ``tools/train_demo_clip.py`` (the trained demo model). Attention is written out with plain matrix products so the
exported graphs use only basic ONNX operators (opset 14).
"""

import torch
from torch import nn

CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073]
CLIP_STD = [0.26862954, 0.26130258, 0.27577711]
OPSET = 14


class QuickGELU(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(1.702 * x)


class Attention(nn.Module):
    """Multi-head self-attention over ``[N, T, W]``, with an optional additive ``[T, T]`` mask."""

    def __init__(self, width, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(width, 3 * width)
        self.out = nn.Linear(width, width)

    def forward(self, x, mask=None):
        n, t, w = x.shape
        q, k, v = self.qkv(x).reshape(n, t, 3, self.heads, w // self.heads).permute(2, 0, 3, 1, 4)
        scores = (q @ k.transpose(-2, -1)) * (w // self.heads) ** -0.5
        if mask is not None:
            scores = scores + mask
        y = scores.softmax(dim=-1) @ v
        return self.out(y.transpose(1, 2).reshape(n, t, w))


class Block(nn.Module):
    """CLIP's residual attention block: pre-LayerNorm attention, then a 4x QuickGELU MLP."""

    def __init__(self, width, heads):
        super().__init__()
        self.ln_1 = nn.LayerNorm(width)
        self.attn = Attention(width, heads)
        self.ln_2 = nn.LayerNorm(width)
        self.mlp = nn.Sequential(nn.Linear(width, 4 * width), QuickGELU(), nn.Linear(4 * width, width))

    def forward(self, x, mask=None):
        x = x + self.attn(self.ln_1(x), mask)
        return x + self.mlp(self.ln_2(x))


class TextTower(nn.Module):
    """CLIP's text tower: token and position embeddings, causal transformer, features at the end token.

    Embeddings are initialised as CLIP initialises them (standard deviations 0.02 and 0.01).

    The end token has the highest id of the vocabulary, so its position is the argmax of the ids
    (ids are cast to int32 first: ONNX Runtime's ArgMax has no int64 kernel).
    """

    def __init__(self, vocab_size, context_length, width, heads, layers, embed_dim):
        super().__init__()
        self.token_embedding = nn.Embedding(vocab_size, width)
        nn.init.normal_(self.token_embedding.weight, std=0.02)
        self.positional_embedding = nn.Parameter(0.01 * torch.randn(context_length, width))
        self.blocks = nn.ModuleList(Block(width, heads) for _ in range(layers))
        self.ln_final = nn.LayerNorm(width)
        self.text_projection = nn.Parameter(width ** -0.5 * torch.randn(width, embed_dim))
        causal = torch.full((context_length, context_length), float("-inf")).triu(1)
        self.register_buffer("causal_mask", causal, persistent=False)

    def forward(self, input_ids):
        return self._features(input_ids, self.positional_embedding, self.causal_mask)

    def forward_trimmed(self, input_ids):
        """``forward`` on ids cut to fewer than ``context_length`` positions, for training.

        Positions after the end token change nothing at the end token (the mask is causal), so ids cut
        just after the batch's longest sequence give the features of the padded ids at a fraction of
        the cost. The export traces ``forward``: the graph always takes ``context_length`` ids.
        """
        t = input_ids.shape[1]
        return self._features(input_ids, self.positional_embedding[:t], self.causal_mask[:t, :t])

    def _features(self, input_ids, positional_embedding, causal_mask):
        x = self.token_embedding(input_ids) + positional_embedding
        for block in self.blocks:
            x = block(x, causal_mask)
        x = self.ln_final(x)
        end = input_ids.to(torch.int32).argmax(dim=-1)
        x = x[torch.arange(x.shape[0]), end]
        return x @ self.text_projection


class VisionTower(nn.Module):
    """CLIP's ViT image tower in miniature: patch convolution, class token, transformer, projection."""

    def __init__(self, size, patch, width, heads, layers, embed_dim):
        super().__init__()
        scale = width ** -0.5
        self.conv1 = nn.Conv2d(3, width, kernel_size=patch, stride=patch, bias=False)
        self.class_embedding = nn.Parameter(scale * torch.randn(width))
        self.positional_embedding = nn.Parameter(scale * torch.randn((size // patch) ** 2 + 1, width))
        self.ln_pre = nn.LayerNorm(width)
        self.blocks = nn.ModuleList(Block(width, heads) for _ in range(layers))
        self.ln_post = nn.LayerNorm(width)
        self.proj = nn.Parameter(scale * torch.randn(width, embed_dim))

    def forward(self, pixel_values):
        x = self.conv1(pixel_values).flatten(2).transpose(1, 2)
        cls = self.class_embedding.expand(x.shape[0], 1, -1)
        x = self.ln_pre(torch.cat([cls, x], dim=1) + self.positional_embedding)
        for block in self.blocks:
            x = block(x)
        return self.ln_post(x[:, 0, :]) @ self.proj


def conv_bn_relu(channels_in, channels_out, stride):
    return nn.Sequential(
        nn.Conv2d(channels_in, channels_out, kernel_size=3, stride=stride, padding=1, bias=False),
        nn.BatchNorm2d(channels_out), nn.ReLU(inplace=True))


class ConvTower(nn.Module):
    """A small convolutional image tower, fast to train on a CPU: four stride-2 stages, pooling, projection.

    Stages of ``width``, 2, 4 and 8 times ``width`` channels (3x3 convolutions, BatchNorm, ReLU; every
    stage after the first has a second, stride-1 convolution), then global average and global max
    pooling side by side (max pooling keeps small objects that an average washes out) and a linear
    projection to ``embed_dim``. Exported in eval mode, BatchNorm folds into the convolutions.
    """

    def __init__(self, width, embed_dim):
        super().__init__()
        w = width
        self.features = nn.Sequential(
            conv_bn_relu(3, w, 2),
            conv_bn_relu(w, 2 * w, 2), conv_bn_relu(2 * w, 2 * w, 1),
            conv_bn_relu(2 * w, 4 * w, 2), conv_bn_relu(4 * w, 4 * w, 1),
            conv_bn_relu(4 * w, 8 * w, 2), conv_bn_relu(8 * w, 8 * w, 1))
        self.proj = nn.Linear(16 * w, embed_dim)

    def forward(self, pixel_values):
        x = self.features(pixel_values)
        pooled = torch.cat([x.mean(dim=(2, 3)), x.amax(dim=(2, 3))], dim=1)
        return self.proj(pooled)


def export(model, example, path, input_name, output_name):
    """Exports ``model`` to ONNX (opset 14) with a dynamic batch axis on its input and output.

    Gradients stay enabled while tracing: under ``no_grad`` PyTorch's ``nn.MultiheadAttention``
    (used by torchvision's ViT) takes a fused fast path that has no ONNX export.
    """
    model.eval()
    torch.onnx.export(
        model, (example,), str(path),
        input_names=[input_name], output_names=[output_name],
        dynamic_axes={input_name: {0: "batch"}, output_name: {0: "batch"}},
        opset_version=OPSET, do_constant_folding=True)


def manifest(name, embedding_dim, size, tokenizer, source, license, context_length=77, logit_scale=100.0,
             resize="shortest-side"):
    """A ``model.json`` dictionary as ``model-contract.md`` defines it: bicubic, shortest side and centre crop, or
    with ``resize="squash"`` the whole picture to ``size x size`` and no crop (``models/README.md``)."""
    return {
        "name": name,
        "embedding_dim": embedding_dim,
        "image": {
            "onnx": "visual.onnx", "input": "pixel_values", "output": "image_embeds",
            "size": size, "resize": resize, "interpolation": "bicubic",
            "crop": "none" if resize == "squash" else "center",
            "mean": CLIP_MEAN, "std": CLIP_STD,
        },
        "text": {
            "onnx": "textual.onnx", "input": "input_ids", "attention_mask": None, "output": "text_embeds",
            "input_type": "int64", "context_length": context_length,
            "tokenizer": dict({"type": "clip-bpe"}, **tokenizer),
        },
        "logit_scale": logit_scale,
        "source": source,
        "license": license,
    }
