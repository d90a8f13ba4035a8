#!/usr/bin/python3
"""Writes the zero-shot prompt sets for real CLIP models from the shared vocabularies:

    /usr/bin/python3 tools/make_prompt_sets.py [--shared ../shared]

- models/prompt-sets/hisvis/scene.tsv: the 139 scene labels of vocab/hisvis-scenes.tsv (single-label), each from
  its English gloss (every '/'-separated alternative and a parenthesised alternative) in CLIP-style templates
  for archive photographs, and from its Dutch label in a Dutch template; clipsearch averages a label's prompts.
- models/prompt-sets/motifs/motif.tsv: the 20 motifs of vocab/motifs.tsv (multi-label), each described as the
  composition it names, in photo, film-still and painting templates.
- models/prompt-sets/hisvis-nl/scene.tsv and motifs-nl/motif.tsv: the same sets in Dutch, for multilingual models
  (the scenes' Dutch words from web/src/main/resources/i18n/labels_nl.properties, the motifs described in Dutch).

Copy a set into a model's prompts/ folder to use it (see models/README.md). Deterministic: rerunning it
reproduces the committed files.
"""

import argparse
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SCENE_TEMPLATES = [
    "a photo of {}.",
    "a black and white photo of {}.",
    "an old press photograph of {}.",
    "an archive photograph of {}.",
    "a picture showing {}.",
]
DUTCH_TEMPLATE = "een foto van {}."
# The Dutch sets' templates take a bare noun of either gender and number ("haven", "boten"), so none has an article.
DUTCH_SCENE_TEMPLATES = [
    "een foto: {}.",
    "een zwart-witfoto: {}.",
    "een oude persfoto met als onderwerp {}.",
    "een archieffoto: {}.",
    "{}, een foto uit het archief.",
]
DUTCH_MOTIF_TEMPLATES = ["een foto van {}.", "een filmbeeld van {}.", "een schilderij van {}.", "{}."]

MOTIF_TEMPLATES = ["a photo of {}.", "a film still of {}.", "a painting of {}.", "{}."]

# The composition each motif names (the Visual Motif Identification paper, section 3, and its examples).
MOTIFS = {
    "Autograph": ["someone signing an autograph for a fan", "a person writing a signature on a photo held out by an"
                  " admirer"],
    "Brawl": ["a brawl, a group of people fighting, pushing and grabbing each other", "a fight breaking out"
              " between several people"],
    "Duel": ["a duel, two opponents facing each other ready to fight", "two figures facing off at a distance"],
    "Facing the Image": ["a person seen from behind looking at a framed painting", "a viewer standing in front of a"
                         " picture on a wall"],
    "Family Photo": ["a family posing together for a photo, parents and children side by side", "a formal family"
                     " group portrait"],
    "Handshake": ["two people shaking hands", "a handshake between two men in suits"],
    "Horizon": ["a lone figure seen from behind gazing at the horizon", "a person standing alone facing a wide"
                " open landscape"],
    "Hug": ["two people embracing in a hug", "a warm embrace between two people"],
    "Kiss": ["two people kissing", "a couple in a kiss"],
    "Leader Walks Alone": ["a leader walking alone in front of a group that follows behind", "a politician walking"
                           " ahead of his entourage"],
    "Line": ["people standing in a line", "a row of people queueing one behind the other"],
    "Maze": ["a person lost in a maze", "a figure inside a labyrinth of hedges or corridors"],
    "Mirror": ["a person looking at their reflection in a mirror", "a figure and its mirror image"],
    "Pep Talk": ["a coach giving a pep talk to a huddled team", "a leader speaking to a group gathered closely"
                 " around him"],
    "Pietà": ["a pietà, a person holding a dead or wounded body across the lap", "someone cradling a lifeless"
              " body in mourning"],
    "Presidential Box": ["dignitaries seated in a balcony box of a stadium or theatre", "officials waving from a"
                         " presidential box"],
    "Shadow": ["the long shadow of a person cast on the ground or a wall", "a silhouette shadow of a figure"],
    "Signing Contract": ["people seated at a table signing a contract", "the signing of a treaty or agreement at a"
                         " desk"],
    "Stairs": ["a person climbing or descending a staircase", "a figure on a long flight of stairs"],
    "Woman in the Window": ["a woman looking out of a window", "a woman framed in a window seen from outside"],
}


