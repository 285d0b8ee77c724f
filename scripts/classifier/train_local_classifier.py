#!/usr/bin/env python3
"""
Trains Parley's local comment classifier: one logistic regression per category (toxicity, insult,
threat, identity_hate) over hashed word, word-bigram and character n-gram features, and writes the
quantised weights that libs/moderation-rules/src/classifier/local-classifier.ts loads.

    python3 -m venv .venv && .venv/bin/pip install scikit-learn==1.9.1
    .venv/bin/python scripts/classifier/train_local_classifier.py \
        --hatecheck DIR --stormfront DIR --toxigen DIR \
        --out libs/moderation-rules/models

Corpora (not in this repository; see docs/rules.md for sources, commits and licences):
  --hatecheck   paul-rottger/hatecheck-data (CC BY 4.0): test_suite_cases.csv
  --stormfront  Vicomtech/hate-speech-dataset (CC BY-SA 3.0 ES): annotations_metadata.csv + all_files/
  --toxigen     microsoft/TOXIGEN (MIT): prompts/{hate,neutral}_*_1k.txt

The Davidson et al. (2017) tweets are NOT used: they are the evaluation set.

The feature extraction below is mirrored exactly by the TypeScript loader (same tokens, same
MurmurHash3 x86 32-bit, same bucket count); change both together and bump FEATURE_VERSION.
"""
import argparse
import csv
import json
import os
import random
import re
import struct
import sys
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.utils import murmurhash3_32

FEATURE_VERSION = 1
HASH_BITS = 18
CATEGORIES = ["toxicity", "insult", "threat", "identity_hate"]
WORD_RE = re.compile(r"[a-z0-9]+")
LEET = str.maketrans({"@": "a", "$": "s"})


def words(text):
    return WORD_RE.findall(text.lower().translate(LEET))


def features(text):
    """Feature strings of a text: w:word, b:word word, c:char 3-5-grams of ' word ' (words of 3+ letters)."""
    ws = words(text)
    out = []
    for w in ws:
        out.append("w:" + w)
        if len(w) >= 3:
            padded = " " + w + " "
            for n in (3, 4, 5):
                for i in range(0, len(padded) - n + 1):
                    out.append("c:" + padded[i : i + n])
    for a, b in zip(ws, ws[1:]):
        out.append("b:" + a + " " + b)
    return out


def vectorise(texts):
    size = 1 << HASH_BITS
    indptr, indices, data = [0], [], []
    for t in texts:
        idx = sorted({murmurhash3_32(f, seed=0, positive=True) & (size - 1) for f in features(t)})
        norm = 1.0 / np.sqrt(len(idx)) if idx else 0.0
        indices.extend(idx)
        data.extend([norm] * len(idx))
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=np.float32), np.array(indices), np.array(indptr)), shape=(len(texts), size))


