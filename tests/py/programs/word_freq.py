# word statistics over a generated text: dict counting, sorting by several keys, str methods
words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split()
state = 1
text_words = []
for i in range(3000):
    state = (state * 1103515245 + 12345) % 2 ** 31
    w = words[state % len(words)]
    if state % 11 == 0:
        w = w.capitalize()
    if state % 13 == 0:
        w += ","
    text_words.append(w)
text = " ".join(text_words)
freq = {}
for w in text.lower().replace(",", "").split():
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked:
    print(f"{word:12} {n:5} {'*' * (n // 40)}")
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
print(text.count(","), sum(1 for w in text.split() if w[0].isupper()), len(text), text[:60])