# The same compositions in Dutch, for the Dutch motif set.
DUTCH_MOTIFS = {
    "Autograph": ["iemand die een handtekening zet voor een fan", "iemand die een handtekening schrijft op een foto die"
                  " een bewonderaar hem voorhoudt"],
    "Brawl": ["een vechtpartij, een groep mensen die elkaar duwen en vastgrijpen", "een gevecht tussen een paar"
              " mensen dat uit de hand loopt"],
    "Duel": ["een duel, twee tegenstanders die klaar voor het gevecht tegenover elkaar staan", "twee figuren die"
             " elkaar op afstand aankijken"],
    "Facing the Image": ["iemand op de rug gezien die naar een ingelijst schilderij kijkt", "een bezoeker voor een"
                         " schilderij aan de muur"],
    "Family Photo": ["een gezin dat samen poseert voor een foto, ouders en kinderen naast elkaar", "een formeel"
                     " familieportret"],
    "Handshake": ["twee mensen die elkaar de hand schudden", "een handdruk tussen twee mannen in pak"],
    "Horizon": ["een eenzame figuur op de rug gezien die naar de horizon tuurt", "iemand die alleen voor een wijd,"
                " open landschap staat"],
    "Hug": ["twee mensen die elkaar omhelzen", "een hartelijke omhelzing van twee mensen"],
    "Kiss": ["twee mensen die elkaar kussen", "een stel dat elkaar zoent"],
    "Leader Walks Alone": ["een leider die alleen voor een groep uit loopt die hem volgt", "een politicus die voor"
                           " zijn gevolg uit loopt"],
    "Line": ["mensen die in een rij staan", "een rij mensen die achter elkaar wachten"],
    "Maze": ["iemand die verdwaald is in een doolhof", "een figuur in een doolhof van heggen of gangen"],
    "Mirror": ["iemand die naar zijn spiegelbeeld kijkt", "een figuur en zijn spiegelbeeld"],
    "Pep Talk": ["een trainer die een team in een kring toespreekt", "een leider die spreekt tegen een groep die"
                 " dicht om hem heen staat"],
    "Pietà": ["een piëta, iemand met een dood of gewond lichaam op schoot", "iemand die rouwend een levenloos"
              " lichaam in de armen houdt"],
    "Presidential Box": ["hoogwaardigheidsbekleders in een loge van een stadion of theater", "notabelen die"
                         " zwaaien vanaf de eretribune"],
    "Shadow": ["de lange schaduw van een mens op de grond of een muur", "het silhouet van een figuur als schaduw"],
    "Signing Contract": ["mensen aan een tafel die een contract ondertekenen", "de ondertekening van een verdrag"
                         " of overeenkomst aan een bureau"],
    "Stairs": ["iemand die een trap op- of afloopt", "een figuur op een lange trap"],
    "Woman in the Window": ["een vrouw die uit een raam kijkt", "een vrouw in een raam, van buiten gezien"],
}


def dutch_words(path):
    """The label words of web/.../labels_nl.properties: {(set, key): words}, Java properties escapes undone."""
    words = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("#") or "=" not in line:
                continue
            key, value = re.split(r"(?<!\\)=", line.rstrip("\n"), maxsplit=1)
            key = key.replace("\\ ", " ").encode("latin-1").decode("unicode_escape")
            value = value.encode("latin-1").decode("unicode_escape")
            _, label_set, label = key.split(".", 2)
            words[(label_set, label)] = value
    return words


def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    return lines[1:]


def alternatives(gloss):
    """'harbour / port' -> harbour, port; 'race (motor sport)' -> race, motor sport; 'animals (other)' -> animals."""
    result = []
    for part in gloss.split(" / "):
        match = re.fullmatch(r"(.*?)\s*\((.*)\)", part.strip())
        if match:
            result.append(match.group(1))
            if match.group(2) != "other":
                result.append(match.group(2))
        else:
            result.append(part.strip())
    return result


def scene_set(vocab):
    lines = ["# Zero-shot prompt set for the 139 HisVis scene labels (vocab/hisvis-scenes.tsv), for real CLIP models.",
             "# Made by tools/make_prompt_sets.py: every English alternative in five archive templates, the Dutch"
             " label in one Dutch template.",
             "# kind: single-label"]
    for label, english, *_ in rows(vocab):
        prompts = [t.format(a) for a in alternatives(english) for t in SCENE_TEMPLATES]
        prompts.append(DUTCH_TEMPLATE.format(label.replace("_", " ")))
        lines.append("\t".join([label] + prompts))
    return lines


def motif_set(vocab, descriptions=MOTIFS, templates=MOTIF_TEMPLATES,
              title="the 20 visual motifs (vocab/motifs.tsv), each described as its composition."):
    labels = [row[0] for row in rows(vocab)]
    missing = set(labels) ^ set(descriptions)
    if missing:
        raise SystemExit("error: motifs.tsv and this script differ on %s" % sorted(missing))
    lines = ["# Zero-shot prompt set for " + title,
             "# Made by tools/make_prompt_sets.py. A motif is assigned when its share of the softmax over the motifs"
             " reaches the threshold (not calibrated).",
             "# kind: multi-label",
             "# threshold: 0.3"]
    for label in labels:
        lines.append("\t".join([label] + [t.format(d) for d in descriptions[label] for t in templates]))
    return lines


def dutch_scene_set(vocab, words):
    lines = ["# Zero-shot prompt set for the 139 HisVis scene labels in Dutch, for multilingual CLIP models; the English"
             " set is ../hisvis/scene.tsv.",
             "# Made by tools/make_prompt_sets.py: the label's Dutch words (web/src/main/resources/i18n/"
             "labels_nl.properties, each '/'-separated alternative) in five Dutch archive templates.",
             "# kind: single-label"]
    for label, *_ in rows(vocab):
        alternatives_nl = [a.strip() for a in words[("scene", label)].split("/")]
        lines.append("\t".join([label] + [t.format(a) for a in alternatives_nl for t in DUTCH_SCENE_TEMPLATES]))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"), help="the shared folder")
    args = parser.parse_args()
    out = os.path.join(ROOT, "models", "prompt-sets")
    scenes = os.path.join(args.shared, "vocab", "hisvis-scenes.tsv")
    motifs = os.path.join(args.shared, "vocab", "motifs.tsv")
    words = dutch_words(os.path.join(ROOT, "web", "src", "main", "resources", "i18n", "labels_nl.properties"))
    for folder, name, lines in [("hisvis", "scene.tsv", scene_set(scenes)),
                                ("motifs", "motif.tsv", motif_set(motifs)),
                                ("hisvis-nl", "scene.tsv", dutch_scene_set(scenes, words)),
                                ("motifs-nl", "motif.tsv", motif_set(motifs, DUTCH_MOTIFS, DUTCH_MOTIF_TEMPLATES,
                                                                 "the 20 visual motifs in Dutch, each described as its"
                                                                 " composition; the English set is"
                                                                 " ../motifs/motif.tsv."))]:
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        with open(os.path.join(out, folder, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print("wrote", os.path.join(out, folder, name), len([l for l in lines if not l.startswith("#")]), "labels")


if __name__ == "__main__":
    main()
