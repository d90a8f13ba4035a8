#!/usr/bin/python3
"""Small multilingual tokenizers and SentencePiece reference encodings for the Java tokenizer tests.

Run from the repository root with Debian's interpreter and python3-sentencepiece, then the Node half:

    /usr/bin/python3 tools/make_test_tokenizers.py
    (cd tools && npm ci && node make_test_tokenizers.mjs)

Writes into core/src/test/resources/tokenizer/:
  sp-unigram.model       SentencePiece unigram, XLM-R's special ids (<s> 0, <pad> 1, </s> 2, <unk> 3)
  sp-bpe.model           SentencePiece BPE with byte_fallback, T5/SigLIP's special ids (<pad> 0, </s> 1, <unk> 2)
  hf-unigram.json        Hugging Face Unigram (XLM-R / SigLIP style: NFKC, Metaspace, <s> $A </s>)
  hf-wordpiece.json      Hugging Face WordPiece (BERT style: lower-case, accents stripped, [CLS] $A [SEP])
  hf-bytelevel-bpe.json  Hugging Face byte-level BPE (RoBERTa style: <s> $A </s>)
  hf-clip-bpe.json       CLIP's own tokenizer.json layout over the small CLIP vocabulary in small/
  cases.json             the test texts and the context length the rows are cut to
  sp-references.json     python sentencepiece's ids for every case and .model file

The Node script adds hf-references.json: Hugging Face tokenizers' ids for every case and tokenizer.json.
Training is deterministic (one thread, fixed seed), so rerunning reproduces the files.
"""

import json
import os
import sys
import tempfile
from collections import Counter

import regex
import sentencepiece as spm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clip_bpe  # noqa: E402

OUT = os.path.join("core", "src", "test", "resources", "tokenizer")
CONTEXT_LENGTH = 16

CORPUS = """\
A photo of a windmill at sunset near the river.
The old church tower stands in the middle of the village square.
Children are skating on the frozen canal in winter.
A black and white photograph of a harbour with fishing boats.
Portrait of a woman wearing a white cap and a blue dress.
Een foto van een molen bij zonsondergang aan de rivier.
De oude kerktoren staat midden op het dorpsplein.
Kinderen schaatsen op de bevroren gracht in de winter, op de ijsbaan bij de boerderij.
In 's-Hertogenbosch is het café op de hoek van de markt al jaren open.
De coöperatie van melkveehouders bouwde een nieuwe zuivelfabriek.
Zo'n mooie dag aan zee, met ijs en patat en een vlieger.
Het Rijksmuseum in Amsterdam toont schilderijen van Rembrandt en Vermeer.
Ein Foto einer Windmühle bei Sonnenuntergang am Fluss.
Die Straße führt über die Brücke zum großen Schloß im Süden.
Grüße aus München: Bier, Brezeln und gemütliche Abende.
Äpfel, Öfen und Übungen gehören zum Alltag.
Une photo d'un moulin au coucher du soleil près de la rivière.
L'église du village est très ancienne, elle a été construite au XIIe siècle.
« Bonjour », dit-elle, « où est la gare ? »
Le garçon mange une crêpe à la crème près de la forêt.
東京の夜景と富士山の写真。
北京的天安门广场和故宫博物院。
서울의 한강 공원에서 찍은 사진.
Fireworks over the bridge 🎆 and a happy dog 🐶 with a cat 🐱.
Ice cream 🍦 and sunshine ☀️ at the beach 🏖️.
Numbers 1234 and 56.78 and dates like 1953-02-01 appear in captions.
"""

CASES = [
    "a photo of a cat",
    "A Photo Of The Windmill At Sunset",
    "'s-Hertogenbosch",
    "café",
    "coöperatie",
    "ijsbaan",
    "zo'n mooie dag",
    "De kinderen schaatsen op de ijsbaan bij 's-Hertogenbosch",
    "Die Straße über die Brücke, Grüße aus München",
    "Äpfel und Öfen",
    "L'église très ancienne, « Bonjour » où est la gare ?",
    "東京の夜景",
    "北京的天安门",
    "서울의 한강",
    "a happy dog 🐶 and fireworks 🎆",
    "multiple    spaces   between words",
    "   leading and trailing whitespace   ",
    "tabs\tand\nnewlines\r\nin text",
    "",
    " ",
    "This is a long caption about a windmill at sunset near the river, with children skating on the "
    "frozen canal in winter and an old church tower in the middle of the village square",
    "unknown characters: ∮ ⅋ ꙮ 𝔘𝔫𝔦 ☃",
    "ǅ ﬁ ① ＡＢＣ",
]


