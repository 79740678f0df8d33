# Counting the words of a 500,000-word text in a dict.
WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi".split()
text = " ".join(WORDS[(i * 7 + i // 3) % len(WORDS)] + str(i % 97) for i in range(500000))


def count(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


c = count(text)
print(len(c), sum(c.values()), max(c.items(), key=lambda kv: kv[1]))
