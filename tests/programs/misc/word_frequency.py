# Text processing over stdin: word frequencies with dicts, sorting by (-count, word), string methods, formatting.
import sys
text = sys.stdin.read()
words = [w.strip('.,;:!?"\'()').lower() for w in text.split()]
words = [w for w in words if w]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(f'{len(words)} words, {len(freq)} distinct')
for word, count in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f'{word:<10}{count:>3} {"#" * count}')
lines = text.splitlines()
print('lines:', len(lines), 'longest:', max(lines, key=len))
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length)[-3:]:
    print(length, by_length[length])