def sentences():
    lines = CORPUS.splitlines()
    # A few lower-cased and punctuation-free variants so that common words get their own pieces.
    return lines + [line.lower() for line in lines] + [regex.sub(r"[^\w\s]", "", line) for line in lines]


def train_sentencepiece(name, corpus_file, model_type, vocab_size, **special):
    prefix = os.path.join(OUT, name)
    spm.SentencePieceTrainer.train(
        input=corpus_file, model_prefix=prefix, model_type=model_type, vocab_size=vocab_size,
        character_coverage=0.98, hard_vocab_limit=False, num_threads=1, seed_sentencepiece_size=100000,
        shuffle_input_sentence=False, minloglevel=2, **special)
    os.remove(prefix + ".vocab")
    return spm.SentencePieceProcessor(model_file=prefix + ".model")


def sentencepiece_references(processors):
    refs = {}
    for name, (sp, add_eos) in processors.items():
        eos = [sp.eos_id()] if add_eos else []
        ids = [sp.encode(text) + eos for text in CASES]
        refs[name] = {"file": name + ".model", "add_eos": add_eos, "pad_id": sp.pad_id(),
                      "vocab_size": sp.get_piece_size(), "ids": ids,
                      "rows": [row(i, add_eos, sp.pad_id()) for i in ids],
                      "lengths": [min(len(i), CONTEXT_LENGTH) for i in ids]}
    return refs


def row(ids, keep_last, pad_id):
    """The contract's sequence rule: cut to the context length (the end token kept), padded with the pad id."""
    if len(ids) > CONTEXT_LENGTH:
        ids = ids[:CONTEXT_LENGTH - 1] + [ids[-1]] if keep_last else ids[:CONTEXT_LENGTH]
    return ids + [pad_id] * (CONTEXT_LENGTH - len(ids))


def unigram_json(sp):
    """XLM-R / SigLIP layout: a Unigram model over the .model's pieces, NFKC and Metaspace, <s> $A </s>."""
    vocab = [[sp.id_to_piece(i), sp.get_score(i)] for i in range(sp.get_piece_size())]
    specials = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [added(token, i) for token, i in specials.items()],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "NFKC"},
            {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "}]},
        "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "post_processor": template("<s>", 0, "</s>", 2),
        "decoder": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "model": {"type": "Unigram", "unk_id": 3, "vocab": vocab, "byte_fallback": False},
    }


def wordpiece_json(sp_bpe):
    """BERT layout: lower-cased, accents stripped, [CLS] $A [SEP]; the vocabulary made from the BPE pieces."""
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tokens = list(specials)
    seen = set(tokens)
    chars = sorted({c for line in sentences() for c in strip_accents(line.lower()) if not c.isspace()})
    for piece in [sp_bpe.id_to_piece(i) for i in range(sp_bpe.get_piece_size())]:
        if sp_bpe.is_control(sp_bpe.piece_to_id(piece)) or piece.startswith("<"):
            continue
        word = strip_accents(piece.lower())
        token = word[1:] if word.startswith("\u2581") else "##" + word
        if token and token != "##" and token not in seen:
            seen.add(token)
            tokens.append(token)
    for c in chars:
        for token in (c, "##" + c):
            if token not in seen:
                seen.add(token)
                tokens.append(token)
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [added(token, i) for i, token in enumerate(specials)],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 3], "cls": ["[CLS]", 2]},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": {token: i for i, token in enumerate(tokens)}},
    }


def strip_accents(text):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


GPT2_PATTERN = regex.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")


