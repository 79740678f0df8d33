# A multi-frame traceback through methods, a lambda, a nested function, a comprehension and a generator.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value
def make_step(divisor):
    def step(values):
        return [v // divisor for v in values]
    return step
def numbers():
    yield 10
    yield 20
pipe = Pipeline([lambda xs: list(xs), make_step(5), make_step(0)])
print(pipe.run(numbers()))
