// Hugging Face tokenizers' reference encodings for the Java tokenizer tests: the second half of
// make_test_tokenizers.py (run that first). From tools/: npm ci && node make_test_tokenizers.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const { Tokenizer } = createRequire(import.meta.url)('tokenizers');
const dir = join('..', 'core', 'src', 'test', 'resources', 'tokenizer');
const { context_length: contextLength, texts } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));

// Each tokenizer.json with the pad token its rows are padded with.
const tokenizers = {
  'hf-unigram': ['<pad>', 1],
  'hf-wordpiece': ['[PAD]', 0],
  'hf-bytelevel-bpe': ['<pad>', 1],
  'hf-clip-bpe': ['<|endoftext|>', 537],
};

const references = {};
for (const [name, [padToken, padId]] of Object.entries(tokenizers)) {
  const file = `${name}.json`;
  const full = Tokenizer.fromFile(join(dir, file));
  const cut = Tokenizer.fromFile(join(dir, file));
  cut.setTruncation(contextLength);
  cut.setPadding({ maxLength: contextLength, padId, padToken });
  const ids = [];
  const rows = [];
  const lengths = [];
  for (const text of texts) {
    ids.push((await full.encode(text)).getIds());
    const encoding = await cut.encode(text);
    rows.push(encoding.getIds());
    lengths.push(encoding.getAttentionMask().reduce((a, b) => a + b, 0));
  }
  references[name] = { file, pad_id: padId, vocab_size: full.getVocabSize(true), ids, rows, lengths };
}
// One line per id array, so that a diff shows which case changed.
const json = JSON.stringify(references, null, 1).replace(/\[[\d,\s]*\]/g, (list) => list.replace(/\s+/g, ''));
writeFileSync(join(dir, 'hf-references.json'), json + '\n');