def bytelevel_bpe_json(merge_count):
    """RoBERTa layout: byte-level BPE (GPT-2's byte alphabet), merges learned here, <s> $A </s>."""
    byte_chars = clip_bpe.bytes_to_unicode()
    counts = Counter()
    for line in sentences():
        for word in GPT2_PATTERN.findall(line):
            counts[tuple(byte_chars[b] for b in word.encode("utf-8"))] += 1
    merges = []
    words = dict(counts)
    for _ in range(merge_count):
        pairs = Counter()
        for symbols, n in words.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += n
        if not pairs:
            break
        best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))[0]
        merges.append(best)
        words = {merge_pair(symbols, best): n for symbols, n in words.items()}
    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    tokens = specials + [byte_chars[b] for b in range(256)] + ["".join(pair) for pair in merges]
    vocab = {}
    for token in tokens:
        vocab.setdefault(token, len(vocab))
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [added(token, i) for i, token in enumerate(specials)],
        "normalizer": None,
        "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "post_processor": {"type": "RobertaProcessing", "sep": ["</s>", 2], "cls": ["<s>", 0],
                           "trim_offsets": True, "add_prefix_space": False},
        "decoder": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                  "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
                  "vocab": vocab, "merges": [" ".join(pair) for pair in merges]},
    }


def merge_pair(symbols, pair):
    out = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def clip_json():
    """The tokenizer.json layout of openai/clip-vit-base-patch32, over the small CLIP vocabulary of small/."""
    small = os.path.join(OUT, "small")
    with open(os.path.join(small, "vocab.json"), encoding="utf-8") as f:
        vocab = json.load(f)
    with open(os.path.join(small, "merges.txt"), encoding="utf-8") as f:
        merges = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#version")]
    start, end = vocab["<|startoftext|>"], vocab["<|endoftext|>"]
    pattern = (r"<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|"
               r"[^\s\p{L}\p{N}]+")
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [added("<|startoftext|>", start), added("<|endoftext|>", end)],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "NFC"},
            {"type": "Replace", "pattern": {"Regex": r"\s+"}, "content": " "},
            {"type": "Lowercase"}]},
        "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {"Regex": pattern}, "behavior": "Removed", "invert": True},
            {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]},
        "post_processor": {"type": "RobertaProcessing", "sep": ["<|endoftext|>", end],
                           "cls": ["<|startoftext|>", start], "trim_offsets": False, "add_prefix_space": False},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": "<|endoftext|>", "continuing_subword_prefix": "",
                  "end_of_word_suffix": "</w>", "fuse_unk": False, "byte_fallback": False,
                  "vocab": vocab, "merges": merges},
    }


def added(token, i):
    return {"id": i, "content": token, "single_word": False, "lstrip": False, "rstrip": False,
            "normalized": False, "special": True}


def template(start, start_id, end, end_id):
    return {"type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": start, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": end, "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": start, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": end, "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 0}},
                     {"SpecialToken": {"id": end, "type_id": 0}}],
            "special_tokens": {start: {"id": start, "ids": [start_id], "tokens": [start]},
                               end: {"id": end, "ids": [end_id], "tokens": [end]}}}


def write_json(name, value, compact=False):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        if compact:
            json.dump(value, f, ensure_ascii=False, separators=(",", ":"))
        else:
            # One line per id array, so that a diff shows which case changed.
            text = json.dumps(value, ensure_ascii=False, indent=1)
            f.write(regex.sub(r"\[[\d,\s]*\]", lambda m: regex.sub(r"\s+", "", m.group()), text))
        f.write("\n")


def main():
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as corpus:
        corpus.write("\n".join(sentences()) + "\n")
    try:
        unigram = train_sentencepiece("sp-unigram", corpus.name, "unigram", 600,
                                      bos_id=0, pad_id=1, eos_id=2, unk_id=3)
        bpe = train_sentencepiece("sp-bpe", corpus.name, "bpe", 700, byte_fallback=True,
                                  pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    finally:
        os.remove(corpus.name)
    write_json("cases.json", {"context_length": CONTEXT_LENGTH, "texts": CASES})
    write_json("sp-references.json", sentencepiece_references({"sp-unigram": (unigram, False), "sp-bpe": (bpe, True)}))
    write_json("hf-unigram.json", unigram_json(unigram), compact=True)
    write_json("hf-wordpiece.json", wordpiece_json(bpe), compact=True)
    write_json("hf-bytelevel-bpe.json", bytelevel_bpe_json(600), compact=True)
    write_json("hf-clip-bpe.json", clip_json(), compact=True)


if __name__ == "__main__":
    main()
