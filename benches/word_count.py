"""Dict and str work: generate a deterministic text, split it, count words and bigrams.

Checksum: the most common words and counts.
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua", "xi"]


def make_text(words):
    state = 12345
    out = []
    for _ in range(words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (state >> 16) % 3
        w = ""
        for k in range(n):
            w += SYLLABLES[(state >> (4 * k)) % len(SYLLABLES)]
        out.append(w.capitalize() if state % 17 == 0 else w)
    return " ".join(out)


def count(text):
    counts = {}
    bigrams = {}
    previous = None
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
        if previous is not None:
            key = previous + " " + word
            bigrams[key] = bigrams.get(key, 0) + 1
        previous = word
    return counts, bigrams


def main(words):
    text = make_text(words)
    counts, bigrams = count(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(counts), len(bigrams))
    print(top)
    print(max(bigrams.values()), sum(len(w) * c for w, c in counts.items()))
    letters = {}
    for ch in text:
        if ch != " ":
            letters[ch] = letters.get(ch, 0) + 1
    print(sorted(letters.items())[:6])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 700000)