def load_hatecheck(d):
    rows = []
    with open(os.path.join(d, "test_suite_cases.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            func = r["functionality"]
            hateful = r["label_gold"] == "hateful"
            labels = {
                "toxicity": hateful or func == "profanity_nh",
                "insult": hateful and func in ("derog_neg_attrib_h", "derog_dehum_h", "slur_h", "profanity_h", "derog_neg_emote_h"),
                "threat": func in ("threat_dir_h", "threat_norm_h"),
                "identity_hate": hateful,
            }
            rows.append((r["test_case"].strip(), labels, "hatecheck"))
    return rows


def load_stormfront(d):
    rows = []
    with open(os.path.join(d, "annotations_metadata.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["label"] not in ("hate", "noHate"):
                continue
            path = os.path.join(d, "all_files", r["file_id"] + ".txt")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8", errors="replace") as t:
                text = t.read().strip()
            hate = r["label"] == "hate"
            rows.append((text, {"toxicity": hate, "insult": False, "threat": False, "identity_hate": hate}, "stormfront"))
    return rows


def load_toxigen(d):
    rows, seen = [], set()
    pdir = os.path.join(d, "prompts")
    for name in sorted(os.listdir(pdir)):
        m = re.match(r"(hate|neutral)_(.+)_1k\.txt$", name)
        if not m:
            continue
        hate = m.group(1) == "hate"
        with open(os.path.join(pdir, name), encoding="utf-8") as f:
            for line in f:
                for part in line.replace("\\n", "\n").split("\n"):
                    s = part.strip().lstrip("-").strip()
                    if len(s) < 8 or s in seen:
                        continue
                    seen.add(s)
                    rows.append((s, {"toxicity": hate, "insult": False, "threat": False, "identity_hate": hate}, "toxigen"))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hatecheck", required=True)
    ap.add_argument("--stormfront", required=True)
    ap.add_argument("--toxigen", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    rows = load_hatecheck(args.hatecheck) + load_stormfront(args.stormfront) + load_toxigen(args.toxigen)
    random.Random(args.seed).shuffle(rows)
    split = int(len(rows) * 0.85)
    train, val = rows[:split], rows[split:]
    print(f"{len(rows)} texts ({sum(1 for r in rows if r[2]=='hatecheck')} HateCheck, {sum(1 for r in rows if r[2]=='stormfront')} Stormfront, "
          f"{sum(1 for r in rows if r[2]=='toxigen')} ToxiGen); train {len(train)}, validation {len(val)}", file=sys.stderr)
    Xtr, Xva = vectorise([r[0] for r in train]), vectorise([r[0] for r in val])
    Xall = vectorise([r[0] for r in rows])

    weights, biases, scales, report = [], [], [], {}
    for c in CATEGORIES:
        ytr = np.array([r[1][c] for r in train], dtype=np.int8)
        yva = np.array([r[1][c] for r in val], dtype=np.int8)
        clf = LogisticRegression(C=args.C, class_weight="balanced", solver="liblinear", max_iter=2000)
        clf.fit(Xtr, ytr)
        auc = roc_auc_score(yva, clf.predict_proba(Xva)[:, 1]) if yva.min() != yva.max() else float("nan")
        # final model on everything
        yall = np.array([r[1][c] for r in rows], dtype=np.int8)
        clf.fit(Xall, yall)
        w = clf.coef_[0].astype(np.float64)
        scale = max(np.abs(w).max(), 1e-9) / 127.0
        weights.append(np.clip(np.round(w / scale), -127, 127).astype(np.int8))
        biases.append(float(clf.intercept_[0]))
        scales.append(float(scale))
        report[c] = {"positives": int(yall.sum()), "validation_auc": round(float(auc), 4)}
        print(f"  {c}: {int(yall.sum())} positives, validation AUC {auc:.3f}", file=sys.stderr)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "local-classifier.bin"), "wb") as f:
        for w in weights:
            f.write(w.tobytes())
    meta = {
        "format": "parley-local-classifier",
        "featureVersion": FEATURE_VERSION,
        "hashBits": HASH_BITS,
        "categories": CATEGORIES,
        "bias": biases,
        "scale": scales,
        "trainedOn": str(date.today()),
        "texts": len(rows),
        "C": args.C,
        "corpora": {
            "hatecheck": "paul-rottger/hatecheck-data test_suite_cases.csv (CC BY 4.0)",
            "stormfront": "Vicomtech/hate-speech-dataset (CC BY-SA 3.0 ES)",
            "toxigen": "microsoft/TOXIGEN prompts/ (MIT)",
        },
        "validation": report,
    }
    with open(os.path.join(args.out, "local-classifier.json"), "w") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")
    # a few texts with their scores, so the TypeScript port can be checked against this script
    probes = ["I will kill you", "muslims are a disease and should be wiped out", "great article, thanks", "you are a stupid idiot"]
    Xp = vectorise(probes)
    out = []
    for i, p in enumerate(probes):
        row = Xp.getrow(i)
        scores = {}
        for k, c in enumerate(CATEGORIES):
            z = biases[k] + sum(float(weights[k][j]) * scales[k] * float(v) for j, v in zip(row.indices, row.data))
            scores[c] = round(1.0 / (1.0 + np.exp(-z)), 6)
        out.append({"text": p, "scores": scores})
    with open(os.path.join(args.out, "local-classifier.probes.json"), "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
