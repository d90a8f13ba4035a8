"""CLIP byte-level BPE: the reference tokenizer logic and a small BPE learner.

The tokenizer follows OpenAI CLIP's ``simple_tokenizer.py``: text cleaning (Unicode NFC standing in
for ftfy, HTML unescape twice, whitespace collapsed and trimmed, lower-case), the CLIP
pre-tokenisation pattern, GPT-2's byte-to-unicode table, and BPE by merge rank with ``</w>`` word
ends. Offline tooling only; the project's runtime tokenizer is Java.
"""

import html
import unicodedata
from collections import Counter

import regex

START = "<|startoftext|>"
END = "<|endoftext|>"
WORD_END = "</w>"
PATTERN = regex.compile(
    r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""",
    regex.IGNORECASE,
)


def bytes_to_unicode():
    """GPT-2's reversible map from the 256 byte values to printable characters, in its order."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


BYTE_ENCODER = bytes_to_unicode()


def clean(text):
    """CLIP's text cleaning: NFC, HTML unescape twice, whitespace collapsed and trimmed, lower-case."""
    text = unicodedata.normalize("NFC", text)
    text = html.unescape(html.unescape(text)).strip()
    text = regex.sub(r"\s+", " ", text).strip()
    return text.lower()


def pre_tokenize(cleaned):
    """Splits cleaned text with the CLIP pattern and maps each piece's UTF-8 bytes to unicode symbols."""
    return ["".join(BYTE_ENCODER[b] for b in piece.encode("utf-8")) for piece in PATTERN.findall(cleaned)]


def _split(word):
    return tuple(word[:-1]) + (word[-1] + WORD_END,)


def _merge(symbols, pair):
    first, second = pair
    out = []
    i = 0
    while i < len(symbols):
        if i < len(symbols) - 1 and symbols[i] == first and symbols[i + 1] == second:
            out.append(first + second)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def base_vocabulary():
    """The 512 base tokens in CLIP's order: the byte symbols, then the same with ``</w>``."""
    symbols = list(BYTE_ENCODER.values())
    return symbols + [s + WORD_END for s in symbols]


def learn_merges(lines, max_merges, min_count=2):
    """Learns up to ``max_merges`` merges from text lines, most frequent pair first.

    Ties are broken by the pair's text, so the result is deterministic. A pair whose joined token
    already exists is passed over, so every merge adds one new token to the vocabulary.
    """
    counts = Counter()
    for line in lines:
        counts.update(pre_tokenize(clean(line)))
    words = {_split(w): c for w, c in counts.items()}
    tokens = set(base_vocabulary())
    merges = []
    while len(merges) < max_merges:
        pairs = Counter()
        for symbols, c in words.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += c
        candidates = [(-c, p) for p, c in pairs.items() if c >= min_count and p[0] + p[1] not in tokens]
        if not candidates:
            break
        best = min(candidates)[1]
        merges.append(best)
        tokens.add(best[0] + best[1])
        words = {_merge(symbols, best): c for symbols, c in words.items()}
    return merges


class ReferenceTokenizer:
    """The reference CLIP tokenizer over a vocabulary made of base tokens, merges and the two specials."""

    def __init__(self, merges):
        self.vocab = base_vocabulary() + [a + b for a, b in merges] + [START, END]
        self.encoder = {token: i for i, token in enumerate(self.vocab)}
        if len(self.encoder) != len(self.vocab):
            raise ValueError("duplicate tokens in the vocabulary")
        self.ranks = {pair: i for i, pair in enumerate(merges)}
        self.merges = merges
        self.start_id = self.encoder[START]
        self.end_id = self.encoder[END]
        self.cache = {START: START, END: END}

    def bpe(self, token):
        if token in self.cache:
            return self.cache[token]
        word = _split(token)
        while len(word) > 1:
            pairs = set(zip(word, word[1:]))
            bigram = min(pairs, key=lambda p: self.ranks.get(p, float("inf")))
            if bigram not in self.ranks:
                break
            word = _merge(word, bigram)
        result = " ".join(word)
        self.cache[token] = result
        return result

    def encode(self, text):
        """The ids of ``text`` without start and end tokens."""
        ids = []
        for piece in pre_tokenize(clean(text)):
            ids.extend(self.encoder[t] for t in self.bpe(piece).split(" "))
        return ids

    def tokenize(self, text, context_length=77, pad_id=0):
        """``<start> encode(text) <end>`` padded to ``context_length``; a longer sequence is cut and ends in ``<end>``."""
        ids = [self.start_id] + self.encode(text) + [self.end_id]
        if len(ids) > context_length:
            ids = ids[:context_length]
            ids[-1] = self.end_id
        return ids + [pad_id] * (context_length - len(ids))
