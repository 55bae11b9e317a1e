"""Write N realistic Markdown health articles, deterministic from a seed.

Articles vary in length and carry what real archives carry: front matter (sometimes stale,
sometimes missing), headings, lists, tables, footnotes, code blocks, links, reference lists,
some comment spam and some unsourced statistics. The text is written for this project.

    python benchmarks/generate.py OUTPUT_DIR --articles 2000 --seed 7 [--small]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

TOPICS = ["HER2 testing", "trastuzumab", "pertuzumab", "side effects", "heart monitoring",
          "fertility", "exercise during treatment", "clinical trials", "HER2-low disease",
          "recurrence", "surgery choices", "radiotherapy", "hormone therapy", "nutrition"]
PLAIN = [
    "Your care team will explain each step before it starts.",
    "Ask your nurse if anything in this guide is unclear.",
    "Most people carry on with daily life during treatment.",
    "Treatment plans differ from person to person.",
    "Write down your questions before each appointment.",
    "A friend or relative can come with you to the clinic.",
    "Tell your team about any new symptoms straight away.",
    "Rest when you need to, and keep gently active when you can.",
]
DENSE = [
    "Antibody-dependent cellular cytotoxicity contributes substantially to the therapeutic "
    "activity of monoclonal antibodies directed against the extracellular domain.",
    "Cardiological surveillance with serial echocardiography is recommended throughout "
    "anthracycline-containing and trastuzumab-containing regimens.",
    "Intratumoral heterogeneity of receptor expression complicates the interpretation of "
    "immunohistochemical scoring in borderline specimens.",
]
CLAIMS = [
    "About {p}% of breast cancers make too much HER2.",
    "Studies show that {n} in {m} patients finish the full course.",
    "According to the National Cancer Institute, survival rates have improved.",
    "A recent study of {k} women found fewer relapses.",
    "Her2-positive tumours once had a poorer outlook.",
    "Newer drugs such as pertuzumab are still experimental.",
]
SOURCED = [
    "About {p}% of breast cancers are HER2-positive.[^{f}]",
    "Trastuzumab was approved in 1998 [{r}].",
    "Heart function is checked every three months ([guide](https://example.org/guide/{r})).",
]
SPAM = ("THANKS TO DR {name} AND HIS HERBAL REMEDY I WAS COMPLETELY CURED. Email "
        "{handle}@gmail.com or call/whatsapp +234 803 {a} {b} for his product.")


def article(rng: random.Random, index: int, small: bool) -> str:
    topic = rng.choice(TOPICS)
    parts = []
    if rng.random() < 0.85:
        published = date(2026, 11, 1) - timedelta(days=rng.randint(30, 5000))
        parts += ["---", f'title: "{topic.capitalize()}: a guide ({index})"',
                  f"date: {published.isoformat()}"]
        if rng.random() < 0.5:
            parts.append(f"last_reviewed: {(published + timedelta(days=rng.randint(0, 900))).isoformat()}")
        if rng.random() < 0.2:
            parts.append("audience: professional")
        parts += ["---", ""]
    parts += [f"# {topic.capitalize()}", ""]
    if rng.random() < 0.3:
        parts += [f"Posted {rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2009, 2025)}", ""]
    sections = 1 if small else rng.randint(2, 6)
    footnotes = []
    for section in range(sections):
        if section:
            parts += [f"## {rng.choice(TOPICS).capitalize()} {section}", ""]
        for _ in range(1 if small else rng.randint(1, 4)):
            parts += [_paragraph(rng, footnotes), ""]
        shape = rng.random()
        if shape < 0.3:
            parts += [f"- {s}" for s in rng.sample(PLAIN, 3)] + [""]
        elif shape < 0.45:
            parts += ["| Group | Share |", "|---|---|",
                      f"| Under 50 | {rng.randint(10, 40)}% |", f"| Over 50 | {rng.randint(10, 40)}% |", ""]
        elif shape < 0.55:
            parts += ["```text", "dose = weight_kg * 6  # mg, every 3 weeks", "```", ""]
        elif shape < 0.6:
            parts += ["> " + rng.choice(PLAIN), ""]
    if rng.random() < 0.08:
        parts += ["## Comments", "", SPAM.format(name=rng.choice(["OBA", "EKO", "ADE"]),
                                                 handle=f"cure{index}", a=rng.randint(100, 999),
                                                 b=rng.randint(1000, 9999)), ""]
    if rng.random() < 0.6 and not small:
        parts += ["## References", ""]
        parts += [f"{n}. Author {chr(65 + n)}, et al. A study of {rng.choice(TOPICS)}. "
                  f"J Example Oncol. {rng.randint(1995, 2025)};{rng.randint(1, 40)}:{rng.randint(1, 999)}."
                  for n in range(1, rng.randint(2, 6))]
        parts.append("")
    parts += [f"[^{label}]: Example source {label}. Cancer Guide. {rng.randint(2012, 2026)}."
              for label in footnotes]
    return "\n".join(parts) + "\n"


def _paragraph(rng: random.Random, footnotes: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(2, 7)):
        roll = rng.random()
        if roll < 0.55:
            sentences.append(rng.choice(PLAIN))
        elif roll < 0.7:
            sentences.append(rng.choice(DENSE))
        elif roll < 0.85:
            sentences.append(rng.choice(CLAIMS).format(p=rng.randint(5, 40), n=1, m=rng.randint(3, 9),
                                                       k=rng.randint(100, 9000)))
        else:
            label = f"n{len(footnotes) + 1}"
            footnotes.append(label)
            sentences.append(rng.choice(SOURCED).format(p=rng.randint(5, 40), f=label,
                                                        r=rng.randint(1, 3)))
    return " ".join(sentences)


def generate(output: Path, articles: int, seed: int, small: bool = False) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for index in range(articles):
        folder = output / f"section-{index % 20:02}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"article-{index:05}.md"
        path.write_text(article(rng, index, small), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--small", action="store_true", help="one short section per article")
    options = parser.parse_args()
    generate(options.output, options.articles, options.seed, options.small)


if __name__ == "__main__":
    main()
